// Display-only Nunjucks filters: formatting, never computing what to show.
import { longDate } from '../model/days.js';
import type { EleventyConfig } from './eleventy-config.js';

/** "1 day" / "212 days". */
export function days(count: number): string {
  return `${count} day${count === 1 ? '' : 's'}`;
}

/** A list of names joined for reading: "A, B and C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** Registers the filters on an Eleventy configuration. */
export function addFilters(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addFilter('longDate', longDate);
  eleventyConfig.addFilter('days', days);
  eleventyConfig.addFilter('joinNames', joinNames);
}
