// Calendar-day arithmetic on `YYYY-MM-DD` strings (proleptic Gregorian, no time zones).

// A wiki has a few thousand distinct days but asks about them hundreds of thousands of times
// (every action's age, every date on every page): each answer is computed once.
const dayNumbers = new Map<string, number>();
const longDates = new Map<string, string>();

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whole days from `from` to `to` (both `YYYY-MM-DD`); negative when `to` is earlier; NaN if invalid. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** True for a `YYYY-MM-DD` string naming a real calendar day (no 2023-02-29, no 2024-13-01). */
export function isCalendarDay(text: string): boolean {
  return !Number.isNaN(dayNumber(text));
}

/**
 * The days sigwiki accepts for meetings and due dates, `YYYY-MM-DD`, both included. Within them
 * every date, calendar and chart computation is exact; outside, JavaScript dates break down
 * (years below 100 are read as 19xx, a chart coordinate becomes NaN) and a cadence would be
 * walked over thousands of years. Minutes of real meetings fall well inside.
 */
export const SUPPORTED_DAYS = { first: '1900-01-01', last: '2999-12-31' } as const;

/** True for a calendar day within {@link SUPPORTED_DAYS}. */
export function isSupportedDay(text: string): boolean {
  return isCalendarDay(text) && text >= SUPPORTED_DAYS.first && text <= SUPPORTED_DAYS.last;
}

/** `11 April 2014` for `2014-04-11`; anything that is not a calendar day comes back as written. */
export function longDate(date: string): string {
  let text = longDates.get(date);
  if (text === undefined) {
    const match = DAY.exec(date);
    text = match && isCalendarDay(date) ? `${Number(match[3])} ${MONTHS[Number(match[2]) - 1]} ${match[1]}` : date;
    longDates.set(date, text);
  }
  return text;
}

/**
 * Days since 1970-01-01 of a `YYYY-MM-DD` day, NaN when it is not one; memoised. Plain UTC
 * arithmetic: a calendar day has no zone, and luxon took a third of a 10k check's linking here.
 */
function dayNumber(date: string): number {
  let days = dayNumbers.get(date);
  if (days === undefined) {
    days = Number.NaN;
    const match = DAY.exec(date);
    if (match) {
      const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
      const stamp = new Date(0);
      stamp.setUTCFullYear(year, month - 1, day);
      // Date rolls 2023-02-29 over to 1 March: a day that does not round-trip does not exist.
      if (stamp.getUTCFullYear() === year && stamp.getUTCMonth() === month - 1 && stamp.getUTCDate() === day) {
        days = Math.round(stamp.getTime() / 86_400_000);
      }
    }
    dayNumbers.set(date, days);
  }
  return days;
}
