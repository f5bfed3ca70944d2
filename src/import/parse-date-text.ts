// Finds a calendar date in free text ("17th Feb 2016", "Fri Apr 11 14:07:05 UTC 2014", "2015-02-09").

import { DateTime } from 'luxon';

const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';

// Order matters: the first pattern that matches anywhere in the text wins.
const PATTERNS: { regex: RegExp; parts: (m: RegExpExecArray) => [string, string, string] }[] = [
  // Not inside a longer number; `_` and letters may touch it (`2019-07-08_steering-council.md`).
  { regex: /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/, parts: (m) => [m[1]!, m[2]!, m[3]!] },
  // ctime / pipermail: "Fri Apr 11 14:07:05 UTC 2014"
  {
    regex: new RegExp(`\\b${MONTH}\\.?\\s+${DAY}\\s+\\d{1,2}:\\d{2}(?::\\d{2})?\\s+(?:[A-Za-z]{1,5}\\s+|[+-]\\d{4}\\s+)?(\\d{4})\\b`, 'i'),
    parts: (m) => [m[3]!, m[1]!, m[2]!],
  },
  // "17th Feb 2016", "11 April, 2014", "Fri, 11 Apr 2014 14:07:05 +0000"
  {
    regex: new RegExp(`\\b${DAY}\\s+(?:of\\s+)?${MONTH}\\.?,?\\s+(\\d{4})\\b`, 'i'),
    parts: (m) => [m[3]!, m[2]!, m[1]!],
  },
  // "Feb 17th 2016", "February 17, 2016"
  {
    regex: new RegExp(`\\b${MONTH}\\.?\\s+${DAY},?\\s+(\\d{4})\\b`, 'i'),
    parts: (m) => [m[3]!, m[1]!, m[2]!],
  },
];

/** A date found in text: the ISO date and the matched text with its offset. */
export interface DateMatch {
  date: string;
  index: number;
  text: string;
}

/**
 * Finds the first real calendar date written in `text` and returns it as YYYY-MM-DD, or undefined.
 * Dates are taken as written: no time-zone conversion (a mail sent at 23:30 UTC keeps its UTC day).
 */
export function parseDateText(text: string): DateMatch | undefined {
  for (const pattern of PATTERNS) {
    const m = pattern.regex.exec(text);
    if (!m) continue;
    const [year, month, day] = pattern.parts(m);
    const date = DateTime.fromObject({ year: Number(year), month: monthNumber(month), day: Number(day) });
    if (date.isValid) return { date: date.toISODate()!, index: m.index, text: m[0] };
  }
  return undefined;
}

function monthNumber(month: string): number {
  if (/^\d+$/.test(month)) return Number(month);
  const names = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
  return names.indexOf(month.slice(0, 3).toLowerCase()) + 1;
}

/** The year, and the latest month when one is written, that a file name is dated with: `2021-05-…`, `2023-11,12-…`, `2019-11-09_…`. */
export interface FileNameMonth {
  year: number;
  month?: number;
}

/** Reads the year (and the latest month) from a file name, for headings that name a day without a year. */
export function fileNameMonth(fileName: string): FileNameMonth | undefined {
  const m = /(?<!\d)(\d{4})(?:-(\d{2}(?:,\d{2})*))?(?!\d)/.exec(fileName.replace(/^.*[\\/]/, ''));
  if (!m) return undefined;
  const year = Number(m[1]);
  if (year < 1900 || year > 2999) return undefined;
  const months = (m[2] ?? '').split(',').filter(Boolean).map(Number).filter((n) => n >= 1 && n <= 12);
  return months.length > 0 ? { year, month: Math.max(...months) } : { year };
}

const MONTH_DAY = new RegExp(`^${MONTH}\\.?\\s+${DAY}\\b(?!,?\\s*\\d{4})|^${DAY}\\s+(?:of\\s+)?${MONTH}\\b(?!\\.?,?\\s*\\d{4})`, 'i');

/**
 * Dates text that starts with a day and month but no year ("May 3", "3 May", "August 23 (handoff
 * meeting)") from the file name's year. Updates are written after their meetings, so a month later
 * than the file name's latest month belongs to the year before (`2021-01-update.md` holding
 * "November 2" means 2020-11-02).
 */
export function parseYearlessDate(text: string, from: FileNameMonth): string | undefined {
  const m = MONTH_DAY.exec(text);
  if (!m) return undefined;
  const [month, day] = m[1] !== undefined ? [monthNumber(m[1]), Number(m[2])] : [monthNumber(m[4]!), Number(m[3])];
  const year = from.month !== undefined && month > from.month ? from.year - 1 : from.year;
  const date = DateTime.fromObject({ year, month, day });
  return date.isValid ? date.toISODate()! : undefined;
}

/** `text` without a leading day and month written without a year ("May 3 – planning" → "– planning"). */
export function withoutYearlessDate(text: string): string {
  const m = MONTH_DAY.exec(text.trim());
  return m ? text.trim().slice(m[0].length) : text;
}

/** Whether `text` is only a month's name ("November"), which names no meeting. */
export function isMonthName(text: string): boolean {
  return new RegExp(`^${MONTH}$`, 'i').test(text.trim());
}
