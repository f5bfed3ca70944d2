// The next-meeting script's data: months of coming meetings, written compactly for a page attribute.
import type { Occurrence } from '../calendar/occurrences.js';
import type { Venue } from '../model/wiki.js';

/** One run of meetings that share zone, length and venue: what the script rebuilds each meeting from. */
interface Slot {
  zone: string;
  minutes: number;
  venue?: { name: string; url?: string };
  /** Epoch minutes: the first start, then deltas, a repeated delta as `delta*count` (`10080*25`). */
  starts: string;
}

/**
 * The JSON the next-meeting script (layouts/assets/next-meeting.js) reads: `{"slots": [...]}`,
 * one slot per zone, length and venue, each with its starts as epoch minutes, delta-encoded and
 * run-length compressed. A weekly schedule over six months is one start and `10080*25` (a little
 * longer in a zone with daylight saving), so a page carries months of meetings in a few hundred
 * bytes instead of a few kilobytes.
 */
export function meetingInstants(meetings: readonly Occurrence[], venues: readonly Venue[]): string {
  const slots = new Map<string, { slot: Omit<Slot, 'starts'>; starts: number[] }>();
  for (const meeting of meetings) {
    const start = Date.parse(meeting.start) / 60_000;
    const minutes = Date.parse(meeting.end) / 60_000 - start;
    const venue = venues.find((candidate) => candidate.id === meeting.venue);
    const key = JSON.stringify([meeting.timeZone, minutes, meeting.venue ?? null]);
    const known = slots.get(key);
    if (known) known.starts.push(start);
    else {
      const slot = { zone: meeting.timeZone, minutes, ...(venue ? { venue: { name: venue.name, ...(venue.url ? { url: venue.url } : {}) } } : {}) };
      slots.set(key, { slot, starts: [start] });
    }
  }
  return JSON.stringify({ slots: [...slots.values()].map(({ slot, starts }) => ({ ...slot, starts: runs(starts) })) });
}

/** `29411460 10080*25 10140`: the first value, then each delta, repeated deltas as `delta*count`. */
function runs(starts: number[]): string {
  const parts = [String(starts[0])];
  let [delta, count] = [0, 0];
  const flush = () => {
    if (count > 0) parts.push(count === 1 ? String(delta) : `${delta}*${count}`);
  };
  for (let index = 1; index < starts.length; index++) {
    const next = starts[index]! - starts[index - 1]!;
    if (next === delta) count++;
    else {
      flush();
      [delta, count] = [next, 1];
    }
  }
  flush();
  return parts.join(' ');
}
