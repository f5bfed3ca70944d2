// Local ("floating") wall times and their conversion to instants in an IANA zone, per RFC 5545.
import { DateTime, IANAZone } from 'luxon';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

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

/** How a wall time exists in a zone on its date. */
export type WallTimeKind = 'normal' | 'gap' | 'overlap';

/**
 * The instants at which a floating wall time happens in `zone`: one normally, two in a fall-back
 * overlap (earliest first), none in a spring-forward gap. `before` is the UTC offset in minutes
 * in force before any change near that time, which reads a gap time as RFC 5545 §3.3.5 does.
 *
 * Worked out from the zone's offsets alone, never from today's offset: luxon's
 * `DateTime.fromObject` starts from the offset *now* and gives up after two corrections, which
 * put 2010–2011 times in Pacific/Apia (then -11:00, now +13:00), America/Scoresbysund,
 * Asia/Khandyga and Asia/Ust-Nera an hour or a day off.
 */
export function wallTimeInstants(value: Date, zone: string): { instants: number[]; before: number } {
  const tz = IANAZone.create(zone);
  const local = value.getTime();
  // No zone changes its offset twice within two days, so the offsets two days either side are
  // the only candidates; an offset fits a wall time when the instant it gives has that offset.
  const before = tz.offset(local - 2 * DAY_MS);
  const after = tz.offset(local + 2 * DAY_MS);
  const fits = [...new Set([before, after])].filter((offset) => tz.offset(local - offset * MINUTE_MS) === offset);
  return { instants: fits.map((offset) => local - offset * MINUTE_MS).sort((a, b) => a - b), before };
}

/** Whether a floating wall time is skipped (`gap`), happens twice (`overlap`) or once in `zone`. */
export function wallTimeKind(value: Date, zone: string): WallTimeKind {
  const { instants } = wallTimeInstants(value, zone);
  return instants.length === 0 ? 'gap' : instants.length > 1 ? 'overlap' : 'normal';
}

/**
 * The instant at which a floating wall time happens in `zone`. A wall time that does not exist
 * (the spring-forward gap) is read with the offset before the gap, as RFC 5545 §3.3.5 says: 02:30
 * on a New York spring-forward day is 03:30 EDT. A wall time that happens twice (the fall-back
 * overlap) is the *second* of the two, after the clocks went back: 01:30 on a New York fall-back
 * day is 01:30 EST. RFC 5545 says the first, but ical.js, libical, Python's icalendar and vobject
 * all take the second, and a meeting written 01:30–02:30 then lasts from 01:30 to 02:30 on the
 * clock. Feeds write such meetings in UTC too (see ics-events.ts), so every client agrees.
 */
export function inZone(value: Date, zone: string): DateTime {
  const { instants, before } = wallTimeInstants(value, zone);
  const instant = instants.length === 0 ? value.getTime() - before * MINUTE_MS : instants[instants.length - 1]!;
  return DateTime.fromMillis(instant, { zone });
}

/**
 * Whether a meeting at a floating wall time, `minutes` long, meets a clock change in `zone`: its
 * start is skipped or repeated, its clock-face end is, or the clocks change while it runs. Then
 * calendar apps may place it differently (each reads gaps and overlaps its own way, and ical.js
 * adds a length on the clock face), so feeds give such a meeting its start and end in UTC.
 */
export function meetsClockChange(start: Date, minutes: number, zone: string): boolean {
  if (wallTimeKind(start, zone) !== 'normal') return true;
  const begin = inZone(start, zone);
  const end = begin.plus({ minutes });
  return begin.offset !== end.offset || wallTimeKind(new Date(start.getTime() + minutes * MINUTE_MS), zone) !== 'normal';
}

/** An ISO 8601 timestamp with the zone's offset and no milliseconds: `2014-04-22T14:00:00+01:00`. */
export function isoWithOffset(value: DateTime): string {
  return value.toISO({ suppressMilliseconds: true, includeOffset: true })!;
}
