// The days of a raw RRULE (the `rrule:` escape hatch) in a bounded window, period by period.
import rrulePkg from 'rrule';

const { RRule, Frequency } = rrulePkg;

const DAY_MS = 86_400_000;

/** A count the caller can read after a call: the periods (days, weeks, months or years) examined. */
export interface RuleCounter {
  periods: number;
}

/** The periods examined by every call so far (what tests of whole checks read). */
export const ruleDaysWork: RuleCounter = { periods: 0 };

/**
 * The local dates (`YYYY-MM-DD`) of a raw rule's occurrences from `start` (its DTSTART day) to
 * `last` (inclusive), in order, honouring COUNT; `accept` may return false to stop early.
 *
 * It does what rrule.js does (python-dateutil's algorithm: for each period of the frequency, the
 * days of the period that pass every BY* filter, then BYSETPOS), but stops at `last` whether or
 * not a day matched. rrule.js stops only at a match past UNTIL, or at the year 9999: a rule that
 * never occurs (`FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30`) walked three million days, 35 s each time
 * it was asked. Here the work is the number of periods in the window, counted in `counter`.
 * BYWEEKNO and BYEASTER are not supported (raw-rrule.ts refuses them).
 */
export function ruleDays(rule: string, start: string, last: string, accept: (date: string) => boolean = () => true, counter?: RuleCounter): string[] {
  const dtstart = new Date(dayNumber(start) * DAY_MS);
  const options = new RRule({ ...RRule.parseString(rule), dtstart }).options;
  const startDay = dayNumber(start);
  const lastDay = dayNumber(last);
  const interval = options.interval;
  let remaining = options.count ?? Infinity;
  const dates: string[] = [];
  if (interval < 1 || remaining < 1) return dates;
  let period = startDay;
  while (period <= lastDay) {
    ruleDaysWork.periods++;
    if (counter) counter.periods++;
    const days = periodDays(options, period).filter((day) => passes(options, day));
    for (const day of options.bysetpos?.length ? setPositions(options.bysetpos, days) : days) {
      if (day > lastDay) return dates;
      if (day < startDay) continue;
      const date = isoDate(day);
      // A day picked twice by BYSETPOS is one meeting, but uses up COUNT twice, as in rrule.js.
      if (dates.at(-1) !== date) {
        dates.push(date);
        if (!accept(date)) return dates;
      }
      if (--remaining === 0) return dates;
    }
    period = nextPeriod(options, period);
  }
  return dates;
}

type Options = rrulePkg.RRule['options'];

/** The days of the period that `day` opens, as rrule.js builds them (a week runs to the next WKST). */
function periodDays(options: Options, day: number): number[] {
  const { year, month } = parts(day);
  switch (options.freq) {
    case Frequency.YEARLY:
      return range(utcDay(year, 0, 1), utcDay(year + 1, 0, 1));
    case Frequency.MONTHLY:
      return range(utcDay(year, month - 1, 1), utcDay(year, month, 1));
    case Frequency.WEEKLY: {
      const days = [day];
      for (let next = day + 1; weekday(next) !== options.wkst && days.length < 7; next++) days.push(next);
      return days;
    }
    default:
      return [day];
  }
}

/** The first day of the next period, as rrule.js steps (weeks from their WKST, months and years by number). */
function nextPeriod(options: Options, day: number): number {
  const { year, month } = parts(day);
  switch (options.freq) {
    case Frequency.YEARLY:
      return utcDay(year + options.interval, 0, 1);
    case Frequency.MONTHLY:
      return utcDay(year, month - 1 + options.interval, 1);
    case Frequency.WEEKLY:
      return day - ((weekday(day) - options.wkst + 7) % 7) + 7 * options.interval;
    default:
      return day + options.interval;
  }
}

/** rrule.js's day filter (iter/index.js `isFiltered`), on the real date of the day. */
function passes(options: Options, day: number): boolean {
  const { year, month, date } = parts(day);
  const monthLength = utcDay(year, month, 1) - utcDay(year, month - 1, 1);
  const yearStart = utcDay(year, 0, 1);
  const yearLength = utcDay(year + 1, 0, 1) - yearStart;
  const yearDay = day - yearStart + 1;
  const { bymonth, byweekday, bynweekday, bymonthday, bynmonthday, byyearday } = options;
  if (bymonth?.length && !bymonth.includes(month)) return false;
  if (byweekday?.length && !byweekday.includes(weekday(day))) return false;
  if (bynweekday?.length && !nthWeekdayMatches(options, day)) return false;
  if ((bymonthday.length || bynmonthday.length) && !bymonthday.includes(date) && !bynmonthday.includes(date - monthLength - 1)) return false;
  if (byyearday?.length && !byyearday.includes(yearDay) && !byyearday.includes(yearDay - yearLength - 1)) return false;
  return true;
}

/**
 * BYDAY with ordinals (`2TU`, `-1FR`): the n-th weekday of the month (MONTHLY), or of each BYMONTH
 * month or of the year (YEARLY), as rrule.js's iterinfo/monthinfo.js computes it. Weekly and daily
 * rules never get here: rrule.js drops their ordinals.
 */
function nthWeekdayMatches(options: Options, day: number): boolean {
  const { year, month } = parts(day);
  let ranges: [number, number][];
  if (options.freq === Frequency.MONTHLY) ranges = [[utcDay(year, month - 1, 1), utcDay(year, month, 1) - 1]];
  else if (options.bymonth?.length) ranges = options.bymonth.map((m) => [utcDay(year, m - 1, 1), utcDay(year, m, 1) - 1]);
  else ranges = [[utcDay(year, 0, 1), utcDay(year + 1, 0, 1) - 1]];
  return ranges.some(([first, lastOfRange]) =>
    options.bynweekday!.some(([wday, n]) => {
      const target =
        n < 0 ? lastOfRange + (n + 1) * 7 - ((weekday(lastOfRange + (n + 1) * 7) - wday + 7) % 7) : first + (n - 1) * 7 + ((wday - weekday(first + (n - 1) * 7) + 7) % 7);
      return target === day && first <= target && target <= lastOfRange;
    }),
  );
}

/**
 * BYSETPOS over a period's days, as rrule.js (iter/poslist.js) picks them: `n` is the n-th day,
 * `-n` the n-th from the end, except that a `-n` beyond the start gives the first day (rrule.js
 * slices from the end). A day picked twice is listed twice, as rrule.js does.
 */
function setPositions(positions: number[], days: number[]): number[] {
  const picked: number[] = [];
  for (const position of positions) {
    const day = position < 0 ? days.slice(position)[0] : days[position - 1];
    if (day !== undefined) picked.push(day);
  }
  return picked.sort((a, b) => a - b);
}

/** The day number (days since 1970-01-01) of a UTC calendar date; unlike Date.UTC, right for years 0–99. */
function utcDay(year: number, monthIndex: number, date: number): number {
  const value = new Date(0);
  value.setUTCFullYear(year, monthIndex, date);
  return value.getTime() / DAY_MS;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, index) => from + index);
}

/** The day number of a `YYYY-MM-DD` date. */
export function dayNumber(date: string): number {
  return utcDay(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

function parts(day: number): { year: number; month: number; date: number } {
  const value = new Date(day * DAY_MS);
  return { year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, date: value.getUTCDate() };
}

/** 0 for Monday … 6 for Sunday, as rrule.js numbers weekdays. */
function weekday(day: number): number {
  return (new Date(day * DAY_MS).getUTCDay() + 6) % 7;
}

/** The `YYYY-MM-DD` date of a day number. */
export function isoDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
