// Schema pieces shared by several file kinds: ids, dates, zones, links, person references.
import { DateTime, IANAZone } from 'luxon';
import { z } from 'zod';
import { ID_TOO_LONG, MAX_ID_LENGTH, NameSchema, TextSchema, ZONE_NAME } from '../../calendar/util-schema-values.js';
import { writtenAs } from '../../calendar/util-written-form.js';

/** Lower-case id used in URLs: `centos-virt`, `lars-kurth`. */
export const IdSchema = z
  .string()
  .max(MAX_ID_LENGTH, ID_TOO_LONG)
  .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'ids are lower-case letters, digits and single hyphens, starting with a letter');

export { MAX_ID_LENGTH, NameSchema, TextSchema };

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar day written `YYYY-MM-DD` that exists (no 2014-02-30). */
export const IsoDateSchema = writtenAs(
  z.string().refine((text) => DAY.test(text) && DateTime.fromISO(text, { zone: 'utc' }).isValid, 'not a YYYY-MM-DD calendar day'),
  z.string().regex(DAY),
);

/**
 * An IANA time-zone name such as `Europe/London` or `UTC`. Offsets (`+02:00`), which newer
 * platforms accept, are refused on every platform: they are no zone.
 */
export const TimeZoneSchema = writtenAs(
  z
    .string()
    .refine((zone) => ZONE_NAME.test(zone) && IANAZone.isValidZone(zone), 'not an IANA time zone name (e.g. Europe/London, America/New_York, UTC)')
    .describe('IANA time zone name, e.g. Europe/London, America/New_York or UTC'),
  z.string().regex(ZONE_NAME),
);

// `\S` in the link patterns lets control characters through; no link or path needs one.
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/;

/** True when `text` has no control character (C0, DEL, C1), line breaks and tabs included. */
export function hasNoControl(text: string): boolean {
  return !CONTROL.test(text);
}

/** A link a reader may follow: only schemes that cannot run script. */
export const SafeUrlSchema = z
  .string()
  .regex(/^(?:https?:\/\/|mailto:|ircs?:\/\/)\S+$/i, 'links must start with https://, http://, mailto: or irc://')
  .refine(hasNoControl, 'links must not contain control characters');

/** One person or a list of people, by id, name or alias; always a list once parsed. */
export const PersonRefsSchema = z
  .union([NameSchema, z.array(NameSchema)])
  .transform((value) => (typeof value === 'string' ? [value] : value));
