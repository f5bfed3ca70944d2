// Counts lines marked AGREED, INFO or LINK in plain or Markdown minutes.

import type { SourceLine } from './util-source-lines.js';

/** Counts of marked lines: `AGREED:`/`ACCEPTED:` (agreed), `INFO:`/`IDEA:` (info), `LINK:` (links); upper case only, optionally as a list item or bold. */
export function markedItems(lines: SourceLine[]): { agreed: number; info: number; links: number } {
  const counts = { agreed: 0, info: 0, links: 0 };
  for (const { text } of lines) {
    const mark = /^\s*(?:[-*+]\s+)?(?:\*\*)?(AGREED|ACCEPTED|INFO|IDEA|LINK)\b/.exec(text)?.[1];
    if (mark === 'AGREED' || mark === 'ACCEPTED') counts.agreed++;
    else if (mark === 'INFO' || mark === 'IDEA') counts.info++;
    else if (mark === 'LINK') counts.links++;
  }
  return counts;
}
