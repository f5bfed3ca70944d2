// Tests for src/calendar/cadence-schema.ts: the vocabulary, normalisation and error messages.
import { describe, expect, test } from 'vitest';
import { CadenceSchema } from '../../src/calendar/cadence-schema.js';
import { cadenceFromYaml, CENTOS_YAML, MIRAGE_YAML } from './helpers/fixtures.js';

const issues = (value: unknown) => CadenceSchema.safeParse(value).error?.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
const base = { repeat: 'weekly', from: '2024-01-02', time: '14:00' };

describe('accepted forms, normalised', () => {
  test('the CentOS seed: a single schedule becomes a list with id main', () => {
    expect(cadenceFromYaml(CENTOS_YAML)).toEqual([{
      id: 'main', name: undefined, recurrence: { kind: 'weekly', interval: 2, weekday: 'tuesday' }, from: '2014-04-22', until: undefined,
      time: { start: '14:00', minutes: 60 }, timeZone: 'Europe/London', venues: ['bluejeans', 'centos-devel'], cancelled: [], moved: [], dates: [],
    }]);
  });

  test('MirageOS: every 2 weeks, duration 1h', () => {
    expect(cadenceFromYaml(MIRAGE_YAML)[0]).toMatchObject({ recurrence: { kind: 'weekly', interval: 2, weekday: 'wednesday' }, time: { start: '16:00', minutes: 60 } });
  });

  test.each([
    ['weekly', { kind: 'weekly', interval: 1 }], ['every week', { kind: 'weekly', interval: 1 }], ['Every Other Week', { kind: 'weekly', interval: 2 }],
    ['fortnightly', { kind: 'weekly', interval: 2 }], ['every 4 weeks', { kind: 'weekly', interval: 4 }], ['every four weeks', { kind: 'weekly', interval: 4 }],
  ])('repeat: %s', (repeat, recurrence) => {
    expect(CadenceSchema.parse({ ...base, repeat })[0]!.recurrence).toEqual({ ...recurrence, weekday: 'tuesday' });
  });

  test.each([
    ['monthly', 'first tuesday', { interval: 1, nth: 1, weekday: 'tuesday' }], ['every month', '2nd Wed', { interval: 1, nth: 2, weekday: 'wednesday' }],
    ['every other month', 'last thursday', { interval: 2, nth: -1, weekday: 'thursday' }], ['every 3 months', 'third friday', { interval: 3, nth: 3, weekday: 'friday' }],
  ])('repeat: %s, on: %s', (repeat, on, recurrence) => {
    expect(CadenceSchema.parse({ ...base, repeat, on })[0]!.recurrence).toEqual({ kind: 'monthly', ...recurrence });
  });

  test('time ranges, durations, venue, ad hoc, raw rrule', () => {
    expect(CadenceSchema.parse({ ...base, time: '9:30 – 11:00' })[0]!.time).toEqual({ start: '09:30', minutes: 90 });
    expect(CadenceSchema.parse({ ...base, time: '23:30-00:15' })[0]!.time).toEqual({ start: '23:30', minutes: 45 });
    expect(CadenceSchema.parse({ ...base, duration: '1h30m' })[0]!.time.minutes).toBe(90);
    expect(CadenceSchema.parse({ ...base, duration: 45 })[0]!.time.minutes).toBe(45);
    expect(CadenceSchema.parse({ ...base, venue: 'irc' })[0]!.venues).toEqual(['irc']);
    expect(CadenceSchema.parse({ repeat: 'ad hoc', time: '16:00', dates: ['2016-02-17', { date: '2016-03-02', time: '17:00-18:00' }] })[0]).toMatchObject({
      recurrence: { kind: 'ad-hoc' }, dates: [{ date: '2016-02-17' }, { date: '2016-03-02', time: { start: '17:00', minutes: 60 } }],
    });
    expect(CadenceSchema.parse({ rrule: 'RRULE:freq=monthly;byday=1mo', from: '2024-01-01', time: '10:00' })[0]!.recurrence).toEqual({ kind: 'rrule', rule: 'FREQ=MONTHLY;BYDAY=1MO' });
  });

  test('several schedules keep their ids', () => {
    expect(CadenceSchema.parse([{ ...base, id: 'early' }, { ...base, id: 'late', time: '21:00' }]).map((s) => s.id)).toEqual(['early', 'late']);
  });
});

describe('errors, reported at the key at fault', () => {
  test('unknown key (a typo)', () => {
    expect(issues({ ...base, cancel: ['2024-01-09'] })).toEqual([{ path: '', message: 'Unrecognized key: "cancel"' }]);
  });

  test('bad zone names, with a suggestion; wrong case', () => {
    expect(issues({ ...base, timeZone: 'Europe/Lodnon' })).toEqual([{ path: 'timeZone', message: 'unknown time zone "Europe/Lodnon"; did you mean "Europe/London"?' }]);
    expect(issues({ ...base, timeZone: 'europe/london' })).toEqual([{ path: 'timeZone', message: 'write the time zone as "Europe/London"' }]);
    expect(issues({ ...base, timeZone: '+01:00' })?.[0]?.path).toBe('timeZone');
  });

  test('bad times and durations', () => {
    for (const time of ['25:00', '14.00', '2pm', '14:00-', 840]) expect(issues({ ...base, time })?.[0]?.path).toBe('time');
    expect(issues({ ...base, time: '14:00-15:00', duration: 30 })).toEqual([{ path: 'duration', message: 'give an end in `time:` or a `duration:`, not both' }]);
    expect(issues({ ...base, duration: 'an hour' })?.[0]?.path).toBe('duration');
  });

  test('repeat and on mistakes', () => {
    expect(issues({ ...base, repeat: 'biweekly' })?.[0]?.message).toMatch(/^biweekly is ambiguous/);
    expect(issues({ ...base, repeat: 'every 0 weeks' })?.[0]?.path).toBe('repeat');
    expect(issues({ ...base, repeat: 'monthly', on: 'tuesday' })).toEqual([{ path: 'on', message: 'monthly needs `on:` like `first tuesday` or `last thursday`' }]);
    expect(issues({ ...base, on: 'fifth tuesday' })?.[0]?.path).toBe('on');
    expect(issues({ ...base, on: 'wednesday' })).toEqual([{ path: 'from', message: '2024-01-02 is a Tuesday, not a Wednesday' }]);
    expect(issues({ from: '2024-01-02', time: '14:00' })?.[0]?.path).toBe('repeat');
    expect(issues({ ...base, rrule: 'FREQ=WEEKLY' })?.[0]?.path).toBe('rrule');
  });

  test('raw RRULE restrictions', () => {
    const rule = (rrule: string) => issues({ rrule, from: '2024-01-01', time: '10:00' })?.[0]?.message;
    expect(rule('FREQ=HOURLY')).toBe('FREQ must be DAILY, WEEKLY, MONTHLY or YEARLY');
    expect(rule('FREQ=DAILY;BYHOUR=9')).toBe('BYHOUR is not allowed in rrule: use from:, until: and time: instead');
    expect(rule('FREQ=WEEKLY;UNTIL=20250101T000000Z')).toMatch(/^UNTIL is not allowed/);
    expect(rule('FREQ=MONTHLY;FOO=1')).toMatch(/^not a valid RRULE/);
    expect(rule('FREQ=MONTHLY;BYDAY=XX')).toBe('not a valid RRULE');
  });

  test('dates that must be meetings', () => {
    expect(issues({ ...base, cancelled: ['2024-01-03'] })).toEqual([{ path: 'cancelled.0', message: '2024-01-03 is not a regular meeting date of this schedule' }]);
    expect(issues({ ...base, cancelled: ['2024-01-09'], moved: [{ from: '2024-01-09', to: '2024-01-10' }] })).toEqual([{ path: 'moved.0.from', message: '2024-01-09 is already cancelled or moved' }]);
    expect(issues({ ...base, dates: ['2024-01-09'] })?.[0]?.path).toBe('dates.0');
    expect(issues({ ...base, moved: [{ from: '2024-01-09' }] })?.[0]?.message).toBe('a move needs `to:`, `time:` or `venue:`');
    expect(issues({ ...base, from: '2024-02-30' })?.[0]).toEqual({ path: 'from', message: 'not a real day' });
    expect(issues({ ...base, until: '2023-12-31' })?.[0]?.path).toBe('until');
  });

  test('venues and ids', () => {
    expect(issues({ ...base, venue: 'a', venues: ['b'] })?.[0]?.path).toBe('venues');
    expect(issues({ ...base, venues: ['Bluejeans'] })?.[0]?.path).toBe('venues.0');
    expect(issues({ rrule: 'FREQ=WEEKLY', from: '2024-01-02', time: '14:00', venues: ['a', 'b'] })?.[0]?.path).toBe('venues');
    expect(issues([base, base])).toEqual([
      { path: '0.id', message: 'several schedules: give each an `id:`' },
      { path: '1.id', message: 'several schedules: give each an `id:`' },
    ]);
    expect(issues([{ ...base, id: 'a' }, { ...base, id: 'a' }])).toEqual([{ path: '1.id', message: 'duplicate schedule id "a"' }]);
    expect(issues('weekly')).toEqual([{ path: '', message: 'expected a schedule (a mapping) or a list of schedules' }]);
    expect(issues([])?.[0]?.message).toBe('an empty list: give at least one schedule');
  });
});
