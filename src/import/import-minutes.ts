// Imports one file of old minutes: detects its format, converts it and resolves the people in it.

import { ACTION_FORMS, type ActionForm } from './action-forms.js';
import { actionPeople } from './action-people.js';
import { convertActions } from './convert-actions.js';
import { detectFormat } from './detect-format.js';
import { fromMailingList } from './from-mailing-list.js';
import { fromMarkdownNotes } from './from-markdown-notes.js';
import { fromMeetbot } from './from-meetbot.js';
import type { ImportOptions, ImportResult, ImportWarning, MinutesFormat, ParsedMinutes } from './import-result.js';
import { lostWords } from './lost-words.js';
import { resolvePeople } from './resolve-people.js';
import { summariseBody } from './summarise-body.js';
import { slugId } from './util-slug.js';

const CONVERTERS: Record<MinutesFormat, (text: string, fileName: string) => ParsedMinutes> = {
  'mailing-list': fromMailingList,
  'markdown-notes': fromMarkdownNotes,
  meetbot: fromMeetbot,
};

/**
 * Converts the text of one minutes file. Pure: the caller reads the file, picks the group folder
 * (`groupHint` is a suggestion), refuses to overwrite, and writes `renderMinutesFile(result)`.
 * The result's body keeps every word of the source; if a conversion ever drops one, an
 * `import-words-lost` warning names it with its source line.
 */
export function importMinutes(text: string, options: ImportOptions): ImportResult {
  const format = options.format ?? detectFormat(text, options.fileName);
  const parsed = CONVERTERS[format](text, options.fileName);
  const people = resolvePeople(parsed, options.resolvePerson);
  // MeetBot minutes come out canonical, and their "Action Items" lists repeat each action.
  const owners = actionPeople(people.knownNames, people.unknownPeople, options.resolvePerson);
  const converted =
    format === 'meetbot' ? { body: parsed.body, expected: parsed.body, actions: [], withoutOwner: [] } : convertActions(parsed.body, owners);
  // Owners count as the site will see them once the proposed people are added (first names aside).
  const body = summariseBody(converted.body, (name) => {
    const owner = owners(name);
    return owner?.direct ? owner.label : undefined;
  });
  const lost: ImportWarning[] = lostWords(text, parsed.body).map(({ word, line }) => ({
    ruleId: 'import-words-lost',
    line,
    message: `the word "${word}" is missing from the converted minutes`,
  }));
  // The action rewrite may drop only the marker words it replaced by ACTION (`Action item`, `TODO`).
  for (const { word } of lostWords(converted.expected, converted.body)) {
    lost.push({ ruleId: 'import-words-lost', message: `the word "${word}" is missing from the converted actions` });
  }
  return {
    format,
    date: parsed.date,
    title: parsed.title,
    chair: people.chair,
    scribe: people.scribe,
    attendees: people.attendees,
    regrets: people.regrets,
    unknownPeople: people.unknownPeople,
    knownNames: people.knownNames,
    body: converted.body,
    summary: {
      headings: body.headings,
      actions: body.actions.length,
      unownedActions: body.actions.filter((action) => action.owners.length === 0).length,
      actionForms: countForms(body.actions.length, converted.actions),
      actionsWithoutOwner: converted.withoutOwner.length,
      attendees: people.attendees.length,
      regrets: people.regrets.length,
      ...parsed.counts,
      knownPeople: people.knownPeople,
      unknownPeople: people.unknownPeople.length,
    },
    warnings: [...parsed.warnings, ...people.warnings, ...lost].sort((a, b) => (a.line ?? 0) - (b.line ?? 0)),
    groupHint: parsed.groupHint ?? groupFromFileName(options.fileName),
  };
}

/** Actions by form: each rewritten one by its own, the rest (written `ACTION` already) as `ACTION`. */
function countForms(total: number, rewritten: readonly { form: ActionForm }[]): Record<ActionForm, number> {
  const counts = Object.fromEntries(ACTION_FORMS.map((form) => [form, 0])) as Record<ActionForm, number>;
  for (const { form } of rewritten) counts[form]++;
  counts.ACTION += Math.max(0, total - rewritten.length);
  return counts;
}

// `centos-virt-sig-2014-04-11.txt` → `centos-virt-sig`; `releng.2015-02-09-16.31.txt` → `releng`.
function groupFromFileName(fileName: string): string | undefined {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  const stem = base.replace(/[-_. ]*\d{4}-\d{2}-\d{2}.*$/, '');
  return stem === '' ? undefined : slugId(stem, 'group');
}
