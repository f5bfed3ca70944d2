// Readers for the plain-English values of a `cadence:` block: repeat, on, time and duration.
import { parseWeekday, type Weekday } from './util-weekday.js';

/** What `repeat:` says: a period of weeks or months, or no regular recurrence at all. */
export type Repeat = { unit: 'week' | 'month'; interval: number } | { unit: 'ad-hoc' };

/**
 * The longest value the readers look at. Real values are short (`every other month`,
 * `1 hour 30 minutes`); capping them keeps every reader linear whatever a file holds.
 */
export const MAX_VALUE_LENGTH = 40;

const TOO_LONG = `too long for this key (more than ${MAX_VALUE_LENGTH} characters)`;

const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, other: 2 };

/**
 * Reads `repeat:`: `weekly`, `every week`, `every other week`, `fortnightly`, `every 4 weeks`,
 * `every four weeks`, `monthly`, `every other month`, `every 3 months`, `ad hoc`.
 * Case and extra spaces are ignored. Returns an error message for anything else.
 */
export function parseRepeat(text: string): Repeat | string {
  if (text.length > MAX_VALUE_LENGTH) return `${TOO_LONG}: expected e.g. \`every other week\``;
  const words = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (words === 'biweekly' || words === 'bi-weekly') {
    return 'biweekly is ambiguous: write `every other week` (or use two schedules for twice a week)';
  }
  if (/^ad[ -]?hoc$/.test(words)) return { unit: 'ad-hoc' };
  if (words === 'weekly') return { unit: 'week', interval: 1 };
  if (words === 'fortnightly') return { unit: 'week', interval: 2 };
  if (words === 'monthly') return { unit: 'month', interval: 1 };
  const match = /^every (?:(\d+|[a-z]+) )?(week|month)s?$/.exec(words);
  const count = match?.[1] === undefined ? 1 : (NUMBER_WORDS[match[1]] ?? Number(match[1]));
  if (!match || !Number.isInteger(count) || count < 1 || count > 52) {
    return 'expected weekly, every other week, every N weeks, monthly, every N months or ad hoc';
  }
  return { unit: match[2] as 'week' | 'month', interval: count };
}

/**
 * What `weeks:` says: the ISO weeks a schedule meets in, as week `week` of every `every`:
 * ISO week numbers w (1..53) with (w - week) divisible by `every`, counted afresh in each ISO year.
 */
export interface IsoWeeks {
  every: number;
  week: number;
}

/** The regular expression a `weeks:` value matches (before its numbers are checked). */
export const WEEKS_TEXT = /^\s*(?:odd|even|\d{1,2}\s+of\s+\d{1,2})\s*$/i;

/**
 * Reads `weeks:`: `odd` (ISO weeks 1, 3, 5, ... 53), `even` (2, 4, ... 52), or `K of N`
 * (ISO weeks K, K+N, K+2N, ... of each ISO year, 1 <= K <= N). Case is ignored.
 */
export function parseWeeks(text: string): IsoWeeks | string {
  if (text.length > MAX_VALUE_LENGTH) return `${TOO_LONG}: expected \`odd\`, \`even\` or e.g. \`1 of 4\``;
  const words = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (words === 'odd') return { every: 2, week: 1 };
  if (words === 'even') return { every: 2, week: 2 };
  const match = /^(\d{1,2}) of (\d{1,2})$/.exec(words);
  const [week, every] = match ? [Number(match[1]), Number(match[2])] : [0, 0];
  if (!match || every < 2 || every > 52 || week < 1 || week > every) {
    return 'expected `odd`, `even` or `K of N` (ISO week K of every N, e.g. `1 of 4`, with 1 <= K <= N and 2 <= N <= 52)';
  }
  return { every, week };
}

/** What `on:` says: a weekday, with an ordinal (1..4, or -1 for last) for monthly schedules. */
export interface On {
  weekday: Weekday;
  nth?: 1 | 2 | 3 | 4 | -1;
}

const ORDINALS: Record<string, 1 | 2 | 3 | 4 | -1> = {
  first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, last: -1,
};

/** Reads `on:`: `tuesday`, `Tue`, `first tuesday`, `2nd wednesday`, `last thursday`. */
export function parseOn(text: string): On | string {
  if (text.length > MAX_VALUE_LENGTH) return `${TOO_LONG}: expected e.g. \`first tuesday\``;
  const words = text.trim().toLowerCase().split(/\s+/);
  const weekday = parseWeekday(words[words.length - 1] ?? '');
  if (!weekday || words.length > 2) return 'expected a weekday (`tuesday`) or `first|second|third|fourth|last <weekday>`';
  if (words.length === 1) return { weekday };
  const nth = ORDINALS[words[0]!];
  if (nth === undefined) return `unknown ordinal "${words[0]}": use first, second, third, fourth or last`;
  return { weekday, nth };
}

/** A start time and, when written as a range, the length in minutes. */
export interface TimeRange {
  /** Local wall time, `HH:MM`, 24-hour. */
  start: string;
  /** Minutes from start to end; a range ending at or before its start ends the next day. */
  minutes?: number;
}

const CLOCK = /^([01]?\d|2[0-3]):([0-5]\d)$/;

/** Exactly the texts {@link parseTime} accepts, as one pattern: what editors are told `time:` looks like. */
export const TIME_TEXT = /^\s*(?:[01]?\d|2[0-3]):[0-5]\d\s*(?:[-–]\s*(?:[01]?\d|2[0-3]):[0-5]\d\s*)?$/;

/** Reads `time:`: `14:00` or `14:00-15:00` (a hyphen or en dash; 24-hour clock). */
export function parseTime(text: string): TimeRange | string {
  if (text.length > MAX_VALUE_LENGTH) return `${TOO_LONG}: expected a 24-hour time like 14:00 or 14:00-15:00`;
  // Split on the dash and trim the parts: a `\s*[-–]\s*` separator backtracks over long runs of space.
  const [from, to, ...rest] = text.split(/[-–]/).map((part) => part.trim());
  const start = CLOCK.exec(from ?? '');
  const end = to === undefined ? undefined : CLOCK.exec(to);
  if (!start || rest.length > 0 || end === null) return 'expected a 24-hour time like 14:00 or 14:00-15:00';
  const startMinutes = Number(start[1]) * 60 + Number(start[2]);
  const range = { start: `${start[1]!.padStart(2, '0')}:${start[2]}` };
  if (!end) return range;
  const endMinutes = Number(end[1]) * 60 + Number(end[2]);
  // Minutes of the day, not date arithmetic: the length of a range on a 24-hour clock face.
  return { ...range, minutes: endMinutes > startMinutes ? endMinutes - startMinutes : endMinutes + 1440 - startMinutes };
}

/** The longest meeting, in minutes: a day. Longer ones are typos, and cannot be shown as times of one day. */
export const MAX_DURATION = 24 * 60;

const TOO_LONG_MEETING = `a meeting lasts at most 24 hours (${MAX_DURATION} minutes)`;

/** Reads `duration:`: a number of minutes, or text like `1h`, `90m`, `90 min`, `1h30m`; at most {@link MAX_DURATION}. */
export function parseDuration(value: number | string): number | string {
  if (typeof value === 'number') return value > MAX_DURATION ? TOO_LONG_MEETING : value;
  if (value.length > MAX_VALUE_LENGTH) return `${TOO_LONG}: expected minutes (90) or a duration like 1h, 45m or 1h30m`;
  // Trimmed first, so no two `\s*` meet: three of them in a row made a run of spaces cubic.
  const match = /^(?:(\d+)\s*h(?:ours?)?)?\s*(?:(\d+)\s*m(?:in(?:utes?)?)?)?$/i.exec(value.trim());
  const minutes = match && (match[1] || match[2]) ? Number(match[1] ?? 0) * 60 + Number(match[2] ?? 0) : 0;
  if (minutes > MAX_DURATION) return TOO_LONG_MEETING;
  return minutes > 0 ? minutes : 'expected minutes (90) or a duration like 1h, 45m or 1h30m';
}
