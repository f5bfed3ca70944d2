// Hands ical-generator a wall time exactly as written, even one that a DST gap skips.
import { DateTime } from 'luxon';
import type { ICalTemporalPlainDateTimeStub, ICalTemporalZonedDateTimeStub } from 'ical-generator';
import { inZone } from './util-local-time.js';

/**
 * ical-generator converts luxon dates into the event's zone, which would turn a nonexistent
 * 02:30 into 03:30 and move the whole series. RFC 5545 wants the nominal wall time (a DTSTART,
 * EXDATE or RECURRENCE-ID of 02:30 on a spring-forward day *means* 03:30 that day), so we pass
 * a Temporal.PlainDateTime-shaped object, which ical-generator writes field by field.
 * `value` is a floating Date (see util-local-time); `zone` is only used for `toInstant`.
 */
export function icalWallTime(value: Date, zone: string): ICalTemporalPlainDateTimeStub {
  const wall = DateTime.fromJSDate(value, { zone: 'utc' });
  const fields = { year: wall.year, month: wall.month, day: wall.day, hour: wall.hour, minute: wall.minute, second: wall.second };
  const text = wall.toISO({ includeOffset: false, suppressMilliseconds: true })!;
  const date = { year: wall.year, month: wall.month, day: wall.day, toString: () => wall.toISODate()!, toJSON: () => wall.toISODate()! };
  const plain: ICalTemporalPlainDateTimeStub = {
    ...fields,
    toPlainDate: () => date,
    toZonedDateTime: (timeZoneId: string) => zoned(timeZoneId),
    toString: () => text,
    toJSON: () => text,
  };
  const zoned = (timeZoneId: string): ICalTemporalZonedDateTimeStub => ({
    ...fields,
    timeZoneId,
    toPlainDateTime: () => plain,
    withTimeZone: (other: string) => zoned(other),
    toInstant: () => {
      const instant = inZone(value, zone);
      return {
        epochMilliseconds: instant.toMillis(),
        toJSON: () => instant.toUTC().toISO()!,
        toString: () => instant.toUTC().toISO()!,
        toZonedDateTimeISO: (other: string) => zoned(other),
      };
    },
    toString: () => text,
    toJSON: () => text,
  });
  return plain;
}
