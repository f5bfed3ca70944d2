// The years a feed is exact for: from before its first meeting to the horizon past the build.
import type { DateTime } from 'luxon';
import type { Schedule } from './cadence-schema.js';
import { FEED_HORIZON_YEARS, type YearRange } from './vtimezone.js';

/**
 * The years a feed describes exactly: from the year before the earliest date its schedules
 * mention (so the VTIMEZONE's first observance is before the first meeting) to the later of
 * {@link FEED_HORIZON_YEARS} after the build and the year after the last date mentioned.
 */
export function feedYears(schedules: readonly Pick<Schedule, 'from' | 'until' | 'dates' | 'moved'>[], generatedAt: DateTime): YearRange {
  const years = schedules
    .flatMap((schedule) => [schedule.from, schedule.until, ...schedule.dates.map((d) => d.date), ...schedule.moved.flatMap((m) => [m.from, m.to])])
    .filter((date): date is string => date !== undefined)
    .map((date) => Number(date.slice(0, 4)));
  return { fromYear: Math.min(generatedAt.year, ...years) - 1, toYear: Math.max(generatedAt.year + FEED_HORIZON_YEARS, ...years.map((year) => year + 1)) };
}
