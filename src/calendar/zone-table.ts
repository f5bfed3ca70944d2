// The wall time of one instant in a fixed list of common zones (the "what time is it for me" table).
import { DateTime } from 'luxon';

/** The zones shown under every meeting, west to east, with a short human label. */
export const COMMON_ZONES: readonly { zone: string; label: string }[] = [
  { zone: 'America/Los_Angeles', label: 'San Francisco' },
  { zone: 'America/New_York', label: 'New York' },
  { zone: 'UTC', label: 'UTC' },
  { zone: 'Europe/London', label: 'London' },
  { zone: 'Europe/Berlin', label: 'Berlin' },
  { zone: 'Asia/Kolkata', label: 'India' },
  { zone: 'Asia/Shanghai', label: 'Beijing' },
  { zone: 'Asia/Tokyo', label: 'Tokyo' },
  { zone: 'Australia/Sydney', label: 'Sydney' },
];

/** One row of the table. */
export interface ZoneTime {
  zone: string;
  label: string;
  /** Local date, `YYYY-MM-DD`. */
  date: string;
  /** Local weekday, English three-letter abbreviation: `Tue`. */
  weekday: string;
  /** Local wall time, `HH:MM`, 24-hour. */
  time: string;
  /** UTC offset at that instant, `+01:00`. */
  offset: string;
  /** Calendar days between this local date and the date at the instant's own offset: -1, 0 or +1. */
  dayShift: number;
}

/**
 * The wall time of `instant` (ISO 8601 with an offset, e.g. an occurrence start) in each zone.
 * `dayShift` compares each local date with the date written in `instant` itself, so a
 * 14:00+01:00 London meeting is `dayShift: 1` in Sydney.
 */
export function zoneTable(instant: string, zones: readonly { zone: string; label: string }[] = COMMON_ZONES): readonly ZoneTime[] {
  if (zones !== COMMON_ZONES) return makeTable(instant, zones);
  let table = remembered.get(instant);
  if (!table) {
    if (remembered.size >= REMEMBERED_MAX) remembered.clear();
    table = Object.freeze(makeTable(instant, zones).map((row) => Object.freeze(row)));
    remembered.set(instant, table);
  }
  return table;
}

/**
 * Tables of the common zones already made, by instant, frozen as every caller shares them:
 * `serve` links the wiki again on each save, and luxon's zone conversions were a tenth of it.
 */
const remembered = new Map<string, readonly ZoneTime[]>();
const REMEMBERED_MAX = 2000;

function makeTable(instant: string, zones: readonly { zone: string; label: string }[]): ZoneTime[] {
  const at = DateTime.fromISO(instant, { setZone: true });
  const ownDate = DateTime.fromISO(at.toISODate()!, { zone: 'utc' });
  return zones.map(({ zone, label }) => {
    const local = at.setZone(zone);
    return {
      zone,
      label,
      date: local.toISODate()!,
      weekday: local.setLocale('en').toFormat('ccc'),
      time: local.toFormat('HH:mm'),
      offset: local.toFormat('ZZ'),
      dayShift: DateTime.fromISO(local.toISODate()!, { zone: 'utc' }).diff(ownDate, 'days').days,
    };
  });
}
