// ruleDays does what rrule.js does for a raw RRULE, but stops at the end of its window: rrule.js
// is the reference on random rules, and a rule that never occurs costs only the window's periods.
import fc from 'fast-check';
import rrulePkg from 'rrule';
import { expect, test } from 'vitest';
import { ruleDays, type RuleCounter } from '../../src/calendar/rule-days.js';

const { RRule } = rrulePkg;

const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const list = <T>(item: fc.Arbitrary<T>) => fc.uniqueArray(item, { minLength: 1, maxLength: 3 });
const ruleArbitrary = fc
  .record(
    {
      FREQ: fc.constantFrom('DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'),
      INTERVAL: fc.integer({ min: 1, max: 4 }),
      COUNT: fc.integer({ min: 1, max: 30 }),
      WKST: fc.constantFrom(...WEEKDAYS),
      BYDAY: list(fc.tuple(fc.constantFrom('', '1', '2', '-1', '3', '-2', '5', '53'), fc.constantFrom(...WEEKDAYS)).map(([n, d]) => `${n}${d}`)),
      BYMONTHDAY: list(fc.constantFrom(1, 2, 13, 15, 28, 29, 30, 31, -1, -2, -31)),
      BYMONTH: list(fc.integer({ min: 1, max: 12 })),
      BYYEARDAY: list(fc.constantFrom(1, 32, 60, 100, 200, 365, 366, -1, -366)),
      BYSETPOS: list(fc.constantFrom(1, 2, -1, -2, 3, 5)),
    },
    { requiredKeys: ['FREQ'] },
  )
  .map((parts) => Object.entries(parts).map(([name, value]) => `${name}=${Array.isArray(value) ? value.join(',') : value}`).join(';'));

test('the same days as rrule.js for random rules, starts and windows', () => {
  fc.assert(
    fc.property(
      ruleArbitrary,
      // Near the year 9999, where rrule.js stops, so it is cheap even for a rule that never occurs
      // (it walks on to 9999 looking for one). The Gregorian calendar repeats every 400 years.
      fc.date({ min: new Date('9950-01-01T00:00:00Z'), max: new Date('9990-12-31T00:00:00Z'), noInvalidDate: true }),
      fc.integer({ min: 1, max: 1500 }),
      (rule, startDate, span) => {
        const start = startDate.toISOString().slice(0, 10);
        const last = new Date(startDate.getTime() + span * 86_400_000).toISOString().slice(0, 10);
        const options = RRule.parseString(rule);
        const reference = new RRule({ ...options, dtstart: new Date(`${start}T10:00:00Z`), until: new Date(`${last}T23:59:59Z`) });
        // rrule.js walks to the year 9999 when a rule stops matching: look only where it is cheap.
        const theirs = reference.between(new Date(`${start}T00:00:00Z`), new Date(`${last}T23:59:59Z`), true, (_, index) => index < 200);
        const ours = ruleDays(rule, start, last, (_date) => true);
        // rrule.js repeats a day that two BYSETPOS values pick; a schedule meets once a day.
        const days = [...new Set(theirs.map((date) => date.toISOString().slice(0, 10)))];
        expect(ours.slice(0, days.length)).toEqual(days);
        if (days.length < 200 && theirs.length < 200) expect(ours).toEqual(days);
      },
    ),
    { numRuns: 150, seed: 5 },
  );
});

test('finding 5: a rule that never occurs costs the periods of its window, not a walk to the year 9999', () => {
  const counter: RuleCounter = { periods: 0 };
  expect(ruleDays('FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30', '2024-01-01', '2123-12-31', () => true, counter)).toEqual([]);
  expect(counter.periods).toBe(36_524);
  const yearly: RuleCounter = { periods: 0 };
  ruleDays('FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30', '2024-01-01', '2123-12-31', () => true, yearly);
  expect(yearly.periods).toBe(100);
});

test('accept stops the walk at the first meeting', () => {
  const counter: RuleCounter = { periods: 0 };
  expect(ruleDays('FREQ=MONTHLY;BYDAY=-1FR', '2024-01-01', '2123-12-31', () => false, counter)).toEqual(['2024-01-26']);
  expect(counter.periods).toBe(1);
});
