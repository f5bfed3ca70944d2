// Tests for src/calendar/occurrences.ts: dates, instants and venues of meetings.
import { describe, expect, test } from 'vitest';
import { occurrences } from '../../src/calendar/occurrences.js';
import { DateTime } from 'luxon';
import { inZone, wallTimeKind } from '../../src/calendar/util-local-time.js';
import { cadenceFromYaml, CENTOS_YAML, MIRAGE_YAML } from './helpers/fixtures.js';

const utc = (iso: string) => new Date(iso).toISOString().replace('.000Z', 'Z');

describe('the CentOS Virt SIG seed cadence (2014)', () => {
  const list = occurrences(cadenceFromYaml(CENTOS_YAML), { defaultTimeZone: 'UTC', from: '2014-01-01T00:00:00Z', to: '2015-01-01T00:00:00Z' });

  test('the first ten meetings, computed by hand: every other Tuesday from 22 April, 14:00 BST = 13:00Z', () => {
    expect(list.slice(0, 10).map((m) => m.start)).toEqual([
      '2014-04-22T14:00:00+01:00', '2014-05-06T14:00:00+01:00', '2014-05-20T14:00:00+01:00', '2014-06-03T14:00:00+01:00',
      '2014-06-17T14:00:00+01:00', '2014-07-01T14:00:00+01:00', '2014-07-15T14:00:00+01:00', '2014-07-29T14:00:00+01:00',
      '2014-08-12T14:00:00+01:00', '2014-08-26T14:00:00+01:00',
    ]);
    expect(list.slice(0, 10).map((m) => utc(m.start))).toEqual([
      '2014-04-22T13:00:00Z', '2014-05-06T13:00:00Z', '2014-05-20T13:00:00Z', '2014-06-03T13:00:00Z', '2014-06-17T13:00:00Z',
      '2014-07-01T13:00:00Z', '2014-07-15T13:00:00Z', '2014-07-29T13:00:00Z', '2014-08-12T13:00:00Z', '2014-08-26T13:00:00Z',
    ]);
  });

  test('venues alternate Bluejeans / #centos-devel, starting with Bluejeans on the first date', () => {
    expect(list.slice(0, 10).map((m) => m.venue)).toEqual([
      'bluejeans', 'centos-devel', 'bluejeans', 'centos-devel', 'bluejeans',
      'centos-devel', 'bluejeans', 'centos-devel', 'bluejeans', 'centos-devel',
    ]);
  });

  test('each meeting lasts an hour, has a stable key and is confirmed', () => {
    expect(list[0]).toEqual({
      key: 'main/2014-04-22', scheduleId: 'main', start: '2014-04-22T14:00:00+01:00', end: '2014-04-22T15:00:00+01:00',
      timeZone: 'Europe/London', venue: 'bluejeans', status: 'confirmed', kind: 'regular', index: 0,
    });
  });

  test('after the clocks go back (26 October 2014) 14:00 London is 14:00Z', () => {
    const autumn = list.filter((m) => m.start >= '2014-10');
    expect(autumn.map((m) => [m.start, utc(m.start)])).toEqual([
      ['2014-10-07T14:00:00+01:00', '2014-10-07T13:00:00Z'], ['2014-10-21T14:00:00+01:00', '2014-10-21T13:00:00Z'],
      ['2014-11-04T14:00:00+00:00', '2014-11-04T14:00:00Z'], ['2014-11-18T14:00:00+00:00', '2014-11-18T14:00:00Z'],
      ['2014-12-02T14:00:00+00:00', '2014-12-02T14:00:00Z'], ['2014-12-16T14:00:00+00:00', '2014-12-16T14:00:00Z'],
      ['2014-12-30T14:00:00+00:00', '2014-12-30T14:00:00Z'],
    ]);
  });

  test('nothing before the first date', () => {
    expect(list[0]!.start).toBe('2014-04-22T14:00:00+01:00');
    expect(list).toHaveLength(19);
  });
});

test('MirageOS 2016: Wednesday 17 February, then 2 March, every two weeks', () => {
  const list = occurrences(cadenceFromYaml(MIRAGE_YAML), { defaultTimeZone: 'UTC', from: '2016-01-01T00:00:00Z', to: '2016-04-14T00:00:00Z' });
  expect(list.map((m) => m.start)).toEqual([
    '2016-02-17T16:00:00+00:00', '2016-03-02T16:00:00+00:00', '2016-03-16T16:00:00+00:00', '2016-03-30T16:00:00+01:00', '2016-04-13T16:00:00+01:00',
  ]);
  expect(list.every((m) => m.venue === undefined)).toBe(true);
});

describe('recurrences', () => {
  const window = { defaultTimeZone: 'Europe/London', from: '2024-01-01T00:00:00Z', to: '2024-07-01T00:00:00Z' };
  const dates = (yaml: string, options = window) => occurrences(cadenceFromYaml(yaml), options).map((m) => m.start.slice(0, 10));

  test('weekly', () => {
    expect(dates('cadence: {repeat: weekly, on: monday, from: 2024-05-27, time: "09:00"}')).toEqual(['2024-05-27', '2024-06-03', '2024-06-10', '2024-06-17', '2024-06-24']);
  });

  test('every four weeks, the weekday taken from the first date', () => {
    expect(dates('cadence: {repeat: every four weeks, from: 2024-01-04, time: "17:00"}')).toEqual([
      '2024-01-04', '2024-02-01', '2024-02-29', '2024-03-28', '2024-04-25', '2024-05-23', '2024-06-20',
    ]);
  });

  test('the first Tuesday of the month, from a date that is not itself a meeting', () => {
    expect(dates('cadence: {repeat: monthly, on: first tuesday, from: 2024-01-10, time: "15:00"}')).toEqual([
      '2024-02-06', '2024-03-05', '2024-04-02', '2024-05-07', '2024-06-04',
    ]);
  });

  test('the second Wednesday of every other month', () => {
    expect(dates('cadence: {repeat: every other month, on: 2nd wednesday, from: 2024-01-01, time: "15:00"}')).toEqual(['2024-01-10', '2024-03-13', '2024-05-08']);
  });

  test('the last Thursday of the month (four- and five-Thursday months)', () => {
    expect(dates('cadence: {repeat: monthly, on: last thursday, from: 2024-01-01, time: "16:00"}')).toEqual([
      '2024-01-25', '2024-02-29', '2024-03-28', '2024-04-25', '2024-05-30', '2024-06-27',
    ]);
  });

  test('a raw RRULE: the 15th of every month, three times', () => {
    expect(dates('cadence: {rrule: "FREQ=MONTHLY;BYMONTHDAY=15;COUNT=3", from: 2024-02-01, time: "10:00"}')).toEqual(['2024-02-15', '2024-03-15', '2024-04-15']);
  });

  test('until is inclusive', () => {
    expect(dates('cadence: {repeat: weekly, on: monday, from: 2024-05-27, until: 2024-06-10, time: "09:00"}')).toEqual(['2024-05-27', '2024-06-03', '2024-06-10']);
  });

  test('ad hoc: only the listed dates, each with its own time and venue if given', () => {
    const list = occurrences(cadenceFromYaml(`
cadence:
  repeat: ad hoc
  time: 16:00-17:00
  venue: jitsi
  dates: [2024-02-17, {date: 2024-03-02, time: "18:00", venue: irc}]
`), window);
    expect(list.map((m) => [m.key, m.start, m.end, m.venue, m.kind])).toEqual([
      ['main/2024-02-17', '2024-02-17T16:00:00+00:00', '2024-02-17T17:00:00+00:00', 'jitsi', 'one-off'],
      ['main/2024-03-02', '2024-03-02T18:00:00+00:00', '2024-03-02T19:00:00+00:00', 'irc', 'one-off'],
    ]);
  });
});

describe('cancelled and moved meetings', () => {
  const cadence = cadenceFromYaml(`${CENTOS_YAML}
  cancelled: [2014-05-20]
  moved:
    - {from: 2014-06-03, to: 2014-06-04, time: 15:00-16:30}
    - {from: 2014-06-17, venue: centos-devel}
`);
  const list = occurrences(cadence, { defaultTimeZone: 'UTC', from: '2014-04-01T00:00:00Z', to: '2014-07-02T00:00:00Z' });

  test('a cancelled meeting is listed as cancelled and keeps its turn in the alternation', () => {
    expect(list[2]).toMatchObject({ key: 'main/2014-05-20', start: '2014-05-20T14:00:00+01:00', status: 'cancelled', venue: 'bluejeans' });
    expect(list[3]).toMatchObject({ start: '2014-06-04T15:00:00+01:00', venue: 'centos-devel' });
  });

  test('a move to another day and time keeps its original start and its venue', () => {
    expect(list[3]).toEqual({
      key: 'main/2014-06-03', scheduleId: 'main', start: '2014-06-04T15:00:00+01:00', end: '2014-06-04T16:30:00+01:00',
      timeZone: 'Europe/London', venue: 'centos-devel', status: 'confirmed', kind: 'moved',
      originalStart: '2014-06-03T14:00:00+01:00', index: 3,
    });
  });

  test('a move may change only the venue', () => {
    expect(list[4]).toMatchObject({ key: 'main/2014-06-17', start: '2014-06-17T14:00:00+01:00', venue: 'centos-devel', kind: 'moved' });
    expect(list[5]).toMatchObject({ key: 'main/2014-07-01', venue: 'centos-devel', kind: 'regular', index: 5 });
  });

  test('a meeting moved into the window is found even when its regular date is outside', () => {
    const moved = cadenceFromYaml(`${CENTOS_YAML}\n  moved: [{from: 2014-04-22, to: 2014-04-10}]`);
    const early = occurrences(moved, { defaultTimeZone: 'UTC', from: '2014-04-01T00:00:00Z', to: '2014-04-15T00:00:00Z' });
    expect(early.map((m) => [m.key, m.start])).toEqual([['main/2014-04-22', '2014-04-10T14:00:00+01:00']]);
  });
});

describe('zones and anchors', () => {
  test('a UTC-anchored schedule keeps its UTC time while London changes', () => {
    const list = occurrences(cadenceFromYaml('cadence: {repeat: weekly, on: thursday, from: 2024-03-21, time: "14:00", timeZone: UTC}'), {
      defaultTimeZone: 'Europe/London', from: '2024-03-20T00:00:00Z', to: '2024-04-05T00:00:00Z',
    });
    expect(list.map((m) => m.start)).toEqual(['2024-03-21T14:00:00Z', '2024-03-28T14:00:00Z', '2024-04-04T14:00:00Z']);
    expect(list.every((m) => m.timeZone === 'UTC')).toBe(true);
  });

  test('two schedules (OpenStack Nova style: alternating 14:00 and 21:00 UTC Thursdays) interleave by start', () => {
    const list = occurrences(cadenceFromYaml(`
cadence:
  - {id: early, repeat: every other week, on: thursday, from: 2014-01-02, time: "14:00", timeZone: UTC}
  - {id: late, repeat: every other week, on: thursday, from: 2014-01-09, time: "21:00", timeZone: UTC}
`), { defaultTimeZone: 'UTC', from: '2014-01-01T00:00:00Z', to: '2014-02-07T00:00:00Z' });
    expect(list.map((m) => [m.scheduleId, m.start])).toEqual([
      ['early', '2014-01-02T14:00:00Z'], ['late', '2014-01-09T21:00:00Z'], ['early', '2014-01-16T14:00:00Z'],
      ['late', '2014-01-23T21:00:00Z'], ['early', '2014-01-30T14:00:00Z'], ['late', '2014-02-06T21:00:00Z'],
    ]);
  });

  test('Asia/Kolkata: half-hour offset, no DST', () => {
    const list = occurrences(cadenceFromYaml('cadence: {repeat: weekly, on: monday, from: 2024-01-01, time: "09:00", timeZone: Asia/Kolkata}'), {
      defaultTimeZone: 'UTC', from: '2024-03-01T00:00:00Z', to: '2024-11-30T00:00:00Z',
    });
    expect(new Set(list.map((m) => m.start.slice(10)))).toEqual(new Set(['T09:00:00+05:30']));
  });

  test('Australia/Sydney: the southern summer is the DST season', () => {
    const list = occurrences(cadenceFromYaml('cadence: {repeat: monthly, on: first monday, from: 2024-01-01, time: "10:00", timeZone: Australia/Sydney}'), {
      defaultTimeZone: 'UTC', from: '2023-12-31T00:00:00Z', to: '2024-12-31T00:00:00Z',
    });
    expect(list.map((m) => m.start.slice(5, 10) + m.start.slice(19))).toEqual([
      '01-01+11:00', '02-05+11:00', '03-04+11:00', '04-01+11:00', '05-06+10:00', '06-03+10:00',
      '07-01+10:00', '08-05+10:00', '09-02+10:00', '10-07+11:00', '11-04+11:00', '12-02+11:00',
    ]);
  });
});

describe('daylight-saving gap (RFC 5545 §3.3.5) and overlap (the second, as clients read it)', () => {
  const sundays = (time: string) =>
    occurrences(cadenceFromYaml(`cadence: {repeat: weekly, on: sunday, from: 2024-03-03, time: "${time}", timeZone: America/New_York}`), {
      defaultTimeZone: 'UTC', from: '2024-03-01T00:00:00Z', to: '2024-11-12T00:00:00Z',
    });

  test('02:30 on the spring-forward day does not exist: it happens at 03:30 EDT (offset before the gap)', () => {
    const gap = sundays('02:30').find((m) => m.key === 'main/2024-03-10')!;
    expect([gap.start, gap.end, utc(gap.start)]).toEqual(['2024-03-10T03:30:00-04:00', '2024-03-10T04:30:00-04:00', '2024-03-10T07:30:00Z']);
  });

  test('01:30 on the fall-back day happens twice: the meeting is at the second, 01:30 EST, as calendar apps read it', () => {
    const overlap = sundays('01:30').find((m) => m.key === 'main/2024-11-03')!;
    expect([overlap.start, overlap.end, utc(overlap.start)]).toEqual(['2024-11-03T01:30:00-05:00', '2024-11-03T02:30:00-05:00', '2024-11-03T06:30:00Z']);
  });

  test('a meeting that ends in the overlap lasts its length in real time: 00:30 EDT to 01:30 EDT', () => {
    const before = sundays('00:30').find((m) => m.key === 'main/2024-11-03')!;
    expect([before.start, before.end]).toEqual(['2024-11-03T00:30:00-04:00', '2024-11-03T01:30:00-04:00']);
  });

  test('the meetings around the changes keep their wall time', () => {
    const list = sundays('02:30');
    expect(list.find((m) => m.key === 'main/2024-03-03')!.start).toBe('2024-03-03T02:30:00-05:00');
    expect(list.find((m) => m.key === 'main/2024-03-17')!.start).toBe('2024-03-17T02:30:00-04:00');
    expect(list.find((m) => m.key === 'main/2024-11-03')!.start).toBe('2024-11-03T02:30:00-05:00');
  });
});

test('the window is half-open [from, to) on start instants, and the output is sorted', () => {
  const cadence = cadenceFromYaml(CENTOS_YAML);
  const list = occurrences(cadence, { defaultTimeZone: 'UTC', from: '2014-05-06T13:00:00Z', to: '2014-05-20T13:00:00Z' });
  expect(list.map((m) => m.key)).toEqual(['main/2014-05-06']);
});

describe('historical offsets come from the tz database, not from today’s offset', () => {
  // Expected offsets as Python's zoneinfo gives them; luxon's fromObject starts from the offset
  // now and put some of these an hour (or a day) off.
  const at = (zone: string, date: string, time: string) =>
    occurrences(cadenceFromYaml(`cadence: {repeat: ad hoc, time: "${time}", timeZone: ${zone}, dates: [${date}]}`), {
      defaultTimeZone: 'UTC', from: '2000-01-01T00:00:00Z', to: '2040-01-01T00:00:00Z',
    })[0]!.start;
  test.each([
    ['Pacific/Apia', '2010-06-01', '10:00', '2010-06-01T10:00:00-11:00'],
    ['Pacific/Apia', '2011-10-01', '10:00', '2011-10-01T10:00:00-10:00'],
    ['Pacific/Apia', '2012-01-10', '10:00', '2012-01-10T10:00:00+14:00'],
    ['America/Scoresbysund', '2010-07-01', '12:00', '2010-07-01T12:00:00+00:00'],
    ['Asia/Khandyga', '2011-01-15', '12:00', '2011-01-15T12:00:00+10:00'],
    ['Asia/Ust-Nera', '2011-01-15', '12:00', '2011-01-15T12:00:00+11:00'],
  ])('%s %s %s is %s', (zone, date, time, expected) => {
    expect(at(zone, date, time)).toBe(expected);
    expect(DateTime.fromISO(expected, { setZone: true }).setZone(zone).toFormat('yyyy-LL-dd HH:mm')).toBe(`${date} ${time}`);
  });

  test('every hour of 2010–2011 in those zones round-trips: the wall time of the instant is the one asked for', () => {
    let checked = 0;
    for (const zone of ['Pacific/Apia', 'America/Scoresbysund', 'Asia/Khandyga', 'Asia/Ust-Nera']) {
      for (let wall = DateTime.utc(2010, 1, 1, 0, 30); wall.year < 2012; wall = wall.plus({ hours: 5 })) {
        const kind = wallTimeKind(wall.toJSDate(), zone);
        if (kind === 'gap') continue;
        const placed = inZone(wall.toJSDate(), zone);
        expect(placed.toFormat("yyyy-LL-dd'T'HH:mm"), zone).toBe(wall.toFormat("yyyy-LL-dd'T'HH:mm"));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(13_000);
  });
});
