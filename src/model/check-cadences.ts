// Cross-file checks of meeting times: minutes off the group's cadence, groups clashing on a venue.
import { DateTime } from 'luxon';
import type { Schedule } from '../calendar/cadence-schema.js';
import { occurrences, type Occurrence } from '../calendar/occurrences.js';
import { regularStarts } from '../calendar/recurrence.js';
import { regularDates } from '../calendar/regular-dates.js';
import { floating, floatingDate } from '../calendar/util-local-time.js';
import { SigwikiMessage } from '../diagnostics/message.js';
import type { Venue } from './schema/group.js';
import type { Group } from './wiki.js';

/** How far ahead venue clashes are looked for, in days from `now`. */
const CONFLICT_HORIZON_DAYS = 182;

/** Warnings about cadences; `now` (ISO instant) bounds the venue-clash search. */
export function checkCadences(groups: readonly Group[], now: string): SigwikiMessage[] {
  // Venue clashes first: they expand their series furthest, and the day check reuses that.
  const clashes = venueConflicts(groups, now);
  return [...groups.flatMap(offCadenceMeetings), ...clashes];
}

/**
 * A minutes file dated on a day when the cadence has no meeting (in the group's zone) gets a
 * warning: often a typo in the date, sometimes an extra meeting worth adding to `dates:`.
 */
function offCadenceMeetings(group: Group): SigwikiMessage[] {
  if (!group.cadence || group.meetings.length === 0) return [];
  if (group.cadence.every((schedule) => schedule.recurrence.kind === 'ad-hoc' && schedule.dates.length === 0)) return [];
  const first = group.meetings[0]!.date;
  const last = group.meetings.at(-1)!.date;
  const days = new Set(group.cadence.flatMap((schedule) => meetingDays(schedule, group.timeZone, first, last)));
  const starts = group.cadence.map((schedule) => schedule.from).filter((from): from is string => from !== undefined).sort();
  return group.meetings
    .filter((meeting) => !days.has(meeting.date) && (starts[0] === undefined || meeting.date >= starts[0]))
    .map(
      (meeting) =>
        new SigwikiMessage(`${meeting.date} is not a meeting day of ${group.name}'s cadence`, {
          file: meeting.file,
          place: { line: 2, column: 1 },
          ruleId: 'meeting-off-cadence',
          severity: 'warning',
          hint: `check the date; if it was an extra meeting, add it under \`dates:\` in ${group.file}`,
        }),
    );
}

/**
 * The local dates (in `groupZone`) of a schedule's confirmed meetings from `first` to `last`.
 * A schedule in the group's own zone meets on the dates of its wall times, so those are read
 * straight from the recurrence (by {@link regularDates} where calendar arithmetic can): placing
 * ten years of meetings in a zone one by one was most of a 10k-minutes check. Other schedules
 * go through {@link occurrences}.
 */
export function meetingDays(schedule: Schedule, groupZone: string, first: string, last: string): string[] {
  if ((schedule.timeZone ?? groupZone) !== groupZone) {
    return occurrences([schedule], {
      defaultTimeZone: groupZone,
      from: DateTime.fromISO(first, { zone: 'utc' }).minus({ days: 2 }).toISO()!,
      to: DateTime.fromISO(last, { zone: 'utc' }).plus({ days: 2 }).toISO()!,
    })
      .filter((occurrence) => occurrence.status === 'confirmed')
      .map((occurrence) => DateTime.fromISO(occurrence.start, { setZone: true }).setZone(groupZone).toISODate()!);
  }
  const movedAway = new Set(schedule.moved.map((move) => move.from));
  const cancelled = new Set(schedule.cancelled);
  const dates = regularDates(schedule, last) ?? regularStarts(schedule, floating(last, '23:59:59')).map(({ start }) => floatingDate(start));
  const regular = dates.filter((date) => date >= first && !movedAway.has(date) && !cancelled.has(date));
  return [...regular, ...schedule.moved.map((move) => move.to ?? move.from), ...schedule.dates.map((oneOff) => oneOff.date)];
}

/** The key two groups' venues clash on: the same bridge or channel, by URL, else by name. */
const venueKey = (venue: Venue) => (venue.url ?? `${venue.kind}:${venue.name}`).toLowerCase();

/** Two groups meeting at overlapping times on the same bridge or channel. */
function venueConflicts(groups: readonly Group[], now: string): SigwikiMessage[] {
  const to = DateTime.fromISO(now).plus({ days: CONFLICT_HORIZON_DAYS }).toISO()!;
  // Only groups that share a venue with another group can clash: most have their own, and
  // placing every meeting of the next half year in its zone is the costly part.
  const groupsOfVenue = new Map<string, Set<Group>>();
  for (const group of groups) {
    for (const venue of group.venues) groupsOfVenue.set(venueKey(venue), (groupsOfVenue.get(venueKey(venue)) ?? new Set()).add(group));
  }
  const sharing = new Set([...groupsOfVenue.values()].filter((owners) => owners.size > 1).flatMap((owners) => [...owners]));
  const booked = new Map<string, { group: Group; occurrence: Occurrence }[]>();
  for (const group of groups) {
    if (!group.cadence || !sharing.has(group)) continue;
    for (const occurrence of occurrences(group.cadence, { defaultTimeZone: group.timeZone, from: now, to })) {
      const venue = group.venues.find((candidate) => candidate.id === occurrence.venue);
      if (!venue || occurrence.status !== 'confirmed') continue;
      const key = venueKey(venue);
      const list = booked.get(key);
      if (list) list.push({ group, occurrence });
      else booked.set(key, [{ group, occurrence }]);
    }
  }
  const reported = new Set<string>();
  const messages: SigwikiMessage[] = [];
  for (const [venue, bookings] of booked) {
    bookings.sort((a, b) => Date.parse(a.occurrence.start) - Date.parse(b.occurrence.start));
    for (let i = 1; i < bookings.length; i++) {
      const earlier = bookings[i - 1]!;
      const later = bookings[i]!;
      const overlaps = earlier.group !== later.group && Date.parse(later.occurrence.start) < Date.parse(earlier.occurrence.end);
      const pair = [earlier.group.id, later.group.id].sort().join(' ');
      if (!overlaps || reported.has(pair)) continue;
      reported.add(pair);
      messages.push(
        new SigwikiMessage(`${later.group.name} and ${earlier.group.name} both meet on ${venue} at ${later.occurrence.start}`, {
          file: later.group.file,
          ruleId: 'venue-conflict',
          severity: 'warning',
          hint: 'move one of the meetings, or use another channel or bridge',
        }),
      );
    }
  }
  return messages;
}
