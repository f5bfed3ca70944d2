// meetingDays reads meeting dates straight off the recurrence; occurrences() places every meeting
// in its zone. For schedules in the group's own zone both must give the same local dates.
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { expect, test } from 'vitest';
import { CadenceSchema } from '../../src/calendar/cadence-schema.js';
import { occurrences } from '../../src/calendar/occurrences.js';
import { meetingDays } from '../../src/model/check-cadences.js';

const ZONES = ['Europe/London', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata', 'UTC', 'America/Santiago', 'Pacific/Auckland'];

test('meetingDays gives the local dates of the confirmed occurrences, moves, one-offs and cancellations included', () => {
  fc.assert(
    fc.property(
      fc.record({
        zone: fc.constantFrom(...ZONES),
        ownZone: fc.boolean(),
        first: fc.date({ min: new Date('2005-01-01T00:00:00Z'), max: new Date('2028-12-31T00:00:00Z'), noInvalidDate: true }),
        hour: fc.integer({ min: 0, max: 23 }),
        minute: fc.constantFrom(0, 30, 45),
        repeat: fc.constantFrom('weekly', 'every other week', 'every 4 weeks', 'monthly'),
        cancelEvery: fc.integer({ min: 0, max: 5 }),
        moveEvery: fc.integer({ min: 0, max: 6 }),
      }),
      (input) => {
        const from = DateTime.fromJSDate(input.first, { zone: 'utc' }).toISODate()!;
        const weekday = DateTime.fromISO(from).setLocale('en').toFormat('cccc').toLowerCase();
        const raw = {
          repeat: input.repeat,
          on: input.repeat === 'monthly' ? `second ${weekday}` : weekday,
          from,
          time: `${String(input.hour).padStart(2, '0')}:${String(input.minute).padStart(2, '0')}`,
          ...(input.ownZone ? {} : { timeZone: 'UTC' }),
        };
        const zone = input.zone;
        const until = DateTime.fromISO(from).plus({ years: 3 }).toISODate()!;
        const regular = occurrences(CadenceSchema.parse(raw), { defaultTimeZone: zone, from: `${from}T00:00:00-14:00`, to: `${until}T00:00:00Z` });
        const dates = regular.map((occurrence) => occurrence.key.split('/')[1]!);
        const cancelled = input.cancelEvery === 0 ? [] : dates.filter((_, index) => index % input.cancelEvery === 1);
        const moved =
          input.moveEvery === 0
            ? []
            : dates
                .filter((date, index) => index % input.moveEvery === 2 && !cancelled.includes(date))
                .map((date) => ({ from: date, to: DateTime.fromISO(date).plus({ days: 1 }).toISODate()! }));
        const cadence = CadenceSchema.parse({ ...raw, cancelled, moved, dates: [{ date: until }] });
        const first = DateTime.fromISO(from).plus({ days: 40 }).toISODate()!;
        const last = DateTime.fromISO(until).minus({ days: 40 }).toISODate()!;

        const expected = new Set(
          occurrences(cadence, { defaultTimeZone: zone, from: `${first}T00:00:00-14:00`, to: `${last}T23:59:59+14:00` })
            .filter((occurrence) => occurrence.status === 'confirmed')
            .map((occurrence) => DateTime.fromISO(occurrence.start, { setZone: true }).setZone(zone).toISODate()!)
            .filter((date) => date >= first && date <= last),
        );
        const actual = new Set(cadence.flatMap((schedule) => meetingDays(schedule, zone, first, last)).filter((date) => date >= first && date <= last));
        expect([...actual].sort()).toEqual([...expected].sort());
        expect(expected.size).toBeGreaterThan(10);
      },
    ),
    { numRuns: 60, seed: 20161117 },
  );
});
