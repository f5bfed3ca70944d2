// Cross-field checks of one schedule: dates that must (or must not) be meetings of its recurrence.
import type { z } from 'zod';
import type { ScheduleDraft } from './cadence-schema.js';
import { HORIZON_YEARS } from './horizon.js';
import { occurrenceIndex, recurrenceRule } from './recurrence.js';
import { weekdayOfDate } from './util-schema-values.js';

/**
 * Reports, on the key at fault, what a schema alone cannot see: a `from:` on the wrong weekday,
 * `until:` before `from:`, a schedule without meetings, a cancelled or moved date that is not a
 * regular meeting (or is listed twice), a one-off on a day that already has a meeting, and
 * alternating venues on a recurrence that cannot be split into venue phases.
 */
export function checkSchedule(schedule: ScheduleDraft, ctx: z.RefinementCtx): void {
  const report = (path: (string | number)[], message: string): void => {
    ctx.issues.push({ code: 'custom', message, path, input: schedule });
  };
  const { recurrence } = schedule;
  if (recurrence.kind === 'ad-hoc') {
    for (const key of ['from', 'until', 'cancelled', 'moved'] as const) {
      const value = schedule[key];
      if (value !== undefined && !(Array.isArray(value) && value.length === 0)) report([key], `\`${key}:\` is not used with \`repeat: ad hoc\`; edit \`dates:\``);
    }
    if (schedule.venues.length > 1) report(['venues'], 'alternating venues need a regular `repeat:`; give each date its `venue:`');
    return;
  }
  if (schedule.from === undefined) return report(['from'], 'missing `from:`, the date of the first meeting');
  if ((recurrence.kind === 'weekly' || recurrence.kind === 'iso-weeks') && weekdayOfDate(schedule.from) !== recurrence.weekday) {
    return report(['from'], `${schedule.from} is a ${capital(weekdayOfDate(schedule.from))}, not a ${capital(recurrence.weekday)}`);
  }
  if (schedule.until !== undefined && schedule.until < schedule.from) return report(['until'], '`until:` is before `from:`');
  if (recurrenceRule(schedule) === undefined) {
    // Looked for within the horizon only: a rule that never occurs would otherwise be searched forever.
    const where = schedule.until === undefined ? ` in the ${HORIZON_YEARS} years from \`from:\`` : ' between `from:` and `until:`';
    const fix = recurrence.kind === 'rrule' ? 'check the days the rule asks for (BYMONTH=2;BYMONTHDAY=30 is never)' : 'check `from:` and `until:`';
    return report([recurrence.kind === 'rrule' ? 'rrule' : 'from'], `this schedule has no meetings${where}: ${fix}`);
  }
  if (recurrence.kind === 'rrule' && schedule.venues.length > 1) {
    report(['venues'], 'alternating venues need `repeat:`; with `rrule:` use one venue, or one schedule per venue');
  }
  if (recurrence.kind === 'iso-weeks' && schedule.venues.length > 1) {
    report(['venues'], 'alternating venues do not go with `weeks:`; use one schedule per venue (e.g. `weeks: odd` and `weeks: even`)');
  }
  const seen = new Set<string>();
  const regular = (date: string, path: (string | number)[]) => {
    if (seen.has(date)) report(path, `${date} is already cancelled or moved`);
    else if (occurrenceIndex(schedule, date) === undefined) report(path, `${date} is not a regular meeting date of this schedule`);
    seen.add(date);
  };
  schedule.cancelled.forEach((date, index) => regular(date, ['cancelled', index]));
  schedule.moved.forEach((move, index) => regular(move.from, ['moved', index, 'from']));
  schedule.dates.forEach((oneOff, index) => {
    if (occurrenceIndex(schedule, oneOff.date) !== undefined) {
      report(['dates', index], `${oneOff.date} already has a regular meeting; to change it use \`moved:\``);
    }
  });
}

function capital(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
