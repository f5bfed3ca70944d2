// Issue 14, "denial of service from small files": each pathological input of the report, with a
// size bound or an operation count that keeps `check` linear in its input (never a timing).
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, test } from 'vitest';
import { CadenceSchema, MAX_DATES, MAX_SCHEDULES, MAX_VENUES } from '../../src/calendar/cadence-schema.js';
import { HORIZON_YEARS } from '../../src/calendar/horizon.js';
import { VTIMEZONE_YEARS } from '../../src/calendar/feed-years.js';
import { yearRange } from '../../src/calendar/ics.js';
import { occurrences } from '../../src/calendar/occurrences.js';
import { expansionCounter } from '../../src/calendar/recurrence.js';
import { ruleDaysWork } from '../../src/calendar/rule-days.js';
import { MAX_VALUE_LENGTH, parseDuration, parseOn, parseRepeat, parseTime } from '../../src/calendar/util-cadence-text.js';
import { MAX_SUGGESTED_LENGTH, SUGGESTION_BUDGET, suggest, Suggester } from '../../src/diagnostics/suggest.js';
import { draftActionLine, MAX_OWNERS, parseActionLine } from '../../src/model/action-line.js';
import { buildVirt, minutes } from '../helpers/content.js';

const base = { repeat: 'weekly', from: '2024-01-02', time: '14:00' };
const issues = (value: unknown) => CadenceSchema.safeParse(value).error?.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));

describe('finding 3: a 10 KB `duration:` of spaces then `x`', () => {
  const hostile = `${' '.repeat(10_000)}x`;

  test('the readers look at no more than MAX_VALUE_LENGTH characters, and say so', () => {
    for (const read of [parseDuration, parseTime, parseRepeat, parseOn]) expect(read(hostile)).toMatch(/^too long for this key \(more than 40 characters\)/);
    expect(MAX_VALUE_LENGTH).toBe(40);
    expect(issues({ ...base, duration: hostile })).toEqual([
      { path: 'duration', message: 'too long for this key (more than 40 characters): expected minutes (90) or a duration like 1h, 45m or 1h30m' },
    ]);
  });

  test('within the bound, spaces are still read as before', () => {
    expect(parseDuration(`${' '.repeat(19)}1h 30m${' '.repeat(15)}`)).toBe(90);
    expect(parseDuration(`${' '.repeat(38)}x`)).toBe('expected minutes (90) or a duration like 1h, 45m or 1h30m');
    expect(parseTime(' 9:30  –  11:00 ')).toEqual({ start: '09:30', minutes: 90 });
    expect(parseTime(`14:00${' '.repeat(34)}x`)).toBe('expected a 24-hour time like 14:00 or 14:00-15:00');
  });

  test('a long unknown time zone is reported without comparing it to every zone name', () => {
    expect(issues({ ...base, timeZone: 'x'.repeat(10_000) })?.[0]?.message).toBe(`unknown time zone "${'x'.repeat(64)}…"`);
  });
});

describe('finding 7: an 840 KB line `- ACTION Amir: (due x (due x …`', () => {
  // The due date as the old regex read it: the reference the linear reader must agree with.
  const OLD_DUE = /\s*\(due:?\s+([^)]*)\)\s*\.?\s*$/i;
  const oldReading = (rest: string) => {
    const match = OLD_DUE.exec(rest);
    return match ? { before: rest.slice(0, match.index).trim(), due: match[1]!.trim() } : { before: rest, due: undefined };
  };

  test('the line is read, with no due date, and its text kept whole (size bound: the text is the input)', () => {
    const tail = '(due x '.repeat(120_000);
    const draft = draftActionLine(`ACTION Amir: ${tail}`)!;
    expect(draft.due).toBeUndefined();
    expect(draft.listed).toEqual({ owners: ['Amir'], text: tail.trim() });
  });

  test('the split agrees with the old regex on every short text of the characters that matter', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('(', ')', 'due', 'DUE:', ' ', '.', 'x', '2024-01-02', ':'), { maxLength: 14 }), (parts) => {
        const rest = `do it ${parts.join('')}`.replace(/\s+/g, ' ').trim();
        const draft = draftActionLine(`ACTION: ${rest}`)!;
        const old = oldReading(rest);
        expect(draft.due).toBe(old.due);
        expect(draft.rest).toBe(old.before);
      }),
      { numRuns: 2000, seed: 14 },
    );
  });

  test('a long run of punctuation after a known owner is stripped by hand, not by a backtracking regex', () => {
    const line = parseActionLine(`ACTION: Amir ${')'.repeat(200_000)}x`, (name) => name === 'Amir')!;
    expect(line.owners).toEqual(['Amir']);
    expect(line.text).toHaveLength(200_001);
  });
});

describe('finding 8: `- ACTION Amir and Amir and … x` (180 KB)', () => {
  const line = `ACTION ${'Amir and '.repeat(20_000)}x`;

  test('repeated owners are one owner (size bound: one, not 20,000)', () => {
    expect(parseActionLine(line, (name) => name.toLowerCase() === 'amir')).toMatchObject({ owners: ['Amir'], text: 'and x' });
    expect(parseActionLine('ACTION Amir, amir and AMIR: x', () => true)!.owners).toEqual(['Amir']);
  });

  test('more than MAX_OWNERS distinct owners is an error with a hint, and the action keeps MAX_OWNERS', () => {
    const names = Array.from({ length: 30 }, (_, i) => `p${i}`);
    const people = names.map((id) => `- id: ${id}\n  name: Person ${id}\n`).join('');
    const result = buildVirt({ '2014-04-11.md': minutes('date: 2014-04-11', `\n- ACTION ${names.join(' and ')} x\n`) }, '2014-06-01', {
      'content/people.yaml': people,
    });
    const message = result.messages.find((m) => m.ruleId === 'action-owners-too-many');
    expect(message).toMatchObject({ reason: `Action virt-20140411-1 has 30 owners; at most ${MAX_OWNERS} are allowed`, line: 5, severity: 'error' });
    expect(message!.hint).toBe('name the few people who will do it, or split it into several actions');
    expect(result.wiki.groups[0]!.meetings[0]!.actions[0]!.owners).toHaveLength(MAX_OWNERS);
  });
});

describe('finding 6: 20,000 unknown attendees and the "did you mean" lookup', () => {
  const people = Array.from({ length: 2_000 }, (_, i) => [`person-${i}`, `Person Number ${i}`]).flat();

  test('only names of a plausible length are compared: a typo costs a bucket, not the whole list', () => {
    const suggester = new Suggester(people);
    expect(suggester.suggest('persn-1234')).toBe('person-1234');
    // 'persn-1234' (10 letters) allows 3 edits: names of 7 to 13 letters are compared, so of
    // the 4,000 names the 2,000 ids (8 to 11 letters), not the full names (15 to 18 letters).
    expect(suggester.compared).toBe(2_000);
  });

  test('the candidates compared stay under the budget, however many names are unknown', () => {
    const suggester = new Suggester(people);
    for (let i = 0; i < 20_000; i++) suggester.suggest(`p${i}x${i}`);
    expect(suggester.compared).toBeLessThanOrEqual(SUGGESTION_BUDGET);
    expect(suggester.compared).toBe(SUGGESTION_BUDGET);
    // Spent: no more suggestions (the generic hint is given instead), and nothing more is compared.
    expect(suggester.suggest('persn-1234')).toBeUndefined();
    expect(suggester.compared).toBe(SUGGESTION_BUDGET);
  });

  test('a name asked again is answered from memory; a long name is not compared at all', () => {
    const suggester = new Suggester(people);
    suggester.suggest('Person Numbr 7');
    const once = suggester.compared;
    for (let i = 0; i < 100; i++) suggester.suggest('Person Numbr 7');
    suggester.suggest('x'.repeat(MAX_SUGGESTED_LENGTH + 1));
    expect(suggester.compared).toBe(once);
  });

  test('the answers are those of comparing every candidate in order (ties to the matching case, then the first)', () => {
    const names = ['Amir', 'amir', 'Anil', 'Lars Kurth', 'LK', 'GD', 'attendees', 'Ab', 'aB', 'ab'];
    const reference = (wrong: string) => {
      let best: string | undefined;
      let bestD = Infinity;
      let bestCase = Infinity;
      for (const name of names) {
        const d = distanceOf(wrong.toLowerCase(), name.toLowerCase());
        const caseD = distanceOf(wrong, name);
        if (d < bestD || (d === bestD && caseD < bestCase)) [best, bestD, bestCase] = [name, d, caseD];
      }
      return bestD <= Math.max(1, Math.floor(wrong.length / 3)) ? best : undefined;
    };
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'A', 'm', 'i', 'r', 'b', 'B', 'L', 'K', ' '), { minLength: 1, maxLength: 6 }), (letters) => {
        const wrong = letters.join('');
        expect(suggest(wrong, names)).toBe(reference(wrong));
      }),
      { numRuns: 1000, seed: 6 },
    );
  });

  test('a wiki with 2,000 people and 20,000 unknown attendees: one suggester, the budget bounds its work', () => {
    const attendees = Array.from({ length: 20_000 }, (_, i) => `p${i}x${i}`);
    const result = buildVirt({ '2014-04-11.md': minutes(`date: 2014-04-11\nattendees: [${attendees.join(', ')}]`) }, '2014-06-01', {
      'content/people.yaml': Array.from({ length: 2_000 }, (_, i) => `- id: person-${i}\n  name: Person Number ${i}\n`).join(''),
    });
    const unknown = result.messages.filter((m) => m.ruleId === 'person-unknown');
    expect(unknown).toHaveLength(20_000);
    expect(unknown[0]!.hint).toBe('add them to people.yaml, or use an id, name or alias listed there');
  });
});

/** Plain Levenshtein with adjacent swaps as one edit, written out for the reference above. */
function distanceOf(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/** `n` Tuesdays from 2024-01-02, a week apart. */
const tuesdays = (n: number, from = Date.UTC(2024, 0, 2)) => Array.from({ length: n }, (_, i) => new Date(from + i * 7 * 86_400_000).toISOString().slice(0, 10));

describe('finding 4: thousands of `cancelled:` dates', () => {
  const datesComputed = (cancelled: string[]) => {
    const before = expansionCounter.dates;
    const parsed = CadenceSchema.safeParse({ ...base, cancelled });
    expect(parsed.success).toBe(true);
    return expansionCounter.dates - before;
  };

  test('checking n cancelled dates computes O(n) meeting dates: doubling n at most doubles them', () => {
    const half = datesComputed(tuesdays(MAX_DATES / 2));
    const full = datesComputed(tuesdays(MAX_DATES));
    // The series grows by doubling its span, so the dates computed stay within 4n, not n²/2.
    expect(full).toBeLessThanOrEqual(4 * MAX_DATES);
    expect(full).toBeLessThanOrEqual(2 * half + 4 * 53);
  });

  test('more than MAX_DATES dates in a list is one error, and the schedule is not expanded at all', () => {
    const before = expansionCounter.dates;
    expect(issues({ ...base, cancelled: tuesdays(40_000) })).toEqual([
      { path: 'cancelled', message: `more than ${MAX_DATES} cancelled dates, the limit: end the schedule with \`until:\` and start a new one` },
    ]);
    expect(issues({ ...base, dates: tuesdays(MAX_DATES + 1, Date.UTC(2024, 0, 3)) })?.[0]?.path).toBe('dates');
    expect(expansionCounter.dates).toBe(before);
  });

  test('a cancelled date far beyond the horizon costs the horizon, not the distance to it', () => {
    const before = expansionCounter.dates;
    expect(issues({ ...base, cancelled: ['9999-12-28'] })).toEqual([{ path: 'cancelled.0', message: '9999-12-28 is not a regular meeting date of this schedule' }]);
    // Weekly for HORIZON_YEARS years: about 52 × 100 dates, where the year 9999 meant 416,000.
    expect(expansionCounter.dates - before).toBeLessThanOrEqual(53 * HORIZON_YEARS);
  });

  test('occurrences of a window look cancelled dates up in a set (the result is the same)', () => {
    const cadence = CadenceSchema.parse({ ...base, cancelled: tuesdays(MAX_DATES) });
    const list = occurrences(cadence, { defaultTimeZone: 'UTC', from: '2024-01-01T00:00:00Z', to: '2024-03-01T00:00:00Z' });
    expect(list.map((o) => o.status)).toEqual(Array(9).fill('cancelled'));
  });
});

describe('finding 5: `rrule: FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30` schedules, which never occur', () => {
  const never = (i: number) => ({ id: `s${i}`, rrule: 'FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30', from: '2024-01-01', time: '10:00' });

  test('each is searched for HORIZON_YEARS of days at most, and reported with a hint', () => {
    const before = ruleDaysWork.periods;
    const found = issues([0, 1, 2, 3, 4, 5].map(never));
    expect(found).toHaveLength(6);
    expect(found![0]).toEqual({
      path: '0.rrule',
      message: `this schedule has no meetings in the ${HORIZON_YEARS} years from \`from:\`: check the days the rule asks for (BYMONTH=2;BYMONTHDAY=30 is never)`,
    });
    // 36,524 days in 100 years; rrule.js walked every day to the year 9999 (2.9 million), twice.
    expect(ruleDaysWork.periods - before).toBeLessThanOrEqual(6 * 366 * HORIZON_YEARS);
  });

  test('with `until:` the search ends there', () => {
    const before = ruleDaysWork.periods;
    expect(issues({ ...never(0), until: '2024-12-31' })?.[0]?.message).toBe(
      'this schedule has no meetings between `from:` and `until:`: check the days the rule asks for (BYMONTH=2;BYMONTHDAY=30 is never)',
    );
    expect(ruleDaysWork.periods - before).toBeLessThanOrEqual(366);
  });

  test('more than MAX_SCHEDULES schedules is one error, before any is read', () => {
    const before = ruleDaysWork.periods;
    expect(issues(Array.from({ length: 1_000 }, (_, i) => never(i)))).toEqual([
      { path: '', message: `more than ${MAX_SCHEDULES} schedules, the limit: merge slots (an \`rrule:\` can give several days)` },
    ]);
    expect(ruleDaysWork.periods).toBe(before);
  });

  test('long rules, rules sigwiki does not expand, and long venue alternations are refused', () => {
    expect(issues({ ...never(0), rrule: `FREQ=MONTHLY;BYMONTHDAY=${Array(100).fill(1).join(',')}` })?.[0]?.message).toMatch(/^longer than 200 characters/);
    expect(issues({ ...never(0), rrule: 'FREQ=YEARLY;BYWEEKNO=20' })?.[0]?.message).toMatch(/^BYWEEKNO is not supported in rrule/);
    expect(issues({ ...base, venues: Array(MAX_VENUES + 1).fill('irc') })?.[0]).toEqual({
      path: 'venues',
      message: `more than ${MAX_VENUES} venues in turn, the limit: use fewer, or one schedule per venue`,
    });
  });
});

describe('the same dates at build time: a VTIMEZONE covers a bounded span of years', () => {
  test('a schedule from the year 1 with a one-off in 9999 widens the scan by the bound, not by 10,000 years', () => {
    const cadence = CadenceSchema.parse({ repeat: 'weekly', from: '0001-01-01', time: '10:00', timeZone: 'Europe/London', dates: ['9999-12-31'] });
    const range = yearRange([{ cadence, defaultTimeZone: 'Europe/London' } as never], DateTime.fromISO('2026-01-15T12:00:00Z'));
    expect(range).toEqual({ fromYear: 2026 - VTIMEZONE_YEARS.before, toYear: 2026 + VTIMEZONE_YEARS.after });
  });

  test('ordinary dates keep one year before the first and the feed horizon after the build', () => {
    const cadence = CadenceSchema.parse({ repeat: 'weekly', from: '2014-04-22', time: '10:00', timeZone: 'Europe/London', until: '2030-01-01' });
    expect(yearRange([{ cadence, defaultTimeZone: 'Europe/London' } as never], DateTime.fromISO('2026-01-15T12:00:00Z'))).toEqual({ fromYear: 2013, toYear: 2036 });
  });
});
