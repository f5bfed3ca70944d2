// VTIMEZONE components (RFC 5545 §3.6.5) generated from the tz database through luxon.
import { DateTime, FixedOffsetZone, IANAZone } from 'luxon';

/** The years a VTIMEZONE must describe correctly (inclusive); events outside may be off. */
export interface YearRange {
  fromYear: number;
  toYear: number;
}

/**
 * How many years past the build a feed's time zones (and its explicit times for meetings on
 * clock-change days, see ics-events.ts) are exact: a series with no end is right in every client
 * until then, also on a site that is not rebuilt. Zones with regular rules stay right after it
 * (their last rules repeat); zones without (Casablanca, Gaza) keep their last offset. Ten years
 * of transitions cost a few hundred bytes for most zones, about 2 KB for Casablanca.
 */
export const FEED_HORIZON_YEARS = 10;

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
  transitions: Transition[];
  lastYear: number;
  /** Day rules that fit every year of the run (see {@link dayRules}). */
  rules: number[];
}

const DAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/** A day rule meaning "the last such weekday of the month"; any other number d is "the first such weekday on or after day d". */
const LAST = -1;

/**
 * The VTIMEZONE for an IANA zone as CRLF-separated lines, right for every instant of `range`:
 *
 * - an initial observance at 1 January of `fromYear` with the offset then, so nothing before the
 *   first change in range is read as UTC (ical.js did that, putting Cairo meetings 2 h late);
 * - each run of two or more yearly changes with the same month, weekday rule, wall time and
 *   offsets as one STANDARD or DAYLIGHT with `RRULE:FREQ=YEARLY` (Outlook needs rules), ending
 *   with UNTIL when the run stops (the tz database is read 28 years past `toYear` for that). Weekday rules are `BYDAY=2SU` or `-1SU`, or,
 *   where the tz database says "Sun>=2" (Santiago) or "Fri>=23" (Jerusalem),
 *   `BYMONTHDAY=2,3,4,5,6,7,8;BYDAY=SU`: whatever fits every year of the run;
 * - the other changes (Casablanca's Ramadan breaks, Tehran until 2022, one-off rule changes) as
 *   RDATEs, one line each, DTSTART included since ical.js reads only the RDATEs then.
 *
 * Zones without changes in the range (Asia/Kolkata, UTC) get the initial observance alone.
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

/**
 * Years past `toYear` whose changes are read to choose each run's rule: in 28 years every date
 * falls on every weekday, so "Sun>=2" and "first Sunday", which agree in 2019–2028, part ways.
 */
const LOOKAHEAD_YEARS = 28;

function buildVtimezone(zone: string, range: YearRange): string {
  const transitions = findTransitions(zone, { fromYear: range.fromYear, toYear: range.toYear + LOOKAHEAD_YEARS });
  const inRange = (transition: Transition) => wallTime(transition).year <= range.toYear;
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`, `X-LIC-LOCATION:${zone}`];
  const initial = IANAZone.create(zone).offset(DateTime.utc(range.fromYear, 1, 1).toMillis());
  const firstKind = transitions[0] && inRange(transitions[0]) && transitions[0].to < transitions[0].from ? 'DAYLIGHT' : 'STANDARD';
  lines.push(...component(firstKind, initial, initial, `${range.fromYear}0101T000000`));
  const runs = groupRuns(transitions);
  const rdates = new Map<string, Transition[]>();
  for (const run of runs) {
    const first = run.transitions[0]!;
    if (!inRange(first)) continue;
    if (run.transitions.length === 1) {
      const key = `${kindOf(first)} ${first.from} ${first.to}`;
      rdates.set(key, [...(rdates.get(key) ?? []), first]);
      continue;
    }
    const last = run.transitions.at(-1)!;
    const local = wallTime(first);
    // A run that lasts to the end of the look-ahead goes on; one that stops before gets UNTIL.
    const until = run.lastYear < range.toYear + LOOKAHEAD_YEARS ? `;UNTIL=${DateTime.fromMillis(last.at, { zone: 'utc' }).toFormat("yyyyLLdd'T'HHmmss'Z'")}` : '';
    const rule = `RRULE:FREQ=YEARLY;BYMONTH=${local.month};${byDay(run.rules, local.weekday)}${until}`;
    lines.push(...component(kindOf(first), first.from, first.to, stamp(first), [rule]));
  }
  for (const list of rdates.values()) {
    const first = list[0]!;
    lines.push(...component(kindOf(first), first.from, first.to, stamp(first), list.map((transition) => `RDATE:${stamp(transition)}`)));
  }
  lines.push('END:VTIMEZONE');
  return lines.join('\r\n');
}

function kindOf(transition: Transition): 'DAYLIGHT' | 'STANDARD' {
  return transition.to > transition.from ? 'DAYLIGHT' : 'STANDARD';
}

/** `BYDAY=-1SU`, `BYDAY=2SU`, or `BYMONTHDAY=2,3,4,5,6,7,8;BYDAY=SU`, from the rules that fit. */
function byDay(rules: number[], weekday: number): string {
  const day = DAY_CODES[weekday - 1]!;
  if (rules.includes(LAST)) return `BYDAY=-1${day}`;
  const ordinal = rules.find((first) => first % 7 === 1);
  if (ordinal !== undefined) return `BYDAY=${(ordinal + 6) / 7}${day}`;
  const first = rules[0]!;
  return `BYMONTHDAY=${Array.from({ length: 7 }, (_, i) => first + i).join(',')};BYDAY=${day}`;
}

function component(kind: string, from: number, to: number, start: string, more: string[] = []): string[] {
  const offset = (minutes: number) => FixedOffsetZone.instance(minutes).formatOffset(0, 'techie');
  return [`BEGIN:${kind}`, `TZOFFSETFROM:${offset(from)}`, `TZOFFSETTO:${offset(to)}`, `DTSTART:${start}`, ...more, `END:${kind}`];
}

/** Wall time of a transition in the offset before it, as RFC 5545 wants for DTSTART and RDATE. */
function wallTime(transition: Transition): DateTime {
  return DateTime.fromMillis(transition.at, { zone: FixedOffsetZone.instance(transition.from) });
}

function stamp(transition: Transition): string {
  return wallTime(transition).toFormat("yyyyLLdd'T'HHmmss");
}

/**
 * All offset changes in the years of `range`: a scan every 13 days (offsets change at least a
 * month apart in the tz database since 2000: Casablanca's Ramadan breaks are the closest), then
 * bisection to the minute. Offsets come from the platform's tz database via luxon.
 */
function findTransitions(zone: string, range: YearRange): Transition[] {
  const tz = IANAZone.create(zone);
  const found: Transition[] = [];
  const end = Date.UTC(range.toYear + 1, 0, 1);
  const step = 13 * 86_400_000;
  let low = Date.UTC(range.fromYear, 0, 1);
  let before = tz.offset(low);
  while (low < end) {
    const next = Math.min(low + step, end);
    const after = tz.offset(next);
    if (after !== before) {
      let [from, to] = [low, next];
      while (to - from > 60_000) {
        const middle = from + Math.floor((to - from) / 120_000) * 60_000;
        if (tz.offset(middle) === before) from = middle;
        else to = middle;
      }
      found.push({ at: to, from: before, to: tz.offset(to) });
    }
    [low, before] = [next, after];
  }
  return found;
}

/**
 * The day rules a transition's local date fits: {@link LAST} when it is the month's last such
 * weekday, and every d (1 ≤ d ≤ days in month − 6) such that it is the first such weekday on or
 * after day d. The ordinals `BYDAY=nSU` are d = 1, 8, 15, 22.
 */
function dayRules(local: DateTime): number[] {
  const rules: number[] = [];
  if (local.day + 7 > local.daysInMonth!) rules.push(LAST);
  for (let first = Math.max(1, local.day - 6); first <= Math.min(local.day, local.daysInMonth! - 6); first++) rules.push(first);
  return rules;
}

/**
 * Groups transitions into yearly runs: same offsets, month, weekday and wall time in consecutive
 * years, with a day rule common to all of them. A run breaks when a year is skipped or no rule
 * fits any more; what is left alone is a run of one.
 */
function groupRuns(transitions: Transition[]): Run[] {
  const runs: Run[] = [];
  for (const transition of transitions) {
    const local = wallTime(transition);
    const key = [transition.from, transition.to, local.month, local.weekday, local.toFormat('HHmmss')].join('|');
    const rules = dayRules(local);
    const run = runs.find((candidate) => candidate.key === key && candidate.lastYear === local.year - 1);
    const shared = run?.rules.filter((rule) => rules.includes(rule)) ?? [];
    if (run && shared.length > 0) Object.assign(run, { transitions: [...run.transitions, transition], lastYear: local.year, rules: shared });
    else runs.push({ key, transitions: [transition], lastYear: local.year, rules });
  }
  return runs.sort((a, b) => a.transitions[0]!.at - b.transitions[0]!.at);
}

/**
 * The local dates (`YYYY-MM-DD`) on which `zone` changes its clocks in the years of `range`, read
 * in the offset both before and after each change: the only dates on which a meeting's wall time
 * can be skipped or repeated, or its length differ from its clock-face length.
 */
export function clockChangeDates(zone: string, range: YearRange): ReadonlySet<string> {
  const key = `${zone} ${range.fromYear} ${range.toYear}`;
  let dates = changeDates.get(key);
  if (dates === undefined) {
    const found = findTransitions(zone, range).flatMap((transition) =>
      [transition.from, transition.to].map((offset) => DateTime.fromMillis(transition.at, { zone: FixedOffsetZone.instance(offset) }).toISODate()!),
    );
    changeDates.set(key, (dates = new Set(found)));
  }
  return dates;
}

const changeDates = new Map<string, ReadonlySet<string>>();
