// Cross-file checks of meeting times: minutes off the group's cadence, groups clashing on a venue.
import { DateTime } from 'luxon';
import type { Schedule } from '../calendar/cadence-schema.js';
import { occurrences, type Occurrence } from '../calendar/occurrences.js';
import { occurrenceIndex, regularStarts } from '../calendar/recurrence.js';
import { isUtcZone } from '../calendar/ics-events.js';
import { clockChangeDates, FEED_HORIZON_YEARS } from '../calendar/vtimezone.js';
import { regularDates } from '../calendar/regular-dates.js';
import { floating, floatingDate, wallTimeKind } from '../calendar/util-local-time.js';
import { SigwikiMessage } from '../diagnostics/message.js';
import type { Venue } from './schema/group.js';
import type { Group } from './wiki.js';

/** How far ahead venue clashes are looked for, in days from `now`. */
const CONFLICT_HORIZON_DAYS = 182;

/** Warnings about cadences; `now` (ISO instant) bounds the venue-clash search. */
export function checkCadences(groups: readonly Group[], now: string): SigwikiMessage[] {
  // Venue clashes first: they expand their series furthest, and the day check reuses that.
  const clashes = venueConflicts(groups, now);
  return [...groups.flatMap(offCadenceMeetings), ...clashes, ...groups.flatMap((group) => clockChangeTimes(group, now))];
}

/**
 * A schedule whose wall time is skipped or repeated by a clock change on some date from `now`
 * to {@link FEED_HORIZON_YEARS} ahead, or a move or one-off at such a time (at any date), gets a
 * warning naming the dates: the pages and feeds place those meetings by the rules in
 * docs/cadence.md, which not everyone expects. Only the zone's clock-change dates are looked at.
 */
function clockChangeTimes(group: Group, now: string): SigwikiMessage[] {
  if (!group.cadence) return [];
  const today = now.slice(0, 10);
  const year = Number(today.slice(0, 4));
  const messages: SigwikiMessage[] = [];
  for (const schedule of group.cadence) {
    const zone = schedule.timeZone ?? group.timeZone;
    if (isUtcZone(zone)) continue;
    const found: { date: string; time: string; kind: 'gap' | 'overlap' }[] = [];
    const look = (date: string, time: string) => {
      const kind = wallTimeKind(floating(date, time), zone);
      if (kind !== 'normal') found.push({ date, time, kind });
    };
    if (schedule.recurrence.kind !== 'ad-hoc' && schedule.from !== undefined) {
      const dates = [...clockChangeDates(zone, { fromYear: year, toYear: year + FEED_HORIZON_YEARS })].sort();
      for (const date of dates) {
        if (date < today || date < schedule.from || schedule.cancelled.includes(date) || schedule.moved.some((move) => move.from === date)) continue;
        if (occurrenceIndex(schedule, date) !== undefined) look(date, schedule.time.start);
      }
    }
    for (const move of schedule.moved) look(move.to ?? move.from, move.time?.start ?? schedule.time.start);
    for (const oneOff of schedule.dates) look(oneOff.date, oneOff.time?.start ?? schedule.time.start);
    if (found.length === 0) continue;
    const list = (kind: 'gap' | 'overlap') => {
      const dates = found.filter((entry) => entry.kind === kind).map((entry) => `${entry.date} ${entry.time}`);
      return dates.length <= 6 ? dates.join(', ') : `${dates.slice(0, 5).join(', ')} and ${dates.length - 5} more`;
    };
    const parts = [
      found.some((entry) => entry.kind === 'gap') && `skipped when the clocks go forward on ${list('gap')} (the meeting then starts as much later as the clocks jump)`,
      found.some((entry) => entry.kind === 'overlap') && `repeated when the clocks go back on ${list('overlap')} (the meeting is then at the second one)`,
    ].filter(Boolean);
    messages.push(
      new SigwikiMessage(`${group.name}'s schedule "${schedule.id}" meets at a ${zone} time that is ${parts.join(', and ')}`, {
        file: group.file,
        ruleId: 'dst-ambiguous-time',
        severity: 'warning',
        hint: 'pages and .ics agree on these meetings (see docs/cadence.md, "Daylight-saving gaps and overlaps"); to avoid the question, meet outside 00:00–03:00 local time on those days, or anchor the schedule in UTC',
      }),
    );
  }
  return messages;
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
