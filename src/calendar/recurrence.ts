// A schedule's recurrence as an rrule.js rule over floating local times (no zone attached yet).
import rrulePkg from 'rrule';
import type { Recurrence } from './cadence-schema.js';
import { regularDates } from './regular-dates.js';
import { horizonEnd } from './horizon.js';
import { dayNumber, isoDate, ruleDays } from './rule-days.js';
import { floating, floatingDate } from './util-local-time.js';
import { rruleWeekday } from './util-weekday.js';

const { RRule } = rrulePkg;

/** The parts of a schedule that decide its dates and times. */
export interface RecurrenceFields {
  recurrence: Recurrence;
  /** First possible date, `YYYY-MM-DD`; required unless ad hoc. */
  from?: string | undefined;
  /** Last possible date (inclusive), `YYYY-MM-DD`. */
  until?: string | undefined;
  time: { start: string };
}

/** A venue phase of a series: occurrence `index`, `index + count`, `index + 2·count`, ... */
export interface Phase {
  index: number;
  count: number;
}

/** rrule.js options for a recurrence, without DTSTART and UNTIL; undefined when ad hoc. */
export function ruleOptions(recurrence: Recurrence): Partial<rrulePkg.Options> | undefined {
  switch (recurrence.kind) {
    case 'weekly':
      return { freq: RRule.WEEKLY, interval: recurrence.interval, byweekday: [rruleWeekday(recurrence.weekday)] };
    case 'iso-weeks':
      // Right within one ISO year only: feeds write one such series per ISO year (ics-events.ts).
      return { freq: RRule.WEEKLY, interval: recurrence.every, byweekday: [rruleWeekday(recurrence.weekday)] };
    case 'monthly':
      return { freq: RRule.MONTHLY, interval: recurrence.interval, byweekday: [rruleWeekday(recurrence.weekday, recurrence.nth)] };
    case 'rrule':
      return RRule.parseString(recurrence.rule);
    case 'ad-hoc':
      return undefined;
  }
}

/** The floating end of the last possible day (`until` at 23:59:59), if any. */
export function floatingUntil(schedule: RecurrenceFields): Date | undefined {
  return schedule.until === undefined ? undefined : floating(schedule.until, '23:59:59');
}

/**
 * The rule for a schedule in floating local time, or undefined when ad hoc or without any
 * occurrence. Its DTSTART is the first real occurrence on or after `from` (RFC 5545 wants DTSTART
 * to be an occurrence), so intervals count from the first meeting, never from ISO week numbers.
 * For an ISO-week schedule the rule is right within the ISO year of its first meeting only.
 * With a `phase`, the rule yields only every `count`-th occurrence starting at `index` — the
 * meetings at one venue of an alternation — by multiplying the interval.
 */
export function recurrenceRule(schedule: RecurrenceFields, phase?: Phase): rrulePkg.RRule | undefined {
  const options = ruleOptions(schedule.recurrence);
  if (options === undefined || schedule.from === undefined) return undefined;
  const until = floatingUntil(schedule);
  const first = firstStart(schedule, options);
  if (first === undefined) return undefined;
  const base = new RRule({ ...options, dtstart: first, until });
  if (phase === undefined || phase.count === 1) return base;
  const start = base.all((_, index) => index <= phase.index)[phase.index];
  if (start === undefined) return undefined;
  return new RRule({ ...options, interval: (options.interval ?? 1) * phase.count, dtstart: start, until });
}

/**
 * The floating start of a schedule's first meeting on or after `from`, within its horizon. Weekly
 * and monthly series meet at least every 52 weeks or months, so rrule.js finds it at once; a raw
 * rule may never occur (`BYMONTH=2;BYMONTHDAY=30`), so it is looked for in the horizon only.
 */
function firstStart(schedule: RecurrenceFields, options: Partial<rrulePkg.Options>): Date | undefined {
  const requested = floating(schedule.from!, schedule.time.start);
  if (schedule.recurrence.kind === 'iso-weeks') {
    // Week K of N of an ISO year exists every year, so the first meeting is within two years.
    const [first] = regularDates(schedule, isoDate(dayNumber(schedule.from!) + 800)) ?? [];
    return first === undefined || (schedule.until !== undefined && first > schedule.until) ? undefined : floating(first, schedule.time.start);
  }
  if (schedule.recurrence.kind !== 'rrule') return new RRule({ ...options, dtstart: requested, until: floatingUntil(schedule) }).after(requested, true) ?? undefined;
  const [first] = ruleDays(schedule.recurrence.rule, schedule.from!, horizonEnd(schedule), () => false);
  return first === undefined ? undefined : floating(first, schedule.time.start);
}

type RegularStart = { start: Date; index: number };

/** The regular meeting dates of a schedule up to `last`, and the index of each. */
interface Expansion {
  last: string;
  dates: string[];
  index: Map<string, number>;
}

// One build asks for the same schedules many times (pages, calendars, checks): each schedule
// keeps its longest expansion so far. An expansion that must grow at least doubles its span, so
// asking for ever later dates (a long `cancelled:` list) costs a few expansions, not one each.
const expansions = new WeakMap<RecurrenceFields, Expansion>();

/** A count the tests read: the regular meeting dates computed so far, over every schedule. */
export const expansionCounter = { dates: 0 };

/** The schedule's regular meeting dates up to `last` (and possibly beyond), within its horizon. */
function expansion(schedule: RecurrenceFields, last: string): Expansion {
  const known = expansions.get(schedule);
  const end = horizonEnd(schedule);
  if (known && (known.last >= last || known.last >= end)) return known;
  if (schedule.from === undefined || schedule.recurrence.kind === 'ad-hoc') {
    const none = { last: end, dates: [], index: new Map<string, number>() };
    expansions.set(schedule, none);
    return none;
  }
  const from = dayNumber(schedule.from);
  const wanted = Math.max(dayNumber(last), known ? from + 2 * (dayNumber(known.last) - from) : from + 366);
  const upTo = isoDate(Math.min(wanted, dayNumber(end)));
  const dates =
    schedule.recurrence.kind === 'rrule' ? ruleDays(schedule.recurrence.rule, schedule.from, upTo) : (regularDates(schedule, upTo) ?? []);
  expansionCounter.dates += dates.length;
  const grown = { last: upTo, dates, index: new Map(dates.map((date, index) => [date, index])) };
  expansions.set(schedule, grown);
  return grown;
}

/** Floating starts of a schedule's regular meetings up to `limit` (inclusive), with their 0-based index. */
export function regularStarts(schedule: RecurrenceFields, limit: Date): RegularStart[] {
  const { dates } = expansion(schedule, floatingDate(limit));
  const starts: RegularStart[] = [];
  for (const [index, date] of dates.entries()) {
    const start = floating(date, schedule.time.start);
    if (start > limit) break;
    starts.push({ start, index });
  }
  return starts;
}

/** The 0-based index of the regular meeting on a local date, or undefined if there is none. */
export function occurrenceIndex(schedule: RecurrenceFields, date: string): number | undefined {
  return expansion(schedule, date).index.get(date);
}
