// The VEVENTs of one schedule: a series per venue phase, overrides for moves, one-off events.
import { DateTime } from 'luxon';
import rrulePkg from 'rrule';
import type { ICalEventData } from 'ical-generator';
import type { Schedule } from './cadence-schema.js';
import { floatingUntil, occurrenceIndex, recurrenceRule } from './recurrence.js';
import { movedTimes, oneOffTimes } from './occurrences.js';
import { floating, inZone, toFloating } from './util-local-time.js';
import { icalWallTime } from './util-ical-wall-time.js';
import { withoutControls } from './util-ics-text.js';

const { RRule } = rrulePkg;

/** A venue as the .ics shows it. */
export interface IcsVenue {
  name: string;
  kind: string;
  /** http(s) or irc link, written to LOCATION. */
  url?: string | undefined;
}

/** Everything about the group that the events of one schedule repeat. */
export interface EventContext {
  group: { id: string; name: string; url?: string | undefined };
  venues: Readonly<Record<string, IcsVenue>>;
  /** The schedule's zone (its own, else the group's). */
  zone: string;
  /** Domain that makes UIDs globally unique: `minutes.example.org`. */
  host: string;
  /** SUMMARY: the group name, with the schedule name if it has one. */
  title: string;
  /** The schedule in plain words (a line of DESCRIPTION). */
  cadenceLine: string;
  /** SEQUENCE, LAST-MODIFIED and DTSTAMP shared by the group's events. */
  revision: { sequence: number; lastModified?: DateTime | undefined; stamp: DateTime };
}

/** Zones written as UTC (`...Z`) with no TZID and no VTIMEZONE: the most portable form. */
export function isUtcZone(zone: string): boolean {
  return ['UTC', 'Etc/UTC', 'GMT', 'Etc/GMT'].includes(zone);
}

/**
 * The events of one schedule. A regular recurrence with k alternating venues becomes k series
 * (every k-th meeting, interval × k) so each series has a fixed LOCATION that every calendar app
 * shows; cancelled meetings are EXDATEs of the series they belong to, moved meetings are
 * overriding VEVENTs with RECURRENCE-ID, and one-off meetings are single events.
 * UIDs: `<group>.<schedule>@host`, `<group>.<schedule>.<phase 1..k>@host` with alternation,
 * `<group>.<schedule>.<YYYYMMDD>@host` for one-offs.
 */
export function icsEvents(schedule: Schedule, context: EventContext): ICalEventData[] {
  const { zone } = context;
  const alternating = schedule.recurrence.kind === 'weekly' || schedule.recurrence.kind === 'monthly';
  const phases = alternating && schedule.venues.length > 1 ? schedule.venues.length : 1;
  const base = `${context.group.id}.${schedule.id}`;
  const phaseOf = (date: string) => (occurrenceIndex(schedule, date) ?? 0) % phases;
  const events: ICalEventData[] = [];
  for (let phase = 0; phase < phases; phase++) {
    const rule = recurrenceRule(schedule, phases > 1 ? { index: phase, count: phases } : undefined);
    if (rule === undefined) continue;
    const id = phases > 1 ? `${base}.${phase + 1}@${context.host}` : `${base}@${context.host}`;
    const venue = schedule.venues[phase];
    const exdates = schedule.cancelled.filter((date) => phaseOf(date) === phase).map((date) => floating(date, schedule.time.start));
    events.push({
      ...eventFields(context, rule.options.dtstart, schedule.time.minutes, venue),
      id,
      repeating: [rruleLine(rule, schedule, zone), ...exdates.map((date) => exdateLine(date, zone))].join('\r\n'),
    });
    for (const move of schedule.moved.filter((candidate) => phaseOf(candidate.from) === phase)) {
      const times = movedTimes(schedule, move);
      const was = inZone(times.original, zone).setLocale('en-GB').toFormat('cccc d LLLL yyyy, HH:mm');
      events.push({
        ...eventFields(context, times.start, times.minutes, move.venue ?? venue, `Moved from ${was}.`),
        id,
        recurrenceId: icalWallTime(times.original, zone),
      });
    }
  }
  for (const oneOff of schedule.dates) {
    const times = oneOffTimes(schedule, oneOff);
    const id = `${base}.${oneOff.date.replaceAll('-', '')}@${context.host}`;
    events.push({ ...eventFields(context, times.start, times.minutes, oneOff.venue ?? schedule.venues[0]), id });
  }
  return events;
}

/**
 * DTSTART (as written), DTEND (start + minutes of real time, as a wall time), and the descriptive
 * fields. An end inside a fall-back overlap is written as its wall time, which RFC 5545 reads as
 * the first of the two; calendar apps take every instance's length from the first instance.
 */
function eventFields(context: EventContext, start: Date, minutes: number, venueId: string | undefined, note?: string): ICalEventData {
  const venue = venueId === undefined ? undefined : context.venues[venueId];
  const description = [
    note,
    `${context.cadenceLine.charAt(0).toUpperCase()}${context.cadenceLine.slice(1)}.`,
    venue && `Venue: ${[venue.name, venue.url].filter(Boolean).join(' ')}`,
    context.group.url && `Group page: ${context.group.url}`,
  ].filter(Boolean);
  const utc = isUtcZone(context.zone);
  return {
    start: icalWallTime(start, context.zone),
    // The end as a wall time too: ical-generator compares start and end field by field.
    end: icalWallTime(toFloating(inZone(start, context.zone).plus({ minutes }), context.zone), context.zone),
    timezone: utc ? null : context.zone,
    // ical-generator escapes TEXT (line breaks included); other control characters are dropped.
    summary: withoutControls(context.title, true),
    description: withoutControls(description.join('\n'), true),
    location: venue ? withoutControls(venue.url ?? venue.name, true) : null,
    url: context.group.url === undefined ? null : withoutControls(context.group.url),
    sequence: context.revision.sequence,
    lastModified: context.revision.lastModified ?? null,
    stamp: context.revision.stamp,
  };
}

/** RRULE of a series, with UNTIL as the UTC instant ending the `until:` day (RFC 5545 §3.3.10). */
function rruleLine(rule: rrulePkg.RRule, schedule: Schedule, zone: string): string {
  const { dtstart, until, ...options } = rule.origOptions;
  const end = floatingUntil(schedule);
  return RRule.optionsToString({ ...options, ...(end ? { until: inZone(end, zone).toUTC().toJSDate() } : {}) });
}

/** One EXDATE with the excluded meeting's exact start: same wall time and TZID as DTSTART. */
function exdateLine(start: Date, zone: string): string {
  const wall = DateTime.fromJSDate(start, { zone: 'utc' }).toFormat("yyyyLLdd'T'HHmmss");
  return isUtcZone(zone) ? `EXDATE:${wall}Z` : `EXDATE;TZID=${zone}:${wall}`;
}
