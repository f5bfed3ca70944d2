// days.ts does calendar arithmetic by hand; luxon, which the rest of sigwiki trusts with dates,
// is the oracle.
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { expect, test } from 'vitest';
import { daysBetween, isCalendarDay, longDate } from '../../src/model/days.js';

const pad = (n: number, width: number) => String(n).padStart(width, '0');
// Any YYYY-MM-DD shaped string, valid or not (months 0-13, days 0-32), so both sides are exercised.
const dayLike = fc
  .tuple(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
  .map(([year, month, day]) => `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`);

const luxonDay = (text: string) => DateTime.fromISO(text, { zone: 'utc' });

test('isCalendarDay agrees with luxon on every YYYY-MM-DD shaped string', () => {
  fc.assert(fc.property(dayLike, (text) => {
    expect(isCalendarDay(text)).toBe(luxonDay(text).isValid);
  }), { numRuns: 2000 });
});

test('daysBetween counts the days luxon counts, leap years and century rules included', () => {
  fc.assert(
    fc.property(dayLike, dayLike, (from, to) => {
      const expected = luxonDay(to).isValid && luxonDay(from).isValid ? luxonDay(to).diff(luxonDay(from), 'days').days : Number.NaN;
      expect(daysBetween(from, to)).toBe(expected);
    }),
    { numRuns: 2000 },
  );
});

test('longDate writes the day as luxon would in British English', () => {
  fc.assert(
    fc.property(dayLike.filter((text) => luxonDay(text).isValid), (text) => {
      expect(longDate(text)).toBe(luxonDay(text).setLocale('en-GB').toFormat('d LLLL yyyy'));
    }),
    { numRuns: 1000 },
  );
});

test('a day that does not exist is written as given, not as an error text', () => {
  expect(longDate('2023-02-29')).toBe('2023-02-29');
  expect(longDate('2024-02-29')).toBe('29 February 2024');
  expect(daysBetween('1900-02-28', '1900-03-01')).toBe(1);
  expect(daysBetween('2000-02-28', '2000-03-01')).toBe(2);
  expect(daysBetween('2014-04-11', 'not a day')).toBeNaN();
});
