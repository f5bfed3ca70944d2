// Tests for src/calendar/describe-schedule.ts: schedules in plain words.
import { expect, test } from 'vitest';
import { describeSchedule } from '../../src/calendar/describe-schedule.js';
import { cadenceFromYaml, CENTOS_YAML } from './helpers/fixtures.js';

const words = (yaml: string, venueNames?: Record<string, string>) =>
  cadenceFromYaml(yaml).map((schedule) => describeSchedule(schedule, { defaultTimeZone: 'Europe/London', ...(venueNames ? { venueNames } : {}) }));

test('the CentOS seed', () => {
  expect(words(CENTOS_YAML, { bluejeans: 'Bluejeans video call', 'centos-devel': '#centos-devel IRC' })).toEqual([
    'every other Tuesday, 14:00–15:00 Europe/London, alternating Bluejeans video call and #centos-devel IRC',
  ]);
});

test('the vocabulary', () => {
  expect(words('cadence: {repeat: weekly, from: 2024-01-01, time: "09:00", venue: jitsi}')).toEqual(['every Monday, 09:00–10:00 Europe/London, on jitsi']);
  expect(words('cadence: {repeat: every 4 weeks, from: 2024-01-04, time: 17:00-18:30}')).toEqual(['every 4 weeks on Thursday, 17:00–18:30 Europe/London']);
  expect(words('cadence: {repeat: monthly, on: first tuesday, from: 2024-01-01, time: "15:00", timeZone: UTC}')).toEqual(['the first Tuesday of every month, 15:00–16:00 UTC']);
  expect(words('cadence: {repeat: every other month, on: last thursday, from: 2024-01-01, until: 2025-12-31, time: 23:30-00:30}')).toEqual([
    'the last Thursday of every other month, 23:30–00:30 Europe/London, until 31 December 2025',
  ]);
  expect(words('cadence: {rrule: "FREQ=MONTHLY;BYMONTHDAY=15", from: 2024-01-01, time: "10:00"}')).toEqual(['every month on the 15th, 10:00–11:00 Europe/London']);
  expect(words('cadence: {repeat: ad hoc, time: "16:00", dates: [2016-02-17]}')).toEqual(['ad hoc, 16:00–17:00 Europe/London']);
  expect(words('cadence: [{id: a, name: Americas slot, repeat: every other week, from: 2014-01-09, time: "21:00", timeZone: UTC}, {id: b, repeat: weekly, from: 2014-01-02, time: "14:00", venues: [x, y, z]}]')).toEqual([
    'Americas slot: every other Thursday, 21:00–22:00 UTC',
    'every Thursday, 14:00–15:00 Europe/London, alternating x, y and z',
  ]);
});
