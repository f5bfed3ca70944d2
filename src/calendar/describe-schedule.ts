// A schedule in plain English: "every other Tuesday, 14:00–15:00 Europe/London, alternating ...".
import { DateTime } from 'luxon';
import rrulePkg from 'rrule';
import type { Recurrence, Schedule } from './cadence-schema.js';

const { RRule } = rrulePkg;

/** What a description needs besides the schedule. */
export interface DescribeOptions {
  /** The group's zone, for schedules that do not name one. */
  defaultTimeZone: string;
  /** Display names of venues by id; an id without a name is shown as the id. */
  venueNames?: Readonly<Record<string, string>>;
}

const ORDINAL_WORDS: Record<number, string> = { 1: 'first', 2: 'second', 3: 'third', 4: 'fourth', [-1]: 'last' };

/**
 * Describes one schedule in a sentence fragment without a final full stop, e.g.
 * `every other Tuesday, 14:00–15:00 Europe/London, alternating Bluejeans video call and #centos-devel`.
 * Times are local wall times in the schedule's zone; the end is start + duration on the clock face.
 */
export function describeSchedule(schedule: Schedule, options: DescribeOptions): string {
  const start = DateTime.fromISO(`2000-01-01T${schedule.time.start}`, { zone: 'utc' });
  const hours = `${start.toFormat('HH:mm')}–${start.plus({ minutes: schedule.time.minutes }).toFormat('HH:mm')}`;
  const parts = [recurrenceWords(schedule.recurrence), `${hours} ${schedule.timeZone ?? options.defaultTimeZone}`];
  const venues = schedule.venues.map((id) => options.venueNames?.[id] ?? id);
  if (venues.length === 1) parts.push(`on ${venues[0]}`);
  if (venues.length > 1) parts.push(`alternating ${listWords(venues)}`);
  if (schedule.until !== undefined) parts.push(`until ${DateTime.fromISO(schedule.until).setLocale('en-GB').toFormat('d LLLL yyyy')}`);
  const text = parts.join(', ');
  return schedule.name === undefined ? text : `${schedule.name}: ${text}`;
}

/** The recurrence alone: `every other Tuesday`, `the last Thursday of every month`, `ad hoc`. */
export function recurrenceWords(recurrence: Recurrence): string {
  switch (recurrence.kind) {
    case 'weekly': {
      const day = capital(recurrence.weekday);
      if (recurrence.interval === 1) return `every ${day}`;
      return recurrence.interval === 2 ? `every other ${day}` : `every ${recurrence.interval} weeks on ${day}`;
    }
    case 'iso-weeks': {
      // Said outright: these weeks are not every N weeks across a 53-week year.
      const day = `${capital(recurrence.weekday)}s`;
      if (recurrence.every === 2) return `${day} of ${recurrence.week === 1 ? 'odd' : 'even'} ISO weeks`;
      const first = recurrence.week;
      return `${day} of ISO weeks ${first}, ${first + recurrence.every}, ${first + 2 * recurrence.every}, … (week ${first} of every ${recurrence.every}, counted afresh each ISO year)`;
    }
    case 'monthly': {
      const every = recurrence.interval === 1 ? 'every month' : recurrence.interval === 2 ? 'every other month' : `every ${recurrence.interval} months`;
      return `the ${ORDINAL_WORDS[recurrence.nth]} ${capital(recurrence.weekday)} of ${every}`;
    }
    case 'rrule': {
      const rule = new RRule(RRule.parseString(recurrence.rule));
      return rule.isFullyConvertibleToText() ? rule.toText() : `RRULE ${recurrence.rule}`;
    }
    case 'ad-hoc':
      return 'ad hoc';
  }
}

function listWords(words: string[]): string {
  return words.length <= 2 ? words.join(' and ') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

function capital(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
