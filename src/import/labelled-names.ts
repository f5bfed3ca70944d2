// Finds the people lists of plain minutes: "Attendees:" lines and "== Attendees ==" sections.

import type { ImportWarning, NameRef } from './import-result.js';
import { personName } from './person-name.js';
import { isBlank, type SourceLine } from './util-source-lines.js';

/** The roles a people list can fill. */
export type PeopleRole = 'attendees' | 'regrets' | 'chair' | 'scribe';

/** The people lists found, by role, plus warnings for entries that do not read as names. */
export type LabelledNames = Record<PeopleRole, NameRef[]> & { warnings: ImportWarning[] };

const ROLES: [PeopleRole, RegExp][] = [
  ['attendees', /^(attendees|attendance|attending|present|participants|people present)$/i],
  ['regrets', /^(regrets|apologies|apologies received|absent)$/i],
  ['chair', /^(chair|chairs|chaired by|chairperson)$/i],
  ['scribe', /^(scribe|scribes|minutes by|minutes taken by|notes by|note taker)$/i],
];

type Mode = { role: PeopleRole; kind: 'section' } | { role: PeopleRole; kind: 'label'; untilBlank: boolean } | undefined;

/**
 * Collects names under a people heading (`== Attendees ==`, `### Attendees`) until the next heading,
 * and after a label line (`Attendees: A, B,` or `Attendees:` followed by lines) until a blank line.
 * List items are one name each; other lines are split on commas, `;`, `and` and `&`. Lines ending
 * in `:` inside a section (`SIG Members:`) are sub-labels and skipped.
 */
export function labelledNames(lines: SourceLine[]): LabelledNames {
  const found: LabelledNames = { attendees: [], regrets: [], chair: [], scribe: [], warnings: [] };
  let mode: Mode;
  let lastEndedWithComma = false;
  for (const { text, line } of lines) {
    const heading = headingText(text);
    if (heading !== undefined) {
      const role = roleOf(heading);
      mode = role ? { role, kind: 'section' } : undefined;
      continue;
    }
    if (isBlank(text)) {
      if (mode?.kind === 'label') mode = undefined;
      continue;
    }
    const label = /^\s*(?:[-*+]\s+)?(?:\*\*|__)?([A-Za-z][A-Za-z ]*?)(?:\*\*|__)?\s*:(?:\*\*|__)?\s*(.*)$/.exec(text);
    const labelRole = label ? roleOf(label[1]!) : undefined;
    if (label && labelRole) {
      const inline = label[2]!.trim();
      addNames(found, labelRole, inline, line, true);
      mode = { role: labelRole, kind: 'label', untilBlank: inline === '' };
      lastEndedWithComma = inline.endsWith(',');
      continue;
    }
    if (mode === undefined) continue;
    if (mode.kind === 'label' && !mode.untilBlank && !lastEndedWithComma) {
      mode = undefined;
      continue;
    }
    const item = /^\s*(?:[-*+•]|\d{1,3}[.)])\s+(.*)$/.exec(text);
    if (item) addNames(found, mode.role, item[1]!, line, false);
    else if (mode.kind === 'section' && label && label[2]!.trim() === '') continue;
    else addNames(found, mode.role, label && mode.kind === 'section' ? label[2]! : text, line, true);
    lastEndedWithComma = text.trim().endsWith(',');
  }
  return found;
}

function headingText(text: string): string | undefined {
  const wiki = /^\s*=+\s*(.*?)\s*=+\s*$/.exec(text);
  if (wiki && wiki[1] !== '') return wiki[1]!.replace(/:$/, '');
  const atx = /^#{1,6}\s+(.*?)(?:\s+#+)?\s*$/.exec(text);
  return atx ? atx[1]!.replace(/:$/, '') : undefined;
}

function roleOf(label: string): PeopleRole | undefined {
  const clean = label.trim().replace(/\s+/g, ' ');
  return ROLES.find(([, regex]) => regex.test(clean))?.[0];
}

function addNames(found: LabelledNames, role: PeopleRole, text: string, line: number, split: boolean): void {
  const parts = split ? text.split(/,|;|\s+and\s+|\s+&\s+/) : [text];
  for (const part of parts) {
    const piece = part.trim();
    if (piece === '') continue;
    if (personName(piece)) found[role].push({ text: piece, line });
    else found.warnings.push({ ruleId: 'import-name-unreadable', line, message: `"${piece}" under ${role} does not read as a name; left in the text only` });
  }
}
