// Reads MeetBot's wrapped `* item  (nick, 16:00:39)` lines into items, text lines and blanks.

import { indentOf, isBlank, type SourceLine } from './util-source-lines.js';

/** A MeetBot bullet (its wrapped lines joined by spaces), a line of text, or a blank line. */
export type MeetbotEntry =
  | { kind: 'item'; indent: number; text: string; line: number }
  | { kind: 'text'; text: string; line: number }
  | { kind: 'blank' };

/** The parts of an item's text: `ACTION:`-style label, the text, and MeetBot's `(nick, time)` attribution. */
export interface MeetbotItemText {
  label?: string;
  text: string;
  attribution?: string;
}

/** Groups lines into entries; a line indented deeper than the bullet above it continues that bullet (MeetBot wraps at ~72 columns). */
export function meetbotEntries(lines: SourceLine[]): MeetbotEntry[] {
  const entries: MeetbotEntry[] = [];
  let item: Extract<MeetbotEntry, { kind: 'item' }> | undefined;
  for (const { text, line } of lines) {
    const bullet = /^( *)\* (.*)$/.exec(text);
    if (isBlank(text)) {
      if (entries.at(-1)?.kind !== 'blank') entries.push({ kind: 'blank' });
      item = undefined;
    } else if (bullet) {
      item = { kind: 'item', indent: bullet[1]!.length, text: bullet[2]!.trim(), line };
      entries.push(item);
    } else if (item && indentOf(text) > item.indent) item.text += ' ' + text.trim();
    else {
      item = undefined;
      entries.push({ kind: 'text', text: text.trim(), line });
    }
  }
  return entries;
}

/** Splits `ACTION: tiwari to ...  (mkoval, 15:11:45)` into label `ACTION`, text and `(mkoval, 15:11:45)`. */
export function meetbotItemText(text: string): MeetbotItemText {
  const attributed = /^(.*?)\s*(\([^(),]+, \d{1,2}:\d{2}(?::\d{2})?\))$/.exec(text);
  const body = attributed ? attributed[1]! : text;
  const labelled = /^(ACTION|AGREED|ACCEPTED|REJECTED|INFO|IDEA|HELP|LINK|VOTE)\s*:\s*(.*)$/.exec(body);
  return {
    ...(labelled ? { label: labelled[1]! } : {}),
    text: labelled ? labelled[2]! : body,
    ...(attributed ? { attribution: attributed[2]! } : {}),
  };
}
