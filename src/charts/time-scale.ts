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

/**
 * A scale from `start` to `end`. A range of zero days is widened to one, so a single day sits at
 * `left` and nothing divides by zero. Ticks mark 1 January of each year inside the range (at most
 * `maxTicks`, every n-th year past that), plus the start year at `left` when there is room.
 */
export function timeScale(start: string, end: string, left: number, right: number, maxTicks = 8): TimeScale {
  const span = Math.max(1, daysBetween(start, end));
  const x = (date: string) => left + (daysBetween(start, date) / span) * (right - left);
  const firstYear = Number(start.slice(0, 4));
  const lastYear = Number(end.slice(0, 4));
  const years: number[] = [];
  for (let year = firstYear + 1; year <= lastYear; year += 1) years.push(year);
  const step = Math.ceil(years.length / maxTicks);
  const ticks = years.filter((_, index) => index % step === 0).map((year) => ({ x: x(`${year}-01-01`), label: String(year) }));
  // Name the start year too when the first new year is far enough in to leave room for it.
  if (ticks.length === 0 || ticks[0]!.x - left >= 40) ticks.unshift({ x: left, label: String(firstYear) });
  return { x, ticks };
}
