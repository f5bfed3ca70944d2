// How far ahead a schedule's meetings are computed: a fixed horizon, whatever the content says.
import { dayNumber, isoDate } from './rule-days.js';

/**
 * How far a series is followed: meetings are computed for this many years from `from:` (or up
 * to `until:`, if sooner), and none after. It bounds the work of every schedule by the horizon,
 * whatever dates a file names: a cancelled date in the year 9999 once meant expanding every
 * meeting until then, and a rule that never occurs was searched until then.
 */
export const HORIZON_YEARS = 100;

/** The last day (`YYYY-MM-DD`) of a schedule's horizon: `until:`, or the day before `from:` + HORIZON_YEARS. */
export function horizonEnd(schedule: { from?: string | undefined; until?: string | undefined }): string {
  const from = schedule.from ?? '0001-01-01';
  const year = Number(from.slice(0, 4)) + HORIZON_YEARS;
  const end = year > 9999 ? '9999-12-31' : isoDate(dayNumber(`${String(year).padStart(4, '0')}${from.slice(4, 7)}-01`) + Number(from.slice(8, 10)) - 2);
  return schedule.until !== undefined && schedule.until < end ? schedule.until : end;
}

