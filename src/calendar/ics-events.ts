// The VEVENTs of one schedule: a series per venue phase, overrides for moves, one-off events.
import { DateTime } from 'luxon';
import rrulePkg from 'rrule';
import type { ICalEventData } from 'ical-generator';
import type { Schedule } from './cadence-schema.js';
import { floatingUntil, occurrenceIndex, recurrenceRule, regularStarts, ruleOptions } from './recurrence.js';
import { isoWeek } from './regular-dates.js';
import { movedTimes, oneOffTimes } from './occurrences.js';
import { floating, floatingDate, inZone, meetsClockChange } from './util-local-time.js';
import { clockChangeDates, type YearRange } from './vtimezone.js';
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
  /** The years the feed is exact for (see feed-years.ts): meetings at clock changes in them get UTC times. */
  years: YearRange;
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
 * A series gives its length as DURATION, so no instance takes its end from the first one's wall
 * clock. A meeting that meets a clock change (see {@link meetsClockChange}) up to the end of
 * `context.years` is written with its start and end in UTC, a regular one as an override of its
 * series: there calendar apps disagree with each other, and with UTC they all agree with the pages.
 * An ISO-week schedule (`weeks:`) becomes one series per ISO year, `<group>.<schedule>.<ISO year>@host`.
 * UIDs: `<group>.<schedule>@host`, `<group>.<schedule>.<phase 1..k>@host` with alternation,
 * `<group>.<schedule>.<YYYYMMDD>@host` for one-offs.
 */
export function icsEvents(schedule: Schedule, context: EventContext): ICalEventData[] {
  const { zone } = context;
  const alternating = schedule.recurrence.kind === 'weekly' || schedule.recurrence.kind === 'monthly';
  const phases = alternating && schedule.venues.length > 1 ? schedule.venues.length : 1;
  const base = `${context.group.id}.${schedule.id}`;
  const phaseOf = (date: string) => (occurrenceIndex(schedule, date) ?? 0) % phases;
  const changing = clockChanges(schedule, context);
  const events: ICalEventData[] = [];
  const series = (rule: rrulePkg.RRule, id: string, venue: string | undefined, rruleText: string, owns: (date: string) => boolean, index: (meeting: { index: number; start: Date }) => boolean) => {
    const exdates = schedule.cancelled.filter(owns).map((date) => floating(date, schedule.time.start));
    events.push({
      ...eventFields(context, venue),
      start: icalWallTime(rule.options.dtstart, zone),
      end: null,
      id,
      repeating: [rruleText, ...exdates.map((date) => exdateLine(date, zone)), durationLine(schedule.time.minutes)].join('\r\n'),
    });
    for (const { start } of changing.filter(index)) {
      events.push({ ...eventFields(context, venue), ...inUtc(start, schedule.time.minutes, zone, start), id });
    }
    for (const move of schedule.moved.filter((candidate) => owns(candidate.from))) {
      const times = movedTimes(schedule, move);
      const was = inZone(times.original, zone).setLocale('en-GB').toFormat('cccc d LLLL yyyy, HH:mm');
      events.push({
        ...eventFields(context, move.venue ?? venue, `Moved from ${was}.`),
        ...timesOf(times.start, times.minutes, zone, times.original),
        id,
      });
    }
  };
  if (schedule.recurrence.kind === 'iso-weeks') {
    // One series per ISO year, each with its own DTSTART and UNTIL: within an ISO year the weeks
    // are every N-th, but week numbering restarts each year. Never BYWEEKNO, which clients expand
    // differently. The series run to the end of the years the feed is exact for.
    const venue = schedule.venues[0];
    for (const year of isoYearSeries(schedule, context.years.toYear)) {
      const rule = new RRule({ ...ruleOptions(schedule.recurrence), dtstart: floating(year.first, schedule.time.start) });
      const until = inZone(floating(year.last, schedule.time.start), zone).toUTC().toJSDate();
      const rruleText = RRule.optionsToString({ ...ruleOptions(schedule.recurrence), until });
      const inYear = (date: string) => isoWeek(utcMs(date)).year === year.year;
      series(rule, `${base}.${year.year}@${context.host}`, venue, rruleText, inYear, ({ start }) => inYear(floatingDate(start)));
    }
  } else {
    for (let phase = 0; phase < phases; phase++) {
      const rule = recurrenceRule(schedule, phases > 1 ? { index: phase, count: phases } : undefined);
      if (rule === undefined) continue;
      const id = phases > 1 ? `${base}.${phase + 1}@${context.host}` : `${base}@${context.host}`;
      series(rule, id, schedule.venues[phase], rruleLine(rule, schedule, zone), (date) => phaseOf(date) === phase, (meeting) => meeting.index % phases === phase);
    }
  }
  for (const oneOff of schedule.dates) {
    const times = oneOffTimes(schedule, oneOff);
    const id = `${base}.${oneOff.date.replaceAll('-', '')}@${context.host}`;
    events.push({ ...eventFields(context, oneOff.venue ?? schedule.venues[0]), ...timesOf(times.start, times.minutes, zone), id });
  }
  return events;
}

/** The ISO years of an ISO-week schedule up to `toYear`, with the first and last meeting date of each. */
function isoYearSeries(schedule: Schedule, toYear: number): { year: number; first: string; last: string }[] {
  const years: { year: number; first: string; last: string }[] = [];
  for (const date of regularStarts(schedule, floating(`${toYear}-12-31`, '23:59:59')).map(({ start }) => floatingDate(start))) {
    const year = isoWeek(utcMs(date)).year;
    const known = years[years.length - 1];
    if (known?.year === year) known.last = date;
    else years.push({ year, first: date, last: date });
  }
  return years;
}

function utcMs(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

/**
 * Regular meetings up to the end of `context.years` that meet a clock change and are neither
 * cancelled nor moved. Only meetings on or just before a clock-change date are looked at closely.
 */
function clockChanges(schedule: Schedule, context: EventContext): { start: Date; index: number }[] {
  if (isUtcZone(context.zone) || schedule.recurrence.kind === 'ad-hoc') return [];
  const dates = clockChangeDates(context.zone, context.years);
  const spanDays = Math.ceil(schedule.time.minutes / 1440);
  const skip = new Set([...schedule.cancelled, ...schedule.moved.map((move) => move.from)]);
  const near = (start: Date) => Array.from({ length: spanDays + 1 }, (_, k) => floatingDate(new Date(start.getTime() + k * 86_400_000))).some((date) => dates.has(date));
  return regularStarts(schedule, floating(`${context.years.toYear}-12-31`, '23:59:59')).filter(
    ({ start }) => near(start) && !skip.has(floatingDate(start)) && meetsClockChange(start, schedule.time.minutes, context.zone),
  );
}

/**
 * DTSTART and DTEND of a single event or override: wall times in the zone, or UTC instants when
 * the meeting meets a clock change. `original` (the regular start it replaces) makes it an override.
 */
function timesOf(start: Date, minutes: number, zone: string, original?: Date): Partial<ICalEventData> {
  if (!isUtcZone(zone) && meetsClockChange(start, minutes, zone)) return inUtc(start, minutes, zone, original);
  return {
    start: icalWallTime(start, zone),
    // The end as a wall time too (ical-generator compares start and end field by field); with no
    // clock change in between it is the start's wall time plus the length.
    end: icalWallTime(new Date(start.getTime() + minutes * 60_000), zone),
    ...(original ? { recurrenceId: icalWallTime(original, zone) } : {}),
  };
}

/**
 * Start and end as UTC instants (`...Z`), so every client places the meeting as the pages do.
 * RECURRENCE-ID keeps the TZID and wall time of the regular start: each client then matches it
 * to the instance it expands, however it reads that wall time. ical-generator writes one zone per
 * event, so RECURRENCE-ID and DTEND go in as raw lines through `repeating` (written as given when
 * it has several lines).
 */
function inUtc(start: Date, minutes: number, zone: string, original?: Date): Partial<ICalEventData> {
  const begin = inZone(start, zone);
  const end = utcStamp(begin.plus({ minutes }));
  if (original === undefined) return { start: begin.toJSDate(), end: begin.plus({ minutes }).toJSDate(), timezone: null };
  const wall = DateTime.fromJSDate(original, { zone: 'utc' }).toFormat("yyyyLLdd'T'HHmmss");
  return { start: begin.toJSDate(), end: null, timezone: null, repeating: [`RECURRENCE-ID;TZID=${zone}:${wall}`, `DTEND:${end}`].join('\r\n') };
}

function utcStamp(instant: DateTime): string {
  return instant.toUTC().toFormat("yyyyLLdd'T'HHmmss'Z'");
}

/** `DURATION:PT1H30M`: the length of every instance of a series, in real time. */
function durationLine(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `DURATION:PT${hours > 0 ? `${hours}H` : ''}${rest > 0 || hours === 0 ? `${rest}M` : ''}`;
}

/** The descriptive fields of an event, and its zone (none for UTC). */
function eventFields(context: EventContext, venueId: string | undefined, note?: string): ICalEventData {
  const venue = venueId === undefined ? undefined : context.venues[venueId];
  const description = [
    note,
    `${context.cadenceLine.charAt(0).toUpperCase()}${context.cadenceLine.slice(1)}.`,
    venue && `Venue: ${[venue.name, venue.url].filter(Boolean).join(' ')}`,
    context.group.url && `Group page: ${context.group.url}`,
  ].filter(Boolean);
  return {
    start: new Date(0),
    timezone: isUtcZone(context.zone) ? null : context.zone,
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
