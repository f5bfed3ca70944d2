// The next meeting(s) of a group at a given moment: "now" is always a parameter.
import { DateTime } from 'luxon';
import type { Cadence } from './cadence-schema.js';
import { occurrences, type Occurrence } from './occurrences.js';

/**
 * The first `count` confirmed meetings that have not ended at `now` (an ISO 8601 instant), in
 * start order. A meeting in progress counts as the next one; cancelled meetings never do.
 * `occurrences` must be sorted by start, as {@link occurrences} returns them.
 */
export function nextMeetings(list: readonly Occurrence[], now: string, count: number): Occurrence[] {
  const at = DateTime.fromISO(now, { setZone: true }).toMillis();
  return list.filter((meeting) => meeting.status === 'confirmed' && DateTime.fromISO(meeting.end).toMillis() > at).slice(0, count);
}

/** The next confirmed meeting that has not ended at `now`, or undefined. */
export function nextMeeting(list: readonly Occurrence[], now: string): Occurrence | undefined {
  return nextMeetings(list, now, 1)[0];
}

/** Options of {@link upcomingMeetings}. */
export interface UpcomingOptions {
  /** The group's zone, for schedules that do not name one. */
  defaultTimeZone: string;
  /** ISO 8601 instant taken as the present. */
  now: string;
  /** How many meetings to return. */
  count: number;
  /** How far ahead to look, in days; default 400 (enough for a yearly meeting). */
  horizonDays?: number;
}

/**
 * The next `count` meetings of a cadence after `now`, computed from the cadence directly.
 * Looks back one day so that a meeting in progress is found.
 */
export function upcomingMeetings(cadence: Cadence, options: UpcomingOptions): Occurrence[] {
  const now = DateTime.fromISO(options.now, { setZone: true });
  const list = occurrences(cadence, {
    defaultTimeZone: options.defaultTimeZone,
    from: now.minus({ days: 1 }).toISO()!,
    to: now.plus({ days: options.horizonDays ?? 400 }).toISO()!,
  });
  return nextMeetings(list, options.now, options.count);
}
