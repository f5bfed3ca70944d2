// Converts a mailing-list post of minutes (pipermail style) into parsed minutes.

import type { ParsedMinutes } from './import-result.js';
import { labelledNames } from './labelled-names.js';
import { mailHeader } from './mail-header.js';
import { markedItems } from './marked-items.js';
import { pickDate, type DateCandidate } from './pick-date.js';
import { plainTextMarkdown } from './plain-text-markdown.js';
import { escapeInline } from './util-markdown-escape.js';
import { slugId } from './util-slug.js';
import { sourceLines } from './util-source-lines.js';

/**
 * Reads a post: the subject (without `[List]`) is the title, the date line the date, the author
 * the scribe, `== Attendees ==` (or `Attendees:`) the attendees. The header lines open the body as
 * one `Subject:` / `Date:` / `From:` paragraph; the rest is converted by `plainTextMarkdown`.
 */
export function fromMailingList(text: string, fileName: string): ParsedMinutes {
  const lines = sourceLines(text);
  const header = mailHeader(lines);
  const rest = lines.slice(header.end);
  const names = labelledNames(rest);
  const candidates: DateCandidate[] = header.date ? [{ date: header.date.date, where: `the date line`, line: header.date.line }] : [];
  const { date, warnings } = pickDate(candidates, fileName);
  const headerBlock = header.lines.map((h, i) => h.label + escapeInline(h.text) + (i < header.lines.length - 1 ? '\\' : '')).join('\n');
  const converted = plainTextMarkdown(rest);
  const body = headerBlock === '' ? converted : `${headerBlock}\n\n${converted}`;
  const author = header.author;
  if (names.attendees.length === 0) warnings.push({ ruleId: 'import-attendees-missing', message: 'no "== Attendees ==" section or "Attendees:" line found' });
  return {
    format: 'mailing-list',
    ...(date ? { date } : {}),
    ...(header.subject ? { title: header.subject } : {}),
    chair: names.chair,
    scribe: author ? [{ text: author.name, line: author.line, ...(author.address ? { aliases: [author.address] } : {}) }, ...names.scribe] : names.scribe,
    attendees: names.attendees,
    regrets: names.regrets,
    body,
    counts: markedItems(rest),
    warnings: [...warnings, ...names.warnings],
    ...(header.listTag ? { groupHint: slugId(header.listTag, 'group') } : {}),
  };
}
