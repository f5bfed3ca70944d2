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

/**
 * The longest id (of a person, group, venue, schedule or action prefix), in characters. Ids
 * name folders of the site (`people/<id>/`), and most file systems refuse a name of more than
 * 255 bytes; 64 leaves room and is far more than a name needs.
 */
export const MAX_ID_LENGTH = 64;

/** The message of an id over {@link MAX_ID_LENGTH}. */
export const ID_TOO_LONG = `ids are at most ${MAX_ID_LENGTH} characters; shorten it`;

/** A venue or schedule id: lower-case letters, digits and hyphens, starting with a letter. */
export const IdSchema = z
  .string({ error: 'expected an id like `bluejeans`' })
  .max(MAX_ID_LENGTH, { message: ID_TOO_LONG })
  .regex(/^[a-z][a-z0-9-]*$/, { message: 'ids are lower-case letters, digits and hyphens, starting with a letter' });

// C0 controls but tab, line feed and carriage return; DEL; C1 controls. They show as nothing or
// as boxes, corrupt terminals that print diagnostics, and XML cannot hold most of them.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const LINE_BREAK = /[\n\r]/;

/**
 * The first control character of `text` as `U+0000`, or undefined when it has none. With
 * `lines: false` (a name or a title) line breaks count too; tabs never do.
 */
export function controlCharacterIn(text: string, options: { lines: boolean }): string | undefined {
  const match = CONTROL.exec(text) ?? (options.lines ? null : LINE_BREAK.exec(text));
  return match ? `U+${match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` : undefined;
}

/**
 * One line of text shown on the site: a name, a title, a heading. Control characters, line
 * breaks included, are errors, since no page, feed or calendar could show them as written.
 */
export const NameSchema = z
  .string()
  .min(1)
  .superRefine((text, ctx) => {
    const found = controlCharacterIn(text, { lines: false });
    if (found) ctx.addIssue({ code: 'custom', message: `contains the control character ${found}; names and titles are one line of plain text` });
  });

/** Text of several lines (a description): tabs and line breaks are fine, other control characters are errors. */
export const TextSchema = z.string().superRefine((text, ctx) => {
  const found = controlCharacterIn(text, { lines: true });
  if (found) ctx.addIssue({ code: 'custom', message: `contains the control character ${found}; remove it` });
});

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
