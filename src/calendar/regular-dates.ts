// The dates of a weekly or monthly series by calendar arithmetic, for checks that need only days.
import { horizonEnd } from './horizon.js';
import type { RecurrenceFields } from './recurrence.js';
import { WEEKDAYS } from './util-weekday.js';

const DAY_MS = 86_400_000;

/**
 * The local dates (`YYYY-MM-DD`) of a schedule's regular meetings up to `last` (inclusive), for
 * weekly and monthly recurrences; undefined for raw rules and ad hoc schedules. They are the
 * dates of {@link regularStarts}, which walks rrule.js occurrence by occurrence: for ten years
 * of forty groups that was a tenth of a check. As in rrule.js (RFC 5545), weekly intervals count
 * ISO weeks and monthly intervals count months from the week or month of `from`, and the series
 * starts at its first occurrence on or after `from`. A property test holds the two together.
 * ISO-week schedules (`weeks:`) meet in the weeks whose ISO number fits, restarting each ISO year.
 */
export function regularDates(schedule: RecurrenceFields, last: string): string[] | undefined {
  const { recurrence, from } = schedule;
  if (from === undefined || recurrence.kind === 'rrule' || recurrence.kind === 'ad-hoc') return undefined;
  const horizon = horizonEnd(schedule);
  const end = horizon < last ? horizon : last;
  const start = utcDay(from);
  const weekday = WEEKDAYS.indexOf(recurrence.weekday);
  const dates: string[] = [];
  if (recurrence.kind === 'iso-weeks') {
    // Week by week: whether a week counts depends on its ISO week number, which restarts each ISO year.
    const monday = start - isoWeekday(start) * DAY_MS;
    for (let day = monday + weekday * DAY_MS; isoDate(day) <= end; day += 7 * DAY_MS) {
      if (day >= start && (isoWeek(day).week - recurrence.week) % recurrence.every === 0) dates.push(isoDate(day));
    }
    return dates;
  }
  if (recurrence.kind === 'weekly') {
    const step = 7 * recurrence.interval * DAY_MS;
    const monday = start - isoWeekday(start) * DAY_MS;
    let day = monday + weekday * DAY_MS;
    if (day < start) day += step;
    for (; isoDate(day) <= end; day += step) dates.push(isoDate(day));
    return dates;
  }
  const first = new Date(start);
  for (let month = 0; ; month += recurrence.interval) {
    const day = nthWeekday(first.getUTCFullYear(), first.getUTCMonth() + month, weekday, recurrence.nth);
    if (isoDate(day) > end) return dates;
    if (day >= start) dates.push(isoDate(day));
  }
}

/** Midnight UTC of the `nth` (1-4, or -1 for the last) ISO `weekday` (0 = Monday) of a month. */
function nthWeekday(year: number, month: number, weekday: number, nth: number): number {
  if (nth === -1) {
    const lastDay = utc(year, month + 1, 0);
    return lastDay - ((isoWeekday(lastDay) - weekday + 7) % 7) * DAY_MS;
  }
  const firstDay = utc(year, month, 1);
  return firstDay + (((weekday - isoWeekday(firstDay) + 7) % 7) + 7 * (nth - 1)) * DAY_MS;
}

function utcDay(date: string): number {
  return utc(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

/** Date.UTC, but right for the years 0–99 too (Date.UTC reads them as 1900–1999). */
function utc(year: number, monthIndex: number, date: number): number {
  const value = new Date(0);
  value.setUTCFullYear(year, monthIndex, date);
  return value.getTime();
}

/**
 * The ISO 8601 year and week number (1..53) of a day: the week belongs to the year of its
 * Thursday, and week 1 is the week with the year's first Thursday.
 */
export function isoWeek(time: number): { year: number; week: number } {
  const thursday = time + (3 - isoWeekday(time)) * DAY_MS;
  const year = new Date(thursday).getUTCFullYear();
  return { year, week: Math.floor((thursday - utc(year, 0, 1)) / (7 * DAY_MS)) + 1 };
}

/** 0 for Monday ... 6 for Sunday. */
function isoWeekday(time: number): number {
  return (new Date(time).getUTCDay() + 6) % 7;
}

function isoDate(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}
