// The years a feed is exact for: from before its first meeting to the horizon past the build.
import type { DateTime } from 'luxon';
import type { Schedule } from './cadence-schema.js';
import { HORIZON_YEARS } from './horizon.js';
import { FEED_HORIZON_YEARS, type YearRange } from './vtimezone.js';

/**
 * The years a VTIMEZONE covers at most on either side of the feed's year. Its cost grows with its
 * years, so dates in the year 1 or 9999 must not widen it without end; before these years zones
 * kept local mean time, and the last rule of a VTIMEZONE has no end anyway.
 */
export const VTIMEZONE_YEARS = { before: 200, after: HORIZON_YEARS };

/**
 * The years a feed describes exactly: from the year before the earliest date its schedules
 * mention (so the VTIMEZONE's first observance is before the first meeting) to the later of
 * {@link FEED_HORIZON_YEARS} after the build and the year after the last date mentioned, within
 * {@link VTIMEZONE_YEARS} of the build year.
 */
export function feedYears(schedules: readonly Pick<Schedule, 'from' | 'until' | 'dates' | 'moved'>[], generatedAt: DateTime): YearRange {
  let [first, last] = [generatedAt.year, generatedAt.year + FEED_HORIZON_YEARS - 1];
  // A loop, not Math.min(...years): a spread of many thousands of dates overflows the stack.
  for (const schedule of schedules) {
    for (const date of [schedule.from, schedule.until, ...schedule.dates.map((d) => d.date), ...schedule.moved.flatMap((m) => [m.from, m.to])]) {
      if (date === undefined) continue;
      const year = Number(date.slice(0, 4));
      [first, last] = [Math.min(first, year), Math.max(last, year)];
    }
  }
  return {
    fromYear: Math.max(first - 1, generatedAt.year - VTIMEZONE_YEARS.before),
    toYear: Math.min(Math.max(generatedAt.year + FEED_HORIZON_YEARS, last + 1), generatedAt.year + VTIMEZONE_YEARS.after),
  };
}
