// Converts Markdown call notes ("17th Feb 2016: Containers, ..." plus "Attendees:") into parsed minutes.

import type { ParsedMinutes } from './import-result.js';
import { labelledNames } from './labelled-names.js';
import { markedItems } from './marked-items.js';
import { isMonthName, parseDateText, withoutYearlessDate } from './parse-date-text.js';
import { pickDate, type DateCandidate } from './pick-date.js';
import { isBlank, sourceLines } from './util-source-lines.js';

/**
 * Reads Markdown notes. The first line gives the date and the title (the line without its date:
 * `17th Feb 2016: Containers, 2.7 prep.` → title `Containers, 2.7 prep`); failing that, a `Date:`
 * line. `Attendees:` / `Regrets:` / `Chair:` lists give the people. The body is the Markdown as
 * it is, with line endings normalised.
 */
export function fromMarkdownNotes(text: string, fileName: string): ParsedMinutes {
  const lines = sourceLines(text);
  // "Meeting called to order by …" opens many minutes; it names the chair, not the meeting.
  const first = lines.find((l) => !isBlank(l.text) && !/\bcalled to order\b/i.test(l.text));
  const firstText = first ? first.text.replace(/^\s*#+\s*|\s*#+\s*$/g, '').replace(/^\*\*(.*)\*\*$/, '$1').trim() : '';
  const found = first ? parseDateText(firstText) : undefined;
  const candidates: DateCandidate[] = [];
  let title: string | undefined;
  if (first && found) {
    candidates.push({ date: found.date, where: 'the first line', line: first.line });
    title = cleanTitle(firstText.slice(0, found.index) + ' ' + firstText.slice(found.index + found.text.length));
  } else {
    // A first line such as `Attendees: …` or `Date: …` is a field, not a title.
    title = firstText === '' || /^[A-Za-z][\w -]{0,30}:\s/.test(firstText) ? undefined : cleanTitle(firstText);
    const dateLine = lines.find((l) => /^\s*(?:#{1,6}\s*)?(?:[-*]\s+)?(?:\*\*)?date(?:\*\*)?\s*:/i.test(l.text) && parseDateText(l.text));
    if (dateLine) candidates.push({ date: parseDateText(dateLine.text)!.date, where: 'the Date: line', line: dateLine.line });
  }
  const { date, warnings } = pickDate(candidates, fileName);
  const names = labelledNames(lines);
  if (names.attendees.length === 0) warnings.push({ ruleId: 'import-attendees-missing', message: 'no "Attendees:" list found' });
  return {
    format: 'markdown-notes',
    ...(date ? { date } : {}),
    ...(title ? { title } : {}),
    chair: names.chair,
    scribe: names.scribe,
    attendees: names.attendees,
    regrets: names.regrets,
    body: lines.map((l) => l.text).join('\n').replace(/^\s*\n/, '').trimEnd() + '\n',
    counts: markedItems(lines),
    warnings: [...warnings, ...names.warnings],
  };
}

function cleanTitle(text: string): string | undefined {
  // A split part's heading may name its day without a year (`# December 13 (handoff meeting)`).
  const title = withoutYearlessDate(text.replace(/\s+/g, ' '))
    .replace(/^[\s:,;–—-]+|[\s:,;–—-]+$/g, '')
    .replace(/\.$/, '')
    .replace(/^\((.*)\)$/, '$1')
    .trim();
  // `## Monday, 19 August 2019` leaves only its weekday, and `## November` its month: neither names a meeting.
  return title === '' || /^(mon|tues|wednes|thurs|fri|satur|sun)day$/i.test(title) || isMonthName(title) ? undefined : title;
}
