// Weekday names as written in group.yaml, and their RFC 5545 / rrule codes.
import rrulePkg from 'rrule';

const { RRule } = rrulePkg;

/** The seven weekday names, Monday first (ISO 8601 order). */
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

/** A weekday, as a lower-case English name. */
export type Weekday = (typeof WEEKDAYS)[number];

/** RFC 5545 BYDAY codes in the order of {@link WEEKDAYS}. */
const CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

/**
 * Reads a weekday written as a full name, a plural ("Tuesdays") or a three-letter abbreviation,
 * ignoring case. Returns undefined when the text is not a weekday.
 */
export function parseWeekday(text: string): Weekday | undefined {
  const word = text.trim().toLowerCase().replace(/s$/, '');
  return WEEKDAYS.find((day) => day === word || (word.length === 3 && day.startsWith(word)));
}

/** The RFC 5545 BYDAY code of a weekday: `tuesday` → `TU`. */
export function weekdayCode(day: Weekday): (typeof CODES)[number] {
  return CODES[WEEKDAYS.indexOf(day)]!;
}

/** The rrule.js Weekday object for a weekday, optionally with an ordinal (1..4, or -1 for last). */
export function rruleWeekday(day: Weekday, nth?: number): rrulePkg.Weekday {
  const weekday = [RRule.MO, RRule.TU, RRule.WE, RRule.TH, RRule.FR, RRule.SA, RRule.SU][WEEKDAYS.indexOf(day)]!;
  return nth === undefined ? weekday : weekday.nth(nth);
}

/** The weekday of an ISO 8601 weekday number (luxon's `weekday`: 1 = Monday ... 7 = Sunday). */
export function weekdayOfIsoNumber(isoWeekday: number): Weekday {
  return WEEKDAYS[isoWeekday - 1]!;
}
