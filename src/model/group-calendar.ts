// A group's meeting times as the pages show them: schedules in words, upcoming meetings, zone table.
import { DateTime } from 'luxon';
import { describeSchedule } from '../calendar/describe-schedule.js';
import { occurrences, type Occurrence } from '../calendar/occurrences.js';
import { zoneTable, type ZoneTime } from '../calendar/zone-table.js';
import type { Group, Venue } from './wiki.js';

/** One upcoming meeting of a group, with what a page needs to show it. */
export interface UpcomingMeeting {
  group: Group;
  occurrence: Occurrence;
  venue: Venue | undefined;
  /** `Tue 25 Nov 2026` in the meeting's zone. */
  dateText: string;
  /** `11:00–12:00 America/New_York`. */
  timeText: string;
  /** `YYYY-MM-DD` in the meeting's zone. */
  localDate: string;
  /** Start and end as UTC ISO instants, for the page script. */
  startUtc: string;
  endUtc: string;
}

/** How many upcoming meetings each group keeps, looking how far ahead (enough for yearly ones). */
export const UPCOMING_COUNT = 6;
const UPCOMING_HORIZON_DAYS = 400;

/**
 * How far ahead, and how many meetings at most, the next-meeting script is given: a page built
 * months ago still names the right next meeting (about 26 weekly meetings of three schedules).
 */
export const SOON_DAYS = 183;
export const SOON_MAX = 200;

/**
 * Fills `group.schedules`, `group.upcoming`, `group.soon` and `group.nextMeetingZones` from its cadence.
 * `now` is an ISO instant (the build time); nothing here reads the clock.
 */
export function planGroupCalendar(group: Group, now: string): void {
  if (!group.cadence) return;
  const venueNames = Object.fromEntries(group.venues.map((venue) => [venue.id, venue.name]));
  group.schedules = group.cadence.map((schedule) => ({
    id: schedule.id,
    name: schedule.name,
    description: describeSchedule(schedule, { defaultTimeZone: group.timeZone, venueNames }),
  }));
  // Cancelled meetings stay in the list (marked), so readers learn of them; a meeting in progress
  // still counts as coming.
  const from = DateTime.fromISO(now).minus({ days: 1 }).toISO()!;
  const to = DateTime.fromISO(now).plus({ days: UPCOMING_HORIZON_DAYS }).toISO()!;
  group.upcoming = occurrences(group.cadence, { defaultTimeZone: group.timeZone, from, to })
    .filter((occurrence) => Date.parse(occurrence.end) > Date.parse(now))
    .slice(0, UPCOMING_COUNT)
    .map((occurrence) => upcomingMeeting(group, occurrence));
  const soonTo = DateTime.fromISO(now).plus({ days: SOON_DAYS }).toISO()!;
  group.soon = occurrences(group.cadence, { defaultTimeZone: group.timeZone, from, to: soonTo })
    .filter((occurrence) => occurrence.status === 'confirmed' && Date.parse(occurrence.end) > Date.parse(now))
    .slice(0, SOON_MAX);
  group.nextMeeting = group.upcoming.find((meeting) => meeting.occurrence.status === 'confirmed');
  group.nextMeetingZones = group.nextMeeting ? zoneTable(group.nextMeeting.occurrence.start) : [];
}

/** How many weeks ahead the calendar page lists. */
export const CALENDAR_WEEKS = 9;

/** Every group's meetings from `now` to {@link CALENDAR_WEEKS} weeks later, soonest first. */
export function planWikiCalendar(groups: readonly Group[], now: string): UpcomingMeeting[] {
  const to = DateTime.fromISO(now).plus({ weeks: CALENDAR_WEEKS }).toISO()!;
  return groups
    .flatMap((group) =>
      group.cadence ? occurrences(group.cadence, { defaultTimeZone: group.timeZone, from: now, to }).map((occurrence) => upcomingMeeting(group, occurrence)) : [],
    )
    .sort((a, b) => a.startUtc.localeCompare(b.startUtc));
}

function upcomingMeeting(group: Group, occurrence: Occurrence): UpcomingMeeting {
  const start = DateTime.fromISO(occurrence.start, { setZone: true }).setLocale('en-GB');
  const end = DateTime.fromISO(occurrence.end, { setZone: true });
  return {
    group,
    occurrence,
    venue: group.venues.find((venue) => venue.id === occurrence.venue),
    dateText: start.toFormat('ccc d LLL yyyy'),
    timeText: timeText(start, end, occurrence.timeZone),
    localDate: start.toISODate()!,
    startUtc: start.toUTC().toISO({ suppressMilliseconds: true })!,
    endUtc: end.toUTC().toISO({ suppressMilliseconds: true })!,
  };
}

/**
 * `11:00–12:00 America/New_York`; when the clocks change during the meeting, each end with its
 * UTC offset, so a meeting from 00:30 to 01:30 that lasts two hours does not read as one:
 * `00:30 (UTC-04:00)–01:30 (UTC-05:00) America/New_York`.
 */
function timeText(start: DateTime, end: DateTime, zone: string): string {
  if (start.offset === end.offset) return `${start.toFormat('HH:mm')}–${end.toFormat('HH:mm')} ${zone}`;
  return `${start.toFormat("HH:mm '(UTC'ZZ')'")}–${end.toFormat("HH:mm '(UTC'ZZ')'")} ${zone}`;
}

export type { ZoneTime };
