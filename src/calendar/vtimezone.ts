// VTIMEZONE components (RFC 5545 §3.6.5) generated from the tz database through luxon.
import { DateTime, FixedOffsetZone, IANAZone } from 'luxon';

/** The years a VTIMEZONE must describe correctly (inclusive); events outside may be off. */
export interface YearRange {
  fromYear: number;
  toYear: number;
}

/** One change of UTC offset, found in the tz database. */
interface Transition {
  /** Instant of the change, epoch milliseconds. */
  at: number;
  /** Offsets before and after, minutes east of UTC. */
  from: number;
  to: number;
}

/** Consecutive yearly transitions that one RRULE:FREQ=YEARLY describes. */
interface Run {
  key: string;
  first: Transition;
  last: Transition;
  lastYear: number;
  /** BYDAY ordinals that fit every year of the run: 1..4 and/or -1 (last). */
  ordinals: number[];
}

const DAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/**
 * The VTIMEZONE for an IANA zone as CRLF-separated lines. Each run of yearly transitions with the
 * same month, weekday rule, wall time and offsets becomes one STANDARD or DAYLIGHT sub-component
 * with `RRULE:FREQ=YEARLY;BYMONTH=..;BYDAY=..` (Outlook needs rules, not lists of dates); a rule that
 * stopped before `toYear` gets an UNTIL. Zones without transitions in the range (Asia/Kolkata,
 * UTC) get a single STANDARD. Call with `fromYear` at least one year before the first event.
 */
export function vtimezone(zone: string, range: YearRange): string {
  // The tz database does not change while a build runs, and every feed of a site asks for the
  // same few zones: build each VTIMEZONE once.
  const key = `${zone} ${range.fromYear} ${range.toYear}`;
  let text = built.get(key);
  if (text === undefined) built.set(key, (text = buildVtimezone(zone, range)));
  return text;
}

const built = new Map<string, string>();

function buildVtimezone(zone: string, range: YearRange): string {
  const transitions = findTransitions(zone, range);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`, `X-LIC-LOCATION:${zone}`];
  if (transitions.length === 0) {
    const offset = IANAZone.create(zone).offset(DateTime.utc(range.fromYear, 1, 1).toMillis());
    lines.push(...component('STANDARD', offset, offset, '19700101T000000'));
  }
  for (const run of groupRuns(transitions, range.toYear)) {
    const local = wallTime(run.first);
    const kind = run.first.to > run.first.from ? 'DAYLIGHT' : 'STANDARD';
    const ordinal = run.ordinals.includes(-1) ? -1 : run.ordinals[0]!;
    const until = run.lastYear < range.toYear ? `;UNTIL=${DateTime.fromMillis(run.last.at, { zone: 'utc' }).toFormat("yyyyLLdd'T'HHmmss'Z'")}` : '';
    const repeats = run.first !== run.last || until === '';
    const rule = `RRULE:FREQ=YEARLY;BYMONTH=${local.month};BYDAY=${ordinal}${DAY_CODES[local.weekday - 1]}${until}`;
    lines.push(...component(kind, run.first.from, run.first.to, local.toFormat("yyyyLLdd'T'HHmmss"), repeats ? rule : undefined));
  }
  lines.push('END:VTIMEZONE');
  return lines.join('\r\n');
}

function component(kind: string, from: number, to: number, start: string, rule?: string): string[] {
  const offset = (minutes: number) => FixedOffsetZone.instance(minutes).formatOffset(0, 'techie');
  return [`BEGIN:${kind}`, `TZOFFSETFROM:${offset(from)}`, `TZOFFSETTO:${offset(to)}`, `DTSTART:${start}`, ...(rule ? [rule] : []), `END:${kind}`];
}

/** Wall time of a transition in the offset before it, as RFC 5545 wants for DTSTART. */
function wallTime(transition: Transition): DateTime {
  return DateTime.fromMillis(transition.at, { zone: FixedOffsetZone.instance(transition.from) });
}

/**
 * All offset changes in the years of `range`: a weekly scan (no zone changes its offset twice in
 * a week), then bisection to the minute. Offsets come from the platform's tz database via luxon.
 */
function findTransitions(zone: string, range: YearRange): Transition[] {
  const tz = IANAZone.create(zone);
  const found: Transition[] = [];
  const end = DateTime.utc(range.toYear + 1, 1, 1).toMillis();
  for (let week = DateTime.utc(range.fromYear, 1, 1); week.toMillis() < end; week = week.plus({ weeks: 1 })) {
    let low = week.toMillis();
    let high = Math.min(week.plus({ weeks: 1 }).toMillis(), end);
    const before = tz.offset(low);
    if (tz.offset(high) === before) continue;
    while (high - low > 60_000) {
      const middle = low + Math.floor((high - low) / 120_000) * 60_000;
      if (tz.offset(middle) === before) low = middle;
      else high = middle;
    }
    found.push({ at: high, from: before, to: tz.offset(high) });
  }
  return found;
}

/** Groups transitions into yearly runs; a run breaks when a year is skipped or the rule changes. */
function groupRuns(transitions: Transition[], toYear: number): Run[] {
  const runs: Run[] = [];
  for (const transition of transitions) {
    const local = wallTime(transition);
    const key = [transition.from, transition.to, local.month, local.weekday, local.toFormat('HHmmss')].join('|');
    const ordinals = [...(local.day <= 28 ? [Math.ceil(local.day / 7)] : []), ...(local.day + 7 > local.daysInMonth! ? [-1] : [])];
    const run = runs.find((candidate) => candidate.key === key && candidate.lastYear === local.year - 1);
    const shared = run?.ordinals.filter((ordinal) => ordinals.includes(ordinal)) ?? [];
    if (run && shared.length > 0) Object.assign(run, { last: transition, lastYear: local.year, ordinals: shared });
    else runs.push({ key, first: transition, last: transition, lastYear: local.year, ordinals });
  }
  return runs.filter((run) => run.lastYear <= toYear).sort((a, b) => a.first.at - b.first.at);
}
