// A schedule's recurrence as an rrule.js rule over floating local times (no zone attached yet).
import rrulePkg from 'rrule';
import type { Recurrence } from './cadence-schema.js';
import { floating } from './util-local-time.js';
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
 * With a `phase`, the rule yields only every `count`-th occurrence starting at `index` — the
 * meetings at one venue of an alternation — by multiplying the interval.
 */
export function recurrenceRule(schedule: RecurrenceFields, phase?: Phase): rrulePkg.RRule | undefined {
  const options = ruleOptions(schedule.recurrence);
  if (options === undefined || schedule.from === undefined) return undefined;
  const until = floatingUntil(schedule);
  const requested = floating(schedule.from, schedule.time.start);
  const first = new RRule({ ...options, dtstart: requested, until }).after(requested, true);
  if (first === null) return undefined;
  const base = new RRule({ ...options, dtstart: first, until });
  if (phase === undefined || phase.count === 1) return base;
  const start = base.all((_, index) => index <= phase.index)[phase.index];
  if (start === undefined) return undefined;
  return new RRule({ ...options, interval: (options.interval ?? 1) * phase.count, dtstart: start, until });
}

type RegularStart = { start: Date; index: number };

// A series is expanded from its first meeting, and one build asks for the same schedules many
// times (pages, calendars, checks): each schedule keeps its longest expansion so far.
const expansions = new WeakMap<RecurrenceFields, { limit: number; starts: RegularStart[] }>();

/** Floating starts of a schedule's regular meetings up to `limit` (inclusive), with their 0-based index. */
export function regularStarts(schedule: RecurrenceFields, limit: Date): RegularStart[] {
  const known = expansions.get(schedule);
  if (known && known.limit >= limit.getTime()) return known.starts.filter(({ start }) => start <= limit);
  const rule = recurrenceRule(schedule);
  const starts = rule === undefined ? [] : rule.all((start) => start <= limit).map((start, index) => ({ start, index }));
  expansions.set(schedule, { limit: limit.getTime(), starts });
  return starts;
}

/** The 0-based index of the regular meeting on a local date, or undefined if there is none. */
export function occurrenceIndex(schedule: RecurrenceFields, date: string): number | undefined {
  const start = floating(date, schedule.time.start);
  const starts = regularStarts(schedule, start);
  const last = starts[starts.length - 1];
  return last !== undefined && last.start.getTime() === start.getTime() ? last.index : undefined;
}
