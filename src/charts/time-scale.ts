// Maps calendar days to x positions, with year ticks that stay sparse on long ranges.
import { daysBetween } from '../model/days.js';

/** A labelled position on the x axis, in viewBox units. */
export interface Tick {
  x: number;
  label: string;
}

/** A linear day → x mapping over `[start, end]` (`YYYY-MM-DD`), onto `[left, right]`. */
export interface TimeScale {
  x(date: string): number;
  ticks: Tick[];
}

/** Room a year label needs to the right of its tick, in viewBox units. */
const LABEL_ROOM = 30;

/**
 * A scale from `start` to `end`. A range of zero days is widened to one, so a single day sits at
 * `left` and nothing divides by zero. Ticks mark 1 January of each year inside the range (at most
 * `maxTicks`, every n-th year past that), plus the start year at `left` when there is room; a
 * tick too near `right` for its label is left out. With `fromYearStart` the axis begins on
 * 1 January of the start year, if that lengthens it by at most a third, so data from April 2014
 * sits on an axis labelled from 2014 (the first new year would otherwise crowd the start year out,
 * and the axis would seem to begin in 2015); a short range keeps its own start.
 */
export function timeScale(start: string, end: string, left: number, right: number, maxTicks = 8, options: { fromYearStart?: boolean } = {}): TimeScale {
  const yearStart = `${start.slice(0, 4)}-01-01`;
  const aligned = options.fromYearStart === true && daysBetween(yearStart, start) * 3 <= daysBetween(start, end);
  const from = aligned ? yearStart : start;
  const span = Math.max(1, daysBetween(from, end));
  const x = (date: string) => left + (daysBetween(from, date) / span) * (right - left);
  const firstYear = Number(start.slice(0, 4));
  const lastYear = Number(end.slice(0, 4));
  const years: number[] = [];
  for (let year = aligned ? firstYear : firstYear + 1; year <= lastYear; year += 1) years.push(year);
  const step = Math.ceil(years.length / maxTicks);
  const ticks = years
    .filter((_, index) => index % step === 0)
    .map((year) => ({ x: x(`${year}-01-01`), label: String(year) }))
    .filter((tick, index) => index === 0 || tick.x <= right - LABEL_ROOM);
  // Name the start year too when the first new year is far enough in to leave room for it.
  if (ticks.length === 0 || ticks[0]!.x - left >= 40) ticks.unshift({ x: left, label: String(firstYear) });
  return { x, ticks };
}
