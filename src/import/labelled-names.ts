// Finds the people lists of plain minutes: "Attendees:" lines and "== Attendees ==" sections.

import type { ImportWarning, NameRef } from './import-result.js';
import { personName } from './person-name.js';
import { isBlank, type SourceLine } from './util-source-lines.js';

/** The roles a people list can fill. */
export type PeopleRole = 'attendees' | 'regrets' | 'chair' | 'scribe';

/** The people lists found, by role, plus warnings for entries that do not read as names. */
export type LabelledNames = Record<PeopleRole, NameRef[]> & { warnings: ImportWarning[] };

const ROLES: [PeopleRole, RegExp][] = [
  ['attendees', /^(attendees|attendance|attending|present|participants|people present|in attendance)$/i],
  ['regrets', /^(regrets|apologies|apologies received|absent|absentees|not present|unable to attend)$/i],
  ['chair', /^(chair|chairs|chaired by|chairperson|moderator|moderators|moderated by|facilitator|facilitators|facilitated by|host|hosted by|meeting lead|lead)$/i],
  ['scribe', /^(scribe|scribes|minutes by|minutes taken by|minute taker|notes by|notes taken by|note[- ]?takers?|secretary|recorder)$/i],
];

// Prefixes inside a people list that label a part of it, not a person: `Others: A, B`, `Team: C`.
const SUB_LABELS = /^(others?|team|members|guests?|observers?|also present|also attending|remote|on the call|in the room|staff|community|[\w-]+ members|[\w-]+ team|[\w-]+ staff)$/i;

// A label at the start of a line: `Attendees:`, `- **Regrets:**`, `Note-taker:`.
const LABEL = /^\s*(?:[-*+]\s+)?(?:\*\*|__)?([A-Za-z][A-Za-z -]*?)(?:\*\*|__)?\s*:(?:\*\*|__)?\s*(.*)$/;
const ITEM = /^(\s*)(?:[-*+•]|\d{1,3}[.)])\s+(?:\[[ xX]\]\s+)?(.*)$/;
// The name may be followed by a time: "at 16:00", "- 16:00", "16:00 UTC", " -  UTC" (a time the minutes left out).
const CALLED_TO_ORDER = /\bcalled to order\b.*?\bby\s+(.+?)(?:\s+at\s+\d.*|\s+[-–—]\s*(?:\d.*|[A-Z]{2,5})?|\s+\d{1,2}[:.]\d{2}\b.*)?[.]?\s*$/i;

/** A line of a people list waiting to be read: a list item with its wrapped lines, or a run of plain lines. */
interface Pending {
  role: PeopleRole;
  kind: 'item' | 'flow';
  parts: { text: string; line: number }[];
}

type Mode = { role: PeopleRole; kind: 'section' } | { role: PeopleRole; kind: 'label'; indent: number; outer: Mode } | undefined;

/**
 * Collects names under a people heading (`== Attendees ==`, `### Attendees`) until the next heading,
 * and after a label line (`Attendees: A, B,` or `Attendees:` followed by lines) until a blank line
 * or another label. List items are one name each, with their wrapped lines joined (`Thomas⏎Leonard`),
 * split only on `and` / `&`; plain lines are split on commas, `;`, `and` and `&`, and joined first
 * when the list flows over lines (some line ends in `,`). `Others:` / `Team:` prefixes are split
 * off; nested bullets under a name, and anything inside an HTML comment, are passed over; a nested
 * list under `- Regrets:` holds regrets. A role in brackets (`Ann (chair)`) also makes that person
 * chair or scribe, and "called to order by X" makes X chair.
 */
export function labelledNames(lines: SourceLine[]): LabelledNames {
  const found: LabelledNames = { attendees: [], regrets: [], chair: [], scribe: [], warnings: [] };
  let mode: Mode;
  let pending: Pending | undefined;
  let itemIndent: number | undefined;
  let skippingNested: number | undefined;
  let inComment = false;
  const flush = () => {
    if (pending) readPending(found, pending);
    pending = undefined;
  };
  const endLabel = () => {
    flush();
    while (mode?.kind === 'label') mode = mode.outer;
  };
  for (const { text: raw, line } of lines) {
    const { text, inside } = withoutComments(raw, inComment);
    inComment = inside;
    if (raw.trim() !== '' && text.trim() === '') continue;
    const calledBy = CALLED_TO_ORDER.exec(text);
    if (calledBy) {
      const name = calledBy[1]!.trim();
      if (personName(name)) found.chair.push({ text: name, line });
    }
    const heading = headingText(text);
    if (heading !== undefined) {
      flush();
      const role = roleOf(heading);
      mode = role ? { role, kind: 'section' } : undefined;
      itemIndent = undefined;
      skippingNested = undefined;
      continue;
    }
    if (isBlank(text)) {
      flush();
      if (mode?.kind === 'label' && mode.outer === undefined) mode = undefined;
      continue;
    }
    const item = ITEM.exec(text);
    const indent = item ? item[1]!.replace(/\t/g, '    ').length : -1;
    if (skippingNested !== undefined && (item ? indent > skippingNested : /^\s/.test(text))) continue;
    skippingNested = undefined;
    if (item && mode?.kind === 'label' && indent <= mode.indent) endLabel();
    const label = LABEL.exec(text);
    const labelRole = label ? roleOf(label[1]!) : undefined;
    if (label && labelRole) {
      flush();
      const inline = label[2]!.trim();
      const outer = mode?.kind === 'section' ? mode : mode?.kind === 'label' ? mode.outer : undefined;
      mode = { role: labelRole, kind: 'label', indent: item ? indent : -1, outer };
      if (inline !== '') pending = { role: labelRole, kind: 'flow', parts: [{ text: inline, line }] };
      continue;
    }
    if (mode === undefined) continue;
    if (label && !SUB_LABELS.test(label[1]!.trim())) {
      // Another label (`Date:`, `Agenda:`) ends a label's list; in a section it is a sub-heading.
      if (mode.kind === 'label') {
        endLabel();
        if (mode === undefined) continue;
      }
      if (label[2]!.trim() === '') continue;
    }
    const sub = label && SUB_LABELS.test(label[1]!.trim()) ? label[2]!.trim() : undefined;
    if (item) {
      if (mode.kind === 'section') {
        itemIndent ??= indent;
        if (indent > itemIndent) {
          skippingNested = itemIndent;
          continue;
        }
      }
      flush();
      if (sub !== undefined) pending = { role: mode.role, kind: 'flow', parts: [{ text: sub, line }] };
      else pending = { role: mode.role, kind: 'item', parts: [{ text: item[2]!, line }] };
      continue;
    }
    if (sub !== undefined) {
      flush();
      pending = { role: mode.role, kind: 'flow', parts: [{ text: sub, line }] };
      continue;
    }
    if (pending) pending.parts.push({ text: text.trim(), line });
    else pending = { role: mode.role, kind: 'flow', parts: [{ text: text.trim(), line }] };
  }
  flush();
  return found;
}

// The text of a line outside `<!-- ... -->`, and whether a comment is still open at its end.
function withoutComments(text: string, inside: boolean): { text: string; inside: boolean } {
  let out = '';
  let rest = text;
  let open = inside;
  while (rest !== '') {
    if (open) {
      const end = rest.indexOf('-->');
      if (end < 0) return { text: out, inside: true };
      rest = rest.slice(end + 3);
      open = false;
    } else {
      const start = rest.indexOf('<!--');
      if (start < 0) return { text: out + rest, inside: false };
      out += rest.slice(0, start);
      rest = rest.slice(start + 4);
      open = true;
    }
  }
  return { text: out, inside: open };
}

const SEPARATOR_END = /(?:,|;|\s+and|\s+&)\s*$/i;

function readPending(found: LabelledNames, pending: Pending): void {
  if (pending.kind === 'item') {
    const joined = pending.parts.map((part) => part.text).join(' ');
    addNames(found, pending.role, joined, pending.parts[0]!.line, /\s+and\s+|\s+&\s+/);
    return;
  }
  const flows = pending.parts.slice(0, -1).some((part) => SEPARATOR_END.test(part.text));
  if (flows) addNames(found, pending.role, pending.parts.map((part) => part.text).join(' '), pending.parts[0]!.line, SPLIT);
  else for (const part of pending.parts) addNames(found, pending.role, part.text, part.line, SPLIT);
}

const SPLIT = /,|;|\s+and\s+|\s+&\s+/;

function headingText(text: string): string | undefined {
  const wiki = /^\s*=+\s*(.*?)\s*=+\s*$/.exec(text);
  if (wiki && wiki[1] !== '') return wiki[1]!.replace(/:$/, '');
  const atx = /^#{1,6}\s+(.*?)(?:\s+#+)?\s*$/.exec(text);
  return atx ? atx[1]!.replace(/:$/, '').replace(/^(\*\*|__)(.*)\1$/, '$2') : undefined;
}

function roleOf(label: string): PeopleRole | undefined {
  const clean = label.trim().replace(/\s+/g, ' ');
  return ROLES.find(([, regex]) => regex.test(clean))?.[0];
}

// Splits outside brackets and link text, so `Ann Lee (Citrix, Inc)` stays one entry.
function splitOutside(text: string, separator: RegExp): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '(' || c === '[') depth++;
    if ((c === ')' || c === ']') && depth > 0) depth--;
    if (depth === 0) {
      const match = new RegExp(`^(?:${separator.source})`, 'i').exec(text.slice(i));
      if (match && match[0] !== '') {
        parts.push(current);
        current = '';
        i += match[0].length - 1;
        continue;
      }
    }
    current += c;
  }
  parts.push(current);
  return parts;
}

function addNames(found: LabelledNames, role: PeopleRole, text: string, line: number, separator: RegExp): void {
  for (const part of splitOutside(text, separator)) {
    const piece = part.trim();
    if (piece === '') continue;
    const parsed = personName(piece);
    if (parsed) {
      found[role].push({ text: piece, line });
      if (parsed.role && role !== parsed.role) found[parsed.role].push({ text: piece, line });
    } else {
      found.warnings.push({ ruleId: 'import-name-unreadable', line, message: `"${piece}" under ${role} does not read as a name; left in the text only` });
    }
  }
}
