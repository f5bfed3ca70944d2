// An iCalendar feed (RFC 5545) for one group or for all groups, built with ical-generator.
import { DateTime } from 'luxon';
import ical, { type ICalEventData } from 'ical-generator';
import type { Cadence, Schedule } from './cadence-schema.js';
import { describeSchedule } from './describe-schedule.js';
import { icsEvents, isUtcZone, type EventContext, type IcsVenue } from './ics-events.js';
import { feedYears } from './feed-years.js';
import { vtimezone, type YearRange } from './vtimezone.js';
import { icsText, withoutControls } from './util-ics-text.js';

export type { IcsVenue } from './ics-events.js';

/** One group in a feed. */
export interface IcsGroup {
  group: { id: string; name: string; url?: string | undefined };
  venues: Readonly<Record<string, IcsVenue>>;
  cadence: Cadence;
  /** The group's zone, for schedules that do not name one. */
  defaultTimeZone: string;
  /**
   * ISO 8601 instant the cadence last changed (e.g. the last commit touching group.yaml).
   * Gives LAST-MODIFIED, DTSTAMP and SEQUENCE (whole minutes since 2000-01-01T00:00Z), so all
   * three grow whenever the group's meetings change, without sigwiki keeping any state.
   */
  lastModified?: string | undefined;
}

/** A feed to build. */
export interface IcsOptions {
  /** Calendar name (NAME, X-WR-CALNAME): `CentOS Virtualization SIG meetings`. */
  name: string;
  /** Page the feed belongs to (URL): the group page, or the site for the all-groups feed. */
  url?: string | undefined;
  /** Domain that makes UIDs globally unique: `minutes.example.org`. */
  host: string;
  /** ISO 8601 instant of the build: DTSTAMP when `lastModified` is unknown; sizes VTIMEZONEs. */
  generatedAt: string;
  /** Refresh hint in seconds (REFRESH-INTERVAL, X-PUBLISHED-TTL); default 12 hours. */
  refreshSeconds?: number;
  groups: readonly IcsGroup[];
}

/** Minutes since 2000-01-01T00:00Z: a SEQUENCE that only grows as `lastModified` moves on. */
function sequenceOf(lastModified: DateTime): number {
  return Math.max(0, Math.floor(lastModified.diff(DateTime.utc(2000, 1, 1), 'minutes').minutes));
}

/**
 * Builds the feed text (CRLF line ends, folded at 75 octets). Every TZID used gets a VTIMEZONE
 * generated from the tz database (see vtimezone.ts) covering the years the feed mentions;
 * UTC-anchored schedules are written in UTC (`Z`) and need none.
 */
export function ics(options: IcsOptions): string {
  const generatedAt = DateTime.fromISO(options.generatedAt, { setZone: true });
  const years = yearRange(options.groups, generatedAt);
  const calendar = ical({
    // ical-generator writes NAME and X-WR-CALNAME as given: escape them as RFC 5545 TEXT, so a
    // group named `A; b, c \\ d`, or one with a line break, stays one property value.
    name: icsText(options.name),
    url: options.url === undefined ? null : withoutControls(options.url),
    prodId: { company: 'sigwiki', product: 'sigwiki', language: 'EN' },
    ttl: options.refreshSeconds ?? 12 * 3600,
    timezone: { name: null, generator: (zone) => vtimezone(zone, years) },
  });
  for (const entry of options.groups) {
    const lastModified = entry.lastModified === undefined ? undefined : DateTime.fromISO(entry.lastModified, { setZone: true });
    const revision = { sequence: lastModified ? sequenceOf(lastModified) : 0, lastModified, stamp: lastModified ?? generatedAt };
    const venueNames = Object.fromEntries(Object.entries(entry.venues).map(([id, venue]) => [id, venue.name]));
    for (const schedule of entry.cadence) {
      const zone = schedule.timeZone ?? entry.defaultTimeZone;
      const context = {
        group: entry.group,
        venues: entry.venues,
        zone,
        host: options.host,
        title: schedule.name === undefined ? entry.group.name : `${entry.group.name} (${schedule.name})`,
        cadenceLine: describeSchedule({ ...schedule, name: undefined }, { defaultTimeZone: entry.defaultTimeZone, venueNames }),
        revision,
        years,
      };
      for (const event of eventsOf(schedule, context)) calendar.createEvent(event);
    }
  }
  // RFC 5545 §3.1: every content line ends in CRLF, the last one too.
  return `${propertiesBeforeComponents(calendar.toString())}\r\n`;
}

/**
 * {@link icsEvents}, once per schedule and context: a site writes the same group's events into
 * its own feed, the all-groups feed and the feed of every person in it (about 1,300 person
 * feeds at 10k minutes), and finding the meetings at clock changes walked every series again
 * each time (~4 s of a 10k build). The events are plain data that ical-generator copies.
 */
const eventsMemo = new WeakMap<Schedule, Map<string, ICalEventData[]>>();

function eventsOf(schedule: Schedule, context: EventContext): ICalEventData[] {
  let bySchedule = eventsMemo.get(schedule);
  if (!bySchedule) eventsMemo.set(schedule, (bySchedule = new Map()));
  const { revision, ...rest } = context;
  const key = JSON.stringify([rest, revision.sequence, revision.lastModified?.toISO(), revision.stamp.toISO()]);
  let events = bySchedule.get(key);
  if (!events) bySchedule.set(key, (events = icsEvents(schedule, context)));
  return events;
}

/**
 * Years the VTIMEZONEs must get right (see {@link feedYears}), for the zones of all schedules
 * not anchored in UTC.
 */
export function yearRange(groups: readonly IcsGroup[], generatedAt: DateTime): YearRange {
  return feedYears(groups.flatMap((entry) => entry.cadence.filter((schedule) => !isUtcZone(schedule.timeZone ?? entry.defaultTimeZone))), generatedAt);
}

/**
 * RFC 5545 §3.4 wants all calendar properties before the first component; ical-generator writes
 * REFRESH-INTERVAL and X-PUBLISHED-TTL after the VTIMEZONEs, so move those to the first VEVENT.
 */
function propertiesBeforeComponents(text: string): string {
  // Match whole lines only: a name may hold the words BEGIN:VEVENT or END:VCALENDAR (escaped, and
  // folded lines start with a space), and moving text at such a place would break the feed.
  const zones = text.match(/(?<=\r\n)BEGIN:VTIMEZONE\r\n[\s\S]*?\r\nEND:VTIMEZONE\r\n/g) ?? [];
  const rest = zones.reduce((remaining, zone) => remaining.replace(zone, ''), text);
  const at = rest.search(/(?<=\r\n)(BEGIN:VEVENT|END:VCALENDAR)(\r\n|$)/);
  return rest.slice(0, at) + zones.join('') + rest.slice(at);
}
