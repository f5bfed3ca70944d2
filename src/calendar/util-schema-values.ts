// Zod schemas for the small values of a cadence: dates, ids and IANA time zones.
import { z } from 'zod';
import { DateTime, IANAZone } from 'luxon';
import { closest } from 'fastest-levenshtein';
import { weekdayOfIsoNumber, type Weekday } from './util-weekday.js';
import { writtenAs } from './util-written-form.js';

/** A real calendar day written `YYYY-MM-DD` (YAML 1.2 keeps it as text). */
export const DateSchema = z
  .string({ error: 'expected a date like 2014-04-22' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'expected a date like 2014-04-22' })
  .refine((text) => DateTime.fromISO(text).isValid, { message: 'not a real day' });

/** The weekday of a `YYYY-MM-DD` date. */
export function weekdayOfDate(date: string): Weekday {
  return weekdayOfIsoNumber(DateTime.fromISO(date, { zone: 'utc' }).weekday);
}

/** A venue or schedule id: lower-case letters, digits and hyphens, starting with a letter. */
export const IdSchema = z
  .string({ error: 'expected an id like `bluejeans`' })
  .regex(/^[a-z][a-z0-9-]*$/, { message: 'ids are lower-case letters, digits and hyphens, starting with a letter' });

/** Canonical spelling of a zone name, as the platform resolves it (`utc` → `UTC`). */
function resolvedName(zone: string): string {
  return new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
}

/**
 * The characters of every IANA zone name: a letter, then letters, digits and `_+-./`. Offsets
 * such as `+02:00`, which newer platforms accept as a time zone, do not match: they are no zone.
 */
export const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+\-./]*$/;

/**
 * An IANA time zone name (`Europe/London`, `America/New_York`, `UTC`). Names must be spelled
 * with their canonical case, because calendar apps match TZIDs exactly. Unknown names get a
 * "did you mean" from the platform's list of zones.
 */
export const TimeZoneSchema = writtenAs(
  z.string({ error: 'expected an IANA time zone like Europe/London' }).superRefine((zone, ctx) => {
    if (!IANAZone.isValidZone(zone) || !ZONE_NAME.test(zone)) {
      // Zone names are short: a long value gets no suggestion (each comparison costs its length).
      const suggestion = zone.length <= 64 ? closest(zone, Intl.supportedValuesOf('timeZone')) : undefined;
      const name = zone.length <= 64 ? zone : `${zone.slice(0, 64)}…`;
      ctx.addIssue({ code: 'custom', message: suggestion ? `unknown time zone "${name}"; did you mean "${suggestion}"?` : `unknown time zone "${name}"` });
      return;
    }
    const resolved = resolvedName(zone);
    if (resolved !== zone && resolved.toLowerCase() === zone.toLowerCase()) {
      ctx.addIssue({ code: 'custom', message: `write the time zone as "${resolved}"` });
    }
  }),
  z.string().regex(ZONE_NAME),
);
