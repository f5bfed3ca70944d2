// The `cadence:` block of group.yaml: when a group meets, validated and normalised to schedules.
import { z } from 'zod';
import { WEEKDAYS } from './util-weekday.js';
import { parseDuration, parseOn, parseRepeat, parseTime, parseWeeks, TIME_TEXT, WEEKS_TEXT, type TimeRange } from './util-cadence-text.js';
import { rawRrule } from './raw-rrule.js';
import { DateSchema, IdSchema, NameSchema, TimeZoneSchema, weekdayOfDate } from './util-schema-values.js';
import { writtenAs } from './util-written-form.js';
import { checkSchedule } from './check-schedule.js';

/**
 * Runs `inner` on a value and turns its result or issues into a transform step (keeps paths).
 * Each issue keeps its own input, so a missing key (input undefined) still reads as missing.
 */
function parseWith<T>(inner: z.ZodType<T>, value: unknown, ctx: z.RefinementCtx): T {
  const result = inner.safeParse(value, { reportInput: true });
  if (result.success) return result.data;
  for (const issue of result.error.issues) ctx.issues.push(issue as never);
  return z.NEVER;
}

/** A value read by one of the plain-English readers: a string in, a value or a message out. */
function textValue<T>(read: (text: string) => T | string, expected: string) {
  return z.string({ error: `expected ${expected}` }).transform((text, ctx) => {
    const value = read(text);
    if (typeof value !== 'string') return value;
    ctx.issues.push({ code: 'custom', message: value, input: text });
    return z.NEVER;
  });
}

const TimeSchema = writtenAs(
  textValue<TimeRange>(parseTime, 'a time like 14:00 or 14:00-15:00 (in quotes if YAML 1.1)')
    .describe('Local start time, or start-end: `14:00` or `14:00-15:00` (24-hour clock)'),
  z.string().regex(TIME_TEXT),
);

const DurationSchema = z
  .union([z.number().int().positive(), z.string()], { error: 'expected minutes or a duration like 1h30m' })
  .transform((value, ctx) => {
    const minutes = parseDuration(value);
    if (typeof minutes === 'number') return minutes;
    ctx.issues.push({ code: 'custom', message: minutes, input: value });
    return z.NEVER;
  })
  .describe('Length of a meeting: minutes (`90`) or `1h30m`; default 60, or the end of `time:`');

/** The most dates a schedule may list under `cancelled:`, `moved:` or `dates:` each. */
export const MAX_DATES = 1000;

/** The most schedules a group may have, and the most venues a schedule may alternate between. */
export const MAX_SCHEDULES = 20;
export const MAX_VENUES = 20;

/** A list of at most `max` items, with a message that says what to do instead. */
function bounded<T extends z.ZodType>(item: T, max: number, what: string, instead: string) {
  return z.array(item).max(max, { message: `more than ${max} ${what}, the limit: ${instead}` });
}

/** One meeting moved to another day, time or venue. */
const MoveSchema = z
  .strictObject({
    from: DateSchema.describe('The regular meeting date being moved'),
    to: DateSchema.optional().describe('New date; default the same day'),
    time: TimeSchema.optional().describe('New time; default the schedule time'),
    venue: IdSchema.optional().describe('New venue id; default the venue of the regular meeting'),
  })
  .refine((move) => move.to ?? move.time ?? move.venue, { message: 'a move needs `to:`, `time:` or `venue:`' });

/** One extra meeting outside the recurrence (all meetings of an ad hoc schedule). */
const OneOffObjectSchema = z.strictObject({
  date: DateSchema.describe('Date of this meeting, YYYY-MM-DD'),
  time: TimeSchema.optional().describe('Time of this meeting; default the schedule time'),
  venue: IdSchema.optional().describe('Venue id; default the schedule’s first venue'),
});

const OneOffSchema = writtenAs(
  z
    .unknown()
    .transform((value, ctx) => (typeof value === 'string' ? { date: parseWith(DateSchema, value, ctx) } : parseWith(OneOffObjectSchema, value, ctx))),
  z.union([DateSchema, OneOffObjectSchema]),
);

/** The normalised recurrence of a schedule: what `repeat:` + `on:` (or `rrule:`) mean. */
export const RecurrenceSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('weekly'), interval: z.number().int().min(1), weekday: z.enum(WEEKDAYS) }),
  // ISO week numbers w with (w - week) divisible by `every`, counted afresh each ISO year (see util-cadence-text).
  z.strictObject({ kind: z.literal('iso-weeks'), every: z.number().int().min(2), week: z.number().int().min(1), weekday: z.enum(WEEKDAYS) }),
  z.strictObject({
    kind: z.literal('monthly'),
    interval: z.number().int().min(1),
    nth: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(-1)]),
    weekday: z.enum(WEEKDAYS),
  }),
  z.strictObject({ kind: z.literal('rrule'), rule: z.string() }),
  z.strictObject({ kind: z.literal('ad-hoc') }),
]);

/** A normalised recurrence. Weekly and monthly intervals count weeks or months from the first date. */
export type Recurrence = z.output<typeof RecurrenceSchema>;

/** One schedule as written in YAML (before normalisation). Unknown keys are errors. */
const ScheduleInputSchema = z.strictObject({
  id: IdSchema.optional().describe('Schedule id, needed when a group has several: `europe`, `americas`'),
  name: NameSchema.optional().describe('Shown after the group name: `Americas slot`'),
  repeat: textValue(parseRepeat, 'e.g. `every other week`').optional()
    .describe('weekly | every other week | every N weeks | monthly | every N months | ad hoc'),
  on: textValue(parseOn, 'a weekday, or e.g. `first tuesday`').optional()
    .describe('`tuesday`; for monthly `first|second|third|fourth|last tuesday`'),
  weeks: writtenAs(
    textValue(parseWeeks, '`odd`, `even` or e.g. `1 of 4`'),
    z.string().regex(WEEKS_TEXT),
  ).optional()
    .describe('ISO weeks to meet in, counted afresh each ISO year: `odd`, `even` (with `every other week`), `1 of 4` (with `every 4 weeks`)'),
  rrule: z.string().optional().describe('Raw RFC 5545 RRULE for anything else, e.g. FREQ=MONTHLY;BYMONTHDAY=15'),
  from: DateSchema.optional().describe('First date of the schedule (YYYY-MM-DD); alternation counts from here'),
  until: DateSchema.optional().describe('Last possible date (inclusive)'),
  time: TimeSchema,
  duration: DurationSchema.optional(),
  timeZone: TimeZoneSchema.optional().describe('IANA zone, or UTC; default the group time zone'),
  venue: IdSchema.optional().describe('Venue id of every meeting'),
  venues: bounded(IdSchema, MAX_VENUES, 'venues in turn', 'use fewer, or one schedule per venue').min(1).optional().describe('Venue ids used in turn: [bluejeans, centos-devel]'),
  cancelled: bounded(DateSchema, MAX_DATES, 'cancelled dates', 'end the schedule with `until:` and start a new one').default([]).describe('Dates of regular meetings that do not happen'),
  moved: bounded(MoveSchema, MAX_DATES, 'moved meetings', 'end the schedule with `until:` and start one at the new time').default([]).describe('Regular meetings moved to another day, time or venue'),
  dates: bounded(OneOffSchema, MAX_DATES, 'one-off dates', 'use a `repeat:` or an `rrule:` for the regular ones').default([]).describe('Extra one-off meetings (all the meetings when ad hoc)'),
});

type ScheduleInput = z.output<typeof ScheduleInputSchema>;

/** Turns repeat/on/rrule into a Recurrence, reporting contradictions at the key that causes them. */
function recurrenceOf(input: ScheduleInput, ctx: z.RefinementCtx): Recurrence | undefined {
  const fail = (path: keyof ScheduleInput, message: string) => {
    ctx.issues.push({ code: 'custom', message, path: [path], input: input[path] });
    return undefined;
  };
  if (input.rrule !== undefined && input.repeat !== undefined) return fail('rrule', 'use either `repeat:` or `rrule:`, not both');
  if (input.weeks !== undefined && (input.repeat === undefined || input.repeat.unit !== 'week')) {
    return fail('weeks', '`weeks:` goes with `repeat: every other week` (odd, even) or `every N weeks` (K of N)');
  }
  if (input.rrule !== undefined) {
    if (input.on !== undefined) return fail('on', '`on:` is not used with `rrule:`; put BYDAY in the rule');
    const rule = rawRrule(input.rrule);
    return typeof rule === 'string' ? { kind: 'rrule', rule } : fail('rrule', rule.error);
  }
  if (input.repeat === undefined) return fail('repeat', 'missing `repeat:` (e.g. `every other week`, or `ad hoc`)');
  const repeat = input.repeat;
  if (repeat.unit === 'ad-hoc') {
    if (input.on !== undefined) return fail('on', '`on:` is not used with `repeat: ad hoc`; list `dates:`');
    return { kind: 'ad-hoc' };
  }
  if (repeat.unit === 'month') {
    if (input.on?.nth === undefined) return fail('on', 'monthly needs `on:` like `first tuesday` or `last thursday`');
    return { kind: 'monthly', interval: repeat.interval, nth: input.on.nth, weekday: input.on.weekday };
  }
  if (input.on?.nth !== undefined) return fail('on', '`first tuesday` and the like need `repeat: monthly`');
  const weekday = input.on?.weekday ?? (input.from === undefined ? undefined : weekdayOfDate(input.from));
  if (weekday === undefined) return fail('on', 'weekly needs `on:` (a weekday) or `from:`');
  if (input.weeks !== undefined) {
    const { every, week } = input.weeks;
    if (every !== repeat.interval) {
      const needed = every === 2 ? 'every other week' : `every ${every} weeks`;
      return fail('weeks', `\`weeks: ${weeksText(input.weeks)}\` needs \`repeat: ${needed}\``);
    }
    return { kind: 'iso-weeks', every, week, weekday };
  }
  return { kind: 'weekly', interval: repeat.interval, weekday };
}

/** A `weeks:` value as written: `odd`, `even` or `K of N`. */
function weeksText({ every, week }: { every: number; week: number }): string {
  return every === 2 ? (week === 1 ? 'odd' : 'even') : `${week} of ${every}`;
}

/** The normalised schedule, before its id is settled by the list it is in. */
function normalise(input: ScheduleInput, ctx: z.RefinementCtx) {
  const recurrence = recurrenceOf(input, ctx);
  if (input.venue !== undefined && input.venues !== undefined) {
    ctx.issues.push({ code: 'custom', message: 'use either `venue:` or `venues:`', path: ['venues'], input: input.venues });
  }
  if (input.time.minutes !== undefined && input.duration !== undefined) {
    ctx.issues.push({ code: 'custom', message: 'give an end in `time:` or a `duration:`, not both', path: ['duration'], input: input.duration });
  }
  if (recurrence === undefined) return z.NEVER;
  const schedule = {
    id: input.id,
    name: input.name,
    recurrence,
    from: input.from,
    until: input.until,
    time: { start: input.time.start, minutes: input.time.minutes ?? input.duration ?? 60 },
    timeZone: input.timeZone,
    venues: input.venues ?? (input.venue === undefined ? [] : [input.venue]),
    cancelled: input.cancelled,
    moved: input.moved.map((move) => ({ ...move, time: move.time && { start: move.time.start, minutes: move.time.minutes } })),
    dates: input.dates,
  };
  checkSchedule(schedule, ctx);
  return schedule;
}

const ScheduleSchema = ScheduleInputSchema.transform(normalise);

const ScheduleListSchema = z
  .array(z.unknown())
  .min(1, { message: 'an empty list: give at least one schedule' })
  .max(MAX_SCHEDULES, { message: `more than ${MAX_SCHEDULES} schedules, the limit: merge slots (an \`rrule:\` can give several days)` })
  // Counted before any schedule is read, so a long list costs nothing beyond the error.
  .pipe(z.array(ScheduleSchema));

/** Reads a `cadence:` value: checks each schedule, then settles the schedule ids. */
function readCadence(value: unknown, ctx: z.RefinementCtx) {
  if (typeof value !== 'object' || value === null) {
    ctx.issues.push({ code: 'custom', message: 'expected a schedule (a mapping) or a list of schedules', input: value });
    return z.NEVER;
  }
  const options = { reportInput: true }; // each issue keeps its input, as in parseWith
  const result = Array.isArray(value) ? ScheduleListSchema.safeParse(value, options) : ScheduleSchema.transform((one) => [one]).safeParse(value, options);
  if (!result.success) {
    for (const issue of result.error.issues) ctx.issues.push(issue as never);
    return z.NEVER;
  }
  const list = result.data;
  const seen = new Set<string>();
  return list.map((schedule, index) => {
    const id = schedule.id ?? (list.length === 1 ? 'main' : undefined);
    const path = Array.isArray(value) ? [index, 'id'] : ['id'];
    if (id === undefined) ctx.issues.push({ code: 'custom', message: 'several schedules: give each an `id:`', path, input: schedule });
    else if (seen.has(id)) ctx.issues.push({ code: 'custom', message: `duplicate schedule id "${id}"`, path, input: id });
    if (id !== undefined) seen.add(id);
    return { ...schedule, id: id ?? `schedule-${index + 1}` };
  });
}

/**
 * The value of `cadence:` in group.yaml: one schedule, or a list of schedules (e.g. two time
 * slots for two continents). Always normalised to a list; a lone schedule gets the id `main`,
 * schedules in a list of two or more must each have a distinct `id:` (it is part of the .ics UIDs).
 * It reads `unknown` so that a wrong value gets the message of the schedule it was meant to be.
 */
export const CadenceSchema = writtenAs(
  z.unknown().transform(readCadence).describe('When the group meets: one schedule or a list of schedules (see docs/cadence.md)'),
  z.union([ScheduleInputSchema, z.array(ScheduleInputSchema).min(1)]),
);

/** The normalised cadence: a non-empty list of schedules with distinct ids. */
export type Cadence = z.output<typeof CadenceSchema>;

/** One normalised schedule: a recurrence, a local time and zone, venues, cancellations and moves. */
export type Schedule = Cadence[number];

/** A schedule before its id is settled (what {@link checkSchedule} sees). */
export type ScheduleDraft = Omit<Schedule, 'id'> & { id?: string | undefined };
