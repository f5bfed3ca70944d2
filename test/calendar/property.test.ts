// Property test: for random schedules in random zones, ical.js's expansion of our .ics equals occurrences().
import { expect, test } from 'vitest';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { CadenceSchema } from '../../src/calendar/cadence-schema.js';
import { ics } from '../../src/calendar/ics.js';
import { occurrences } from '../../src/calendar/occurrences.js';
import { bothSides } from './helpers/compare.js';
import { groupEntry } from './helpers/fixtures.js';

const ZONES = ['Europe/London', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata', 'UTC', 'America/Los_Angeles', 'Pacific/Auckland', 'Asia/Tokyo'];

const scheduleArbitrary = fc.record({
  zone: fc.constantFrom(...ZONES),
  first: fc.date({ min: new Date('2001-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }),
  hour: fc.integer({ min: 0, max: 23 }),
  minute: fc.constantFrom(0, 15, 30, 45),
  minutes: fc.constantFrom(30, 60, 90),
  shape: fc.oneof(
    fc.record({ repeat: fc.constantFrom('weekly', 'every other week', 'every 3 weeks', 'every 4 weeks') }),
    fc.record({ repeat: fc.constantFrom('monthly', 'every other month'), on: fc.constantFrom('first', 'second', 'third', 'fourth', 'last') }),
  ),
  venueCount: fc.integer({ min: 0, max: 3 }),
  cancelEvery: fc.integer({ min: 0, max: 7 }),
});

test('ical.js expands our feed to our occurrences: random zones, dates, times, intervals, venues, cancellations', () => {
  fc.assert(
    fc.property(scheduleArbitrary, (input) => {
      const from = DateTime.fromJSDate(input.first, { zone: 'utc' }).toISODate()!;
      const weekday = DateTime.fromISO(from).setLocale('en').toFormat('cccc').toLowerCase();
      const venues = ['bluejeans', 'centos-devel', 'bluejeans'].slice(0, input.venueCount);
      const raw = {
        ...input.shape,
        ...('on' in input.shape ? { on: `${input.shape.on} ${weekday}` } : { on: weekday }),
        from,
        time: `${String(input.hour).padStart(2, '0')}:${String(input.minute).padStart(2, '0')}`,
        duration: input.minutes,
        timeZone: input.zone,
        ...(venues.length > 0 ? { venues } : {}),
      };
      // Cancel every n-th regular meeting of the first year, to exercise EXDATE in every phase.
      const firstYear = occurrences(CadenceSchema.parse(raw), { defaultTimeZone: 'UTC', from: `${from}T00:00:00-14:00`, to: `${DateTime.fromISO(from).plus({ years: 1 }).toISODate()}T00:00:00Z` });
      const cancelled = input.cancelEvery === 0 ? [] : firstYear.map((m) => m.key.split('/')[1]!).filter((_, index) => index % input.cancelEvery === 1);
      const windowEnd = DateTime.fromISO(from).plus({ years: 2 }).toISODate()!;
      const cadence = CadenceSchema.parse({ ...raw, cancelled });
      const withCancellations = groupEntry(cadence);
      const text = ics({ name: 'p', host: 'example.org', generatedAt: '2026-01-01T00:00:00Z', groups: [withCancellations] });
      const window = [DateTime.fromISO(from, { zone: 'utc' }).minus({ days: 1 }).toISO()!, `${windowEnd}T00:00:00Z`] as const;
      const { ours, theirs } = bothSides(withCancellations, text, window[0], window[1]);
      expect(theirs).toEqual(ours);
      expect(ours.length).toBeGreaterThan(4);
    }),
    { numRuns: 30, seed: 20140422 },
  );
});

