// Calendar-day arithmetic on `YYYY-MM-DD` strings, through luxon.
import { DateTime } from 'luxon';

// A wiki has a few thousand distinct days but asks about them hundreds of thousands of times
// (every action's age, every date on every page): each answer is computed once.
const dayNumbers = new Map<string, number>();
const longDates = new Map<string, string>();

/** Whole days from `from` to `to` (both `YYYY-MM-DD`); negative when `to` is earlier; NaN if invalid. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** `11 April 2014` for `2014-04-11`. */
export function longDate(date: string): string {
  let text = longDates.get(date);
  if (text === undefined) longDates.set(date, (text = DateTime.fromISO(date, { zone: 'utc' }).setLocale('en-GB').toFormat('d LLLL yyyy')));
  return text;
}

/** Days since 1970-01-01 of a `YYYY-MM-DD` day, through luxon, memoised. */
function dayNumber(date: string): number {
  let days = dayNumbers.get(date);
  if (days === undefined) {
    const day = DateTime.fromISO(date, { zone: 'utc' });
    days = day.isValid ? Math.round(day.toMillis() / 86_400_000) : Number.NaN;
    dayNumbers.set(date, days);
  }
  return days;
}
