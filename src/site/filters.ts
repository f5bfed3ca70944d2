// Display-only Nunjucks filters: formatting, never computing what to show.
import { DateTime } from 'luxon';
import { longDate } from '../model/days.js';
import { statusText } from '../model/render-action.js';
import { actionItems } from './action-items.js';
import type { EleventyConfig } from './eleventy-config.js';

/** A list of names joined for reading: "A, B and C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** Upper-cases the first letter only (Nunjucks' `capitalize` lower-cases the rest, zone names too). */
export function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** `23 November 2026, 12:00 UTC` for an ISO instant. */
export function instantText(instant: string): string {
  return DateTime.fromISO(instant, { zone: 'utc' }).setLocale('en-GB').toFormat("d LLLL yyyy, HH:mm 'UTC'");
}

/** Registers the filters on an Eleventy configuration. */
export function addFilters(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addFilter('longDate', longDate);
  eleventyConfig.addFilter('statusText', statusText);
  eleventyConfig.addFilter('joinNames', joinNames);
  eleventyConfig.addFilter('sentence', sentence);
  eleventyConfig.addFilter('instantText', instantText);
  eleventyConfig.addFilter('actionItems', actionItems);
}
