// Local ("floating") wall times and their conversion to instants in an IANA zone, per RFC 5545.
import { DateTime } from 'luxon';

/**
 * rrule.js computes recurrences on JavaScript Dates whose UTC fields are read as a floating wall
 * time (no zone). These helpers convert between such Dates and ISO local date-times.
 */

/** A floating Date for a local date and time: `('2014-04-22', '14:00')` → 2014-04-22T14:00 "UTC". */
export function floating(date: string, time = '00:00'): Date {
  return DateTime.fromISO(`${date}T${time}`, { zone: 'utc' }).toJSDate();
}

/** The local date (`YYYY-MM-DD`) of a floating Date. */
export function floatingDate(value: Date): string {
  return DateTime.fromJSDate(value, { zone: 'utc' }).toISODate()!;
}

/** The floating Date showing the wall time of an instant in a zone. */
export function toFloating(instant: DateTime, zone: string): Date {
  const local = instant.setZone(zone);
  return DateTime.fromObject(local.toObject(), { zone: 'utc' }).toJSDate();
}

/**
 * The instant at which a floating wall time happens in `zone`, following RFC 5545 §3.3.5:
 * a wall time that does not exist (the spring-forward gap) is read with the offset before the
 * gap, so 02:30 on a New York spring-forward day is 03:30 EDT; a wall time that happens twice
 * (the fall-back overlap) is the first of the two, so 01:30 on a New York fall-back day is
 * 01:30 EDT (-04:00), not EST.
 */
export function inZone(value: Date, zone: string): DateTime {
  const local = DateTime.fromJSDate(value, { zone: 'utc' }).toObject();
  const candidate = DateTime.fromObject(local, { zone });
  // luxon already moves gap times forward by the gap; for overlaps it picks the later offset.
  const earliest = candidate.getPossibleOffsets().sort((a, b) => a.toMillis() - b.toMillis())[0];
  return earliest ?? candidate;
}

/** An ISO 8601 timestamp with the zone's offset and no milliseconds: `2014-04-22T14:00:00+01:00`. */
export function isoWithOffset(value: DateTime): string {
  return value.toISO({ suppressMilliseconds: true, includeOffset: true })!;
}
