// Tests for src/calendar/next-meeting.ts with a fixed clock (no browser, no Date.now()).
import { expect, test } from 'vitest';
import { nextMeeting, nextMeetings, upcomingMeetings } from '../../src/calendar/next-meeting.js';
import { occurrences } from '../../src/calendar/occurrences.js';
import { cadenceFromYaml, CENTOS_YAML } from './helpers/fixtures.js';

const cadence = cadenceFromYaml(`${CENTOS_YAML}\n  cancelled: [2014-05-20]`);
const list = occurrences(cadence, { defaultTimeZone: 'UTC', from: '2014-01-01T00:00:00Z', to: '2015-01-01T00:00:00Z' });

test('before the first meeting, the next one is the first', () => {
  expect(nextMeeting(list, '2014-04-01T00:00:00Z')?.start).toBe('2014-04-22T14:00:00+01:00');
});

test('a meeting in progress is still the next one; once it ends the following one is', () => {
  expect(nextMeeting(list, '2014-04-22T13:30:00Z')?.start).toBe('2014-04-22T14:00:00+01:00');
  expect(nextMeeting(list, '2014-04-22T14:00:00Z')?.start).toBe('2014-05-06T14:00:00+01:00');
});

test('cancelled meetings are skipped', () => {
  expect(nextMeetings(list, '2014-05-07T00:00:00+02:00', 2).map((m) => [m.start, m.venue])).toEqual([
    ['2014-06-03T14:00:00+01:00', 'centos-devel'],
    ['2014-06-17T14:00:00+01:00', 'bluejeans'],
  ]);
});

test('after the last listed meeting there is none', () => {
  expect(nextMeeting(list, '2015-06-01T00:00:00Z')).toBeUndefined();
});

test('upcomingMeetings computes from the cadence around a fixed now', () => {
  expect(upcomingMeetings(cadence, { defaultTimeZone: 'UTC', now: '2014-05-06T13:30:00Z', count: 3 }).map((m) => m.start)).toEqual([
    '2014-05-06T14:00:00+01:00', '2014-06-03T14:00:00+01:00', '2014-06-17T14:00:00+01:00',
  ]);
  expect(upcomingMeetings(cadence, { defaultTimeZone: 'UTC', now: '2025-01-01T00:00:00Z', count: 1 })[0]?.start).toBe('2025-01-14T14:00:00+00:00'); // 560 weeks after 2014-04-22
});
