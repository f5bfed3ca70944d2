// Calendar-day arithmetic on `YYYY-MM-DD` strings, through luxon.
import { DateTime } from 'luxon';

/** Whole days from `from` to `to` (both `YYYY-MM-DD`); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round(DateTime.fromISO(to, { zone: 'utc' }).diff(DateTime.fromISO(from, { zone: 'utc' }), 'days').days);
}

/** `11 April 2014` for `2014-04-11`. */
export function longDate(date: string): string {
  return DateTime.fromISO(date, { zone: 'utc' }).setLocale('en-GB').toFormat('d LLLL yyyy');
}
