// Splits a file that holds several dated meetings (a monthly file with one `## 2023-03-06` heading each) into one text per meeting.

import { detectFormat } from './detect-format.js';
import { importMinutes } from './import-minutes.js';
import type { ImportOptions, ImportResult } from './import-result.js';
import { fileNameMonth, parseDateText, parseYearlessDate } from './parse-date-text.js';
import { sourceFrontMatter } from './source-front-matter.js';

/** One meeting of a source file: the source with every other meeting's lines blanked, and the date its heading gives. */
export interface MeetingPart {
  text: string;
  date: string;
  /** 1-based line of the dated heading. */
  line: number;
}

// A heading that starts with a date: `## 2023-03-06`, `### Monday, 6 March 2023 – release planning`.
const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const WEEKDAY = /^(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)/i;

/**
 * The meetings of a Markdown source, or [] when it holds one (then it is imported whole). A
 * source holds several when at least two headings of the same level start with a date (after an
 * optional weekday); `## Date: …` does not count. Each part runs from its heading to the next
 * one; the words before the first dated heading (a title, a note on the month) go with the first
 * meeting. Other lines are blanked, not removed, so line numbers in warnings stay those of the
 * source, and each part loses no word of its own lines. Fenced code is not looked into.
 * Headings with a day and month but no year (`# May 3`, common in monthly updates) take their
 * year from `fileName` (see {@link parseYearlessDate}).
 */
export function splitMeetings(text: string, fileName = ''): MeetingPart[] {
  const yearOfName = fileNameMonth(fileName);
  const lines = sourceFrontMatter(text).text.split(/\r\n|\r|\n/);
  const original = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const dated: { index: number; level: number; date: string }[] = [];
  let fenced = false;
  for (const [index, line] of lines.entries()) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced) continue;
    const heading = HEADING.exec(line);
    if (!heading) continue;
    const words = heading[2]!.replace(/^(\*\*|__)|(\*\*|__)$/g, '').replace(WEEKDAY, '');
    const found = parseDateText(words);
    const date = found?.index === 0 ? found.date : yearOfName ? parseYearlessDate(words, yearOfName) : undefined;
    if (date) dated.push({ index, level: heading[1]!.length, date });
  }
  const level = Math.min(...dated.map((d) => d.level));
  const starts = dated.filter((d) => d.level === level);
  if (starts.length < 2) return [];
  return starts.map((start, k) => {
    const from = k === 0 ? 0 : start.index;
    const to = starts[k + 1]?.index ?? original.length;
    const text = original.map((line, index) => (index >= from && index < to ? line : '')).join('\n');
    return { text, date: start.date, line: start.index + 1 };
  });
}

/**
 * Imports one source file: split into its meetings when it holds several ({@link splitMeetings},
 * Markdown notes only), each part imported with {@link importMinutes} and dated by its heading;
 * otherwise the whole file as one meeting. Parts come in source order.
 */
export function importSource(text: string, options: ImportOptions): ImportResult[] {
  const format = options.format ?? detectFormat(sourceFrontMatter(text).text, options.fileName);
  const parts = format === 'markdown-notes' ? splitMeetings(text, options.fileName) : [];
  if (parts.length === 0) return [importMinutes(text, options)];
  return parts.map((part) =>
    importMinutes(part.text, { ...options, format, fileNameDate: false, dates: [{ date: part.date, where: `the heading on line ${part.line}`, line: part.line }] }),
  );
}
