// A month as weeks of days (Monday first), with the meetings of each day: the calendar page's grid.
import { DateTime } from 'luxon';

/** One day cell; `inMonth` is false for the leading and trailing days of other months. */
export interface GridDay<T> {
  date: string;
  day: number;
  inMonth: boolean;
  meetings: T[];
}

/** A month to draw: its title and its weeks. */
export interface MonthGrid<T> {
  /** `YYYY-MM`. */
  month: string;
  /** `November 2026`. */
  title: string;
  weeks: GridDay<T>[][];
}

/**
 * The grid of `month` (`YYYY-MM`), placing each meeting on its `dateOf(meeting)` day
 * (`YYYY-MM-DD`, in whatever zone the caller chose). Weeks run Monday to Sunday. With `from`
 * (`YYYY-MM-DD`, the first meeting's day), weeks that end more than a day before it are left
 * out: a calendar of coming meetings built on the 23rd would otherwise open on three empty
 * weeks. The day before is kept so a meeting the reader's zone moves back a day still has a cell.
 */
export function monthGrid<T>(month: string, meetings: readonly T[], dateOf: (meeting: T) => string, from?: string): MonthGrid<T> {
  const first = DateTime.fromISO(`${month}-01`, { zone: 'utc' });
  const byDate = new Map<string, T[]>();
  for (const meeting of meetings) {
    const date = dateOf(meeting);
    const list = byDate.get(date);
    if (list) list.push(meeting);
    else byDate.set(date, [meeting]);
  }
  const weeks: GridDay<T>[][] = [];
  let day = first.minus({ days: first.weekday - 1 });
  while (day <= first.endOf('month') || day.weekday !== 1) {
    if (day.weekday === 1) weeks.push([]);
    const date = day.toISODate()!;
    weeks.at(-1)!.push({ date, day: day.day, inMonth: day.month === first.month, meetings: byDate.get(date) ?? [] });
    day = day.plus({ days: 1 });
  }
  const keepFrom = from ? DateTime.fromISO(from, { zone: 'utc' }).minus({ days: 1 }).toISODate()! : '';
  const kept = weeks.filter((week) => week.at(-1)!.date >= keepFrom);
  return { month, title: first.setLocale('en-GB').toFormat('LLLL yyyy'), weeks: kept };
}

/**
 * The months (`YYYY-MM`) a calendar page draws for meetings on `dates` (`YYYY-MM-DD`): from the
 * month of the earliest to the month of the latest, so the page never opens on an empty month
 * (built on the 30th, the rest of that month may hold no meeting). Empty when there are no dates.
 */
export function calendarMonths(dates: readonly string[]): string[] {
  if (dates.length === 0) return [];
  const sorted = [...dates].sort();
  const last = DateTime.fromISO(`${sorted.at(-1)!.slice(0, 7)}-01`, { zone: 'utc' });
  const months: string[] = [];
  for (let month = DateTime.fromISO(`${sorted[0]!.slice(0, 7)}-01`, { zone: 'utc' }); month <= last; month = month.plus({ months: 1 })) {
    months.push(month.toFormat('yyyy-MM'));
  }
  return months;
}
