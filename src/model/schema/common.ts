// Schema pieces shared by several file kinds: ids, dates, zones, links, person references.
import { DateTime, IANAZone } from 'luxon';
import { z } from 'zod';

/** Lower-case id used in URLs: `centos-virt`, `lars-kurth`. */
export const IdSchema = z
  .string()
  .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'ids are lower-case letters, digits and single hyphens, starting with a letter');

/** A calendar day written `YYYY-MM-DD` that exists (no 2014-02-30). */
export const IsoDateSchema = z
  .string()
  .refine((text) => /^\d{4}-\d{2}-\d{2}$/.test(text) && DateTime.fromISO(text, { zone: 'utc' }).isValid, 'not a YYYY-MM-DD calendar day');

/** An IANA time-zone name such as `Europe/London` or `UTC`. */
export const TimeZoneSchema = z
  .string()
  .refine((zone) => IANAZone.isValidZone(zone), 'not an IANA time zone name (e.g. Europe/London, America/New_York, UTC)');

/** A link a reader may follow: only schemes that cannot run script. */
export const SafeUrlSchema = z
  .string()
  .regex(/^(?:https?:\/\/|mailto:|ircs?:\/\/)\S+$/i, 'links must start with https://, http://, mailto: or irc://');

/** One person or a list of people, by id, name or alias; always a list once parsed. */
export const PersonRefsSchema = z
  .union([z.string().min(1), z.array(z.string().min(1))])
  .transform((value) => (typeof value === 'string' ? [value] : value));
