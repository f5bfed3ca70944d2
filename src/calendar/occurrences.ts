// Every meeting of a cadence in a time window: regular, cancelled, moved and one-off, with venues.
import { DateTime } from 'luxon';
import type { Cadence, Schedule } from './cadence-schema.js';
import { occurrenceIndex, regularStarts } from './recurrence.js';
import { floating, floatingDate, inZone, isoWithOffset, toFloating } from './util-local-time.js';

/** One meeting of a schedule. */
export interface Occurrence {
  /** Stable key, unique within a group: `<schedule id>/<local date of the regular or one-off meeting>`. */
  key: string;
  scheduleId: string;
  /** ISO 8601 start with the offset of `timeZone` at that instant: `2014-04-22T14:00:00+01:00` (`Z` when the zone is UTC). */
  start: string;
  /** ISO 8601 end, same zone. */
  end: string;
  /** The IANA zone the meeting is anchored in (`UTC` for UTC-anchored schedules). */
  timeZone: string;
  /** Venue id, when the schedule names venues (alternating ones in turn). */
  venue?: string;
  /** `cancelled` meetings are listed (so pages can say so) but are not "next meetings". */
  status: 'confirmed' | 'cancelled';
  /** `regular` (from the recurrence), `moved` (a regular meeting at another time) or `one-off`. */
  kind: 'regular' | 'moved' | 'one-off';
  /** For moved meetings: the regular start it replaces (this is the RECURRENCE-ID in .ics). */
  originalStart?: string;
  /** 0-based position in the recurrence, counting from the first date (cancelled ones included). */
  index?: number;
}

/** The window and the zone to use for schedules that do not name one. */
export interface OccurrencesOptions {
  /** The group's zone (`timeZone:` of group.yaml, else of sigwiki.yaml). */
  defaultTimeZone: string;
  /** ISO 8601 instant: meetings starting at or after it are listed. */
  from: string;
  /** ISO 8601 instant: meetings starting before it are listed. */
  to: string;
}

/**
 * Lists the meetings of every schedule of a cadence that start in [from, to), sorted by start
 * (ties by schedule id). Recurrences are expanded by rrule.js in floating local time and then
 * placed in the schedule's zone (see util-local-time `inZone` for DST gaps and overlaps), so a
 * 14:00 London meeting stays at 14:00 local across daylight saving. A venue alternation follows
 * the occurrence index: cancelled meetings keep their turn, a move keeps its turn unless it names
 * a venue, and one-off meetings use their own venue or the schedule's first one.
 */
export function occurrences(cadence: Cadence, options: OccurrencesOptions): readonly Occurrence[] {
  const key = JSON.stringify([cadence, options.defaultTimeZone, options.from, options.to]);
  let found = remembered.get(key);
  if (!found) {
    if (remembered.size >= REMEMBERED_MAX) remembered.clear();
    found = Object.freeze(expand(cadence, options).map((occurrence) => Object.freeze(occurrence)));
    remembered.set(key, found);
  }
  return found;
}

/**
 * Lists already made, by cadence and window. `serve` links the whole wiki again after each save,
 * and expanding every group's recurrences from their first date was a fifth of that; the lists
 * are frozen, as they are shared by every caller asking the same.
 */
const remembered = new Map<string, readonly Occurrence[]>();
/** Enough for every window of a few hundred groups; more are forgotten all at once. */
const REMEMBERED_MAX = 2000;

function expand(cadence: Cadence, options: OccurrencesOptions): Occurrence[] {
  const from = DateTime.fromISO(options.from, { setZone: true });
  const to = DateTime.fromISO(options.to, { setZone: true });
  const [fromMs, toMs] = [from.toMillis(), to.toMillis()];
  // Starts carry their offset, so Date.parse reads the instant; it is far cheaper than luxon here.
  return cadence
    .flatMap((schedule) => scheduleOccurrences(schedule, schedule.timeZone ?? options.defaultTimeZone, from, to))
    .map((occurrence) => ({ occurrence, ms: Date.parse(occurrence.start) }))
    .filter(({ ms }) => ms >= fromMs && ms < toMs)
    .sort((a, b) => a.ms - b.ms || a.occurrence.scheduleId.localeCompare(b.occurrence.scheduleId))
    .map(({ occurrence }) => occurrence);
}

function scheduleOccurrences(schedule: Schedule, zone: string, from: DateTime, to: DateTime): Occurrence[] {
  // Widen the local window by two days: it is only a pre-filter before the exact instant filter.
  const localFrom = toFloating(from.minus({ days: 2 }), zone);
  const limit = toFloating(to.plus({ days: 2 }), zone);
  const venueAt = (index: number) => schedule.venues[index % Math.max(schedule.venues.length, 1)];
  const movedDates = new Set(schedule.moved.map((move) => move.from));
  const cancelledDates = new Set(schedule.cancelled);
  const meeting = (date: string, start: DateTime, minutes: number, rest: Partial<Occurrence> & Pick<Occurrence, 'kind'>): Occurrence => ({
    key: `${schedule.id}/${date}`,
    scheduleId: schedule.id,
    start: isoWithOffset(start),
    end: isoWithOffset(start.plus({ minutes })),
    timeZone: zone,
    status: 'confirmed',
    ...withoutUndefined(rest),
  });
  const regular = regularStarts(schedule, limit)
    .filter(({ start }) => start >= localFrom && !movedDates.has(floatingDate(start)))
    .map(({ start, index }) =>
      meeting(floatingDate(start), inZone(start, zone), schedule.time.minutes, {
        kind: 'regular',
        index,
        venue: venueAt(index),
        status: cancelledDates.has(floatingDate(start)) ? 'cancelled' : 'confirmed',
      }),
    );
  const moved = schedule.moved.map((move) => {
    const times = movedTimes(schedule, move);
    const index = occurrenceIndex(schedule, move.from) ?? 0;
    return meeting(move.from, inZone(times.start, zone), times.minutes, {
      kind: 'moved',
      index,
      venue: move.venue ?? venueAt(index),
      originalStart: isoWithOffset(inZone(times.original, zone)),
    });
  });
  const oneOffs = schedule.dates.map((oneOff) => {
    const times = oneOffTimes(schedule, oneOff);
    return meeting(oneOff.date, inZone(times.start, zone), times.minutes, { kind: 'one-off', venue: oneOff.venue ?? schedule.venues[0] });
  });
  return [...regular, ...moved, ...oneOffs];
}

/** Floating local times of a moved meeting: where it was (`original`), where it is, how long. */
export function movedTimes(schedule: Schedule, move: Schedule['moved'][number]): { original: Date; start: Date; minutes: number } {
  return {
    original: floating(move.from, schedule.time.start),
    start: floating(move.to ?? move.from, move.time?.start ?? schedule.time.start),
    minutes: move.time?.minutes ?? schedule.time.minutes,
  };
}

/** Floating local start and length of a one-off meeting (its own time, else the schedule's). */
export function oneOffTimes(schedule: Schedule, oneOff: Schedule['dates'][number]): { start: Date; minutes: number } {
  return {
    start: floating(oneOff.date, oneOff.time?.start ?? schedule.time.start),
    minutes: oneOff.time?.minutes ?? schedule.time.minutes,
  };
}

/** Drops undefined fields, so optional properties are absent rather than `undefined`. */
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}
