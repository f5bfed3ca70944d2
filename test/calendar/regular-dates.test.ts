// regularDates does by calendar arithmetic what rrule.js does occurrence by occurrence; rrule.js,
// through regularStarts, is the oracle.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { CadenceSchema } from '../../src/calendar/cadence-schema.js';
import { regularStarts, type RecurrenceFields } from '../../src/calendar/recurrence.js';
import { regularDates } from '../../src/calendar/regular-dates.js';
import { floating, floatingDate } from '../../src/calendar/util-local-time.js';
import { WEEKDAYS } from '../../src/calendar/util-weekday.js';

const day = (date: Date) => date.toISOString().slice(0, 10);
const aDate = fc.date({ min: new Date('1999-01-01T00:00:00Z'), max: new Date('2031-12-31T00:00:00Z'), noInvalidDate: true }).map(day);

test('weekly and monthly series give the dates rrule.js gives, whatever day they start on', () => {
  fc.assert(
    fc.property(
      fc.record({
        weekly: fc.boolean(),
        interval: fc.integer({ min: 1, max: 4 }),
        weekday: fc.constantFrom(...WEEKDAYS),
        nth: fc.constantFrom(1, 2, 3, 4, -1),
        from: aDate,
        years: fc.integer({ min: 0, max: 6 }),
        until: fc.option(fc.integer({ min: 0, max: 900 }), { nil: undefined }),
        time: fc.constantFrom('00:00', '09:30', '23:45'),
      }),
      (input) => {
        // Any start day, not only the ones group.yaml accepts (there `from` must be a meeting day).
        const schedule: RecurrenceFields = {
          recurrence: input.weekly
            ? { kind: 'weekly', interval: input.interval, weekday: input.weekday }
            : { kind: 'monthly', interval: input.interval, nth: input.nth as 1 | 2 | 3 | 4 | -1, weekday: input.weekday },
          from: input.from,
          until: input.until === undefined ? undefined : day(new Date(Date.parse(input.from) + input.until * 86_400_000)),
          time: { start: input.time },
        };
        // A real day (29 February rolls over): the check passes the last minutes file's date.
        const last = day(new Date(Date.UTC(Number(input.from.slice(0, 4)) + input.years, Number(input.from.slice(5, 7)) - 1, Number(input.from.slice(8, 10)))));
        const expected = regularStarts(schedule, floating(last, '23:59:59')).map(({ start }) => floatingDate(start));
        expect(regularDates(schedule, last)).toEqual(expected);
      },
    ),
    { numRuns: 400, examples: [[{ weekly: false, interval: 1, weekday: 'monday', nth: 1, from: '2024-02-29', years: 1, until: undefined, time: '00:00' }]] },
  );
});

test('raw rules and ad hoc schedules are left to rrule.js', () => {
  const [raw] = CadenceSchema.parse({ rrule: 'FREQ=MONTHLY;BYMONTHDAY=15', from: '2014-01-01', time: '15:00' });
  const [adHoc] = CadenceSchema.parse({ repeat: 'ad hoc', time: '15:00', dates: ['2014-02-03'] });
  expect(regularDates(raw!, '2015-01-01')).toBeUndefined();
  expect(regularDates(adHoc!, '2015-01-01')).toBeUndefined();
});
