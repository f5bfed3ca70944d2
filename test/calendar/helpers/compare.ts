// Test helper: our occurrences and ical.js's expansion in one comparable shape.
import { DateTime } from 'luxon';
import type { IcsGroup } from '../../../src/calendar/ics.js';
import { occurrences, type Occurrence } from '../../../src/calendar/occurrences.js';
import { expandIcs } from './expand-ics.js';

export interface Instant {
  start: string;
  end: string;
  location: string | null;
}

const toUtc = (iso: string) => DateTime.fromISO(iso).toUTC().toISO({ suppressMilliseconds: true })!;

/**
 * Whether a meeting touches a DST change: its written wall time is skipped or happens twice, or
 * its start and end have different offsets. sigwiki follows RFC 5545 there (gap: offset before the
 * gap; overlap: the first; length: exact minutes); ical.js does not always, so those days are
 * compared by dedicated tests instead.
 */
export function touchesTransition(meeting: Occurrence, time: { start: string; minutes: number }): boolean {
  const start = DateTime.fromISO(meeting.start).setZone(meeting.timeZone);
  const end = DateTime.fromISO(meeting.end).setZone(meeting.timeZone);
  const wallStart = DateTime.fromISO(`${meeting.key.split('/')[1]}T${time.start}`, { zone: 'utc' });
  const unclear = (wall: DateTime) => {
    const local = DateTime.fromObject(wall.toObject(), { zone: meeting.timeZone });
    return local.getPossibleOffsets().length !== 1 || local.toFormat('yyyy-LL-dd HH:mm') !== wall.toFormat('yyyy-LL-dd HH:mm');
  };
  return unclear(wallStart) || unclear(wallStart.plus({ minutes: time.minutes })) || start.offset !== end.offset;
}

/**
 * Our confirmed meetings and ical.js's, as UTC instants, every one of them: clock-change days
 * included, since feeds write those meetings in UTC. `skipped` counts our meetings that meet a
 * clock change (compared all the same), so tests can check they covered some.
 */
export function bothSides(entry: IcsGroup, text: string, from: string, to: string): { ours: Instant[]; theirs: Instant[]; skipped: number } {
  const list = occurrences(entry.cadence, { defaultTimeZone: entry.defaultTimeZone, from, to }).filter((m) => m.status === 'confirmed');
  const timeOf = (m: Occurrence) => entry.cadence.find((s) => s.id === m.scheduleId)!.time;
  const unclear = list.filter((m) => m.kind === 'regular' && touchesTransition(m, timeOf(m)));
  const ours = list
    .map((m) => ({ start: toUtc(m.start), end: toUtc(m.end), location: m.venue === undefined ? null : (entry.venues[m.venue]!.url ?? entry.venues[m.venue]!.name) }))
    .sort((a, b) => a.start.localeCompare(b.start) || String(a.location).localeCompare(String(b.location)));
  const theirs = expandIcs(text, from, to)
    .map(({ start, end, location }) => ({ start, end, location }))
    .sort((a, b) => a.start.localeCompare(b.start) || String(a.location).localeCompare(String(b.location)));
  return { ours, theirs, skipped: unclear.length };
}
