// Imports one file of old minutes: detects its format, converts it and resolves the people in it.

import { ACTION_FORMS, type ActionForm } from './action-forms.js';
import { actionPeople } from './action-people.js';
import { actionOwnerNames } from './action-owner-names.js';
import { convertActions } from './convert-actions.js';
import { detectFormat } from './detect-format.js';
import { fromMailingList } from './from-mailing-list.js';
import { fromMarkdownNotes } from './from-markdown-notes.js';
import { fromMeetbot } from './from-meetbot.js';
import type { ImportOptions, ImportResult, ImportWarning, MinutesFormat, ParsedMinutes } from './import-result.js';
import { lostWords } from './lost-words.js';
import { resolvePeople } from './resolve-people.js';
import { summariseBody } from './summarise-body.js';
import type { DateCandidate } from './pick-date.js';
import { parseDateText } from './parse-date-text.js';
import { sourceFrontMatter } from './source-front-matter.js';
import { escapeInline } from './util-markdown-escape.js';
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
 * `import-words-lost` warning names it with its source line. The source's own front matter
 * ({@link sourceFrontMatter}) gives the title, date and (as scribe) authors and is not copied into
 * the body; `options.dates` (a split part's heading) come before every other date.
 */
export function importMinutes(original: string, options: ImportOptions): ImportResult {
  const front = sourceFrontMatter(original);
  const text = front.text;
  const format = options.format ?? detectFormat(text, options.fileName);
  // A part of a split file takes its date from its own heading, not from the file name.
  const converterName = options.fileNameDate === false ? options.fileName.replace(/\d{4}-\d{2}-\d{2}/g, '') : options.fileName;
  const converted = CONVERTERS[format](text, converterName);
  const leading: DateCandidate[] = [
    ...(options.dates ?? []),
    ...(front.date ? [{ date: front.date.date, where: "the source's front matter", line: front.date.line }] : []),
  ];
  const dated = withLeadingDates(converted, leading, converterName);
  const parsed: ParsedMinutes = {
    ...dated,
    ...(front.title ? { title: front.title } : {}),
    scribe: dated.scribe.length > 0 ? dated.scribe : front.authors,
    body: front.keep.length > 0 ? `${front.keep.map(escapeInline).join('\\\n')}\n\n${dated.body}` : dated.body,
    warnings: [...front.warnings, ...dated.warnings],
  };
  // MeetBot minutes name their owners in their own lists; other minutes may name them only in the action.
  const owners = format === 'meetbot' ? [] : actionOwnerNames(parsed.body, original);
  const people = resolvePeople(parsed, options.resolvePerson, owners);
  // MeetBot minutes come out canonical, and their "Action Items" lists repeat each action.
  const resolveOwner = actionPeople(people.knownNames, people.unknownPeople, options.resolvePerson);
  const rewritten =
    format === 'meetbot' ? { body: parsed.body, expected: parsed.body, actions: [], withoutOwner: [] } : convertActions(parsed.body, resolveOwner);
  // Owners count as the site will see them once the proposed people are added (first names aside).
  const body = summariseBody(rewritten.body, (name) => {
    const owner = resolveOwner(name);
    return owner?.direct ? owner.label : undefined;
  });
  const lost: ImportWarning[] = lostWords(text, parsed.body).map(({ word, line }) => ({
    ruleId: 'import-words-lost',
    line,
    message: `the word "${word}" is missing from the converted minutes`,
  }));
  // The action rewrite may drop only the marker words it replaced by ACTION (`Action item`, `TODO`).
  for (const { word } of lostWords(rewritten.expected, rewritten.body)) {
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
    body: rewritten.body,
    summary: {
      headings: body.headings,
      actions: body.actions.length,
      unownedActions: body.actions.filter((action) => action.owners.length === 0).length,
      actionForms: countForms(body.actions.length, rewritten.actions),
      actionsWithoutOwner: rewritten.withoutOwner.length,
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

/**
 * Puts dates known before conversion (front matter, the heading a split part starts with) before
 * the one the converter chose: the first wins, and each other date that differs is warned about.
 */
function withLeadingDates(parsed: ParsedMinutes, leading: DateCandidate[], fileName: string): ParsedMinutes {
  const [first, ...others] = leading;
  if (!first) return parsed;
  const warnings = parsed.warnings.filter((warning) => warning.ruleId !== 'import-date-missing');
  for (const other of others) {
    if (other.date !== first.date) warnings.push(conflict(other, first));
  }
  if (parsed.date !== undefined && parsed.date !== first.date) {
    // The converter took its date from the text, or (having none there) from the file name.
    const fromName = parseDateText(fileName)?.date === parsed.date && !parsed.warnings.some((w) => w.ruleId === 'import-date-conflict');
    warnings.push(conflict({ date: parsed.date, where: fromName ? `the file name ${fileName}` : 'the text' }, first));
  }
  return { ...parsed, date: first.date, warnings };
}

function conflict(other: DateCandidate, first: DateCandidate): ImportWarning {
  return {
    ruleId: 'import-date-conflict',
    message: `${other.where} says ${other.date} but ${first.where} says ${first.date}; using ${first.date}`,
    ...(other.line !== undefined ? { line: other.line } : first.line !== undefined ? { line: first.line } : {}),
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
