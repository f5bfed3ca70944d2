// Tests for src/calendar/vtimezone.ts: ical.js reads back the offsets of the tz database.
import { describe, expect, test } from 'vitest';
import ICAL from 'ical.js';
import { DateTime, IANAZone } from 'luxon';
import { vtimezone } from '../../src/calendar/vtimezone.js';

function icalZone(text: string): ICAL.Timezone {
  return new ICAL.Timezone(new ICAL.Component(ICAL.parse(text)));
}

/** The instant (epoch ms) ical.js gives a wall time in a VTIMEZONE: how it reads a DTSTART. */
function icalInstant(zone: ICAL.Timezone, wall: DateTime): number {
  const { year, month, day, hour, minute } = wall;
  return ICAL.Time.fromData({ year, month, day, hour, minute, second: 0, isDate: false }, zone).toUnixTime() * 1000;
}

describe('ical.js reads wall times as the tz database does: every 3 days, and every half hour near transitions', () => {
  const cases: [string, number, number][] = [
    ['Europe/London', 2013, 2027], ['America/New_York', 2004, 2027], ['Australia/Sydney', 2005, 2027],
    ['Asia/Kolkata', 2014, 2027], ['UTC', 2014, 2027], ['America/Sao_Paulo', 2015, 2022],
    ['Pacific/Auckland', 2006, 2027], ['America/Santiago', 2014, 2027], ['Asia/Tehran', 2019, 2024],
  ];
  for (const [name, fromYear, toYear] of cases) {
    test(`${name} ${fromYear + 1}–${toYear}`, () => {
      const zone = icalZone(vtimezone(name, { fromYear, toYear }));
      const tz = IANAZone.create(name);
      const mismatches: string[] = [];
      const check = (wall: DateTime) => {
        // Wall times skipped or repeated by a transition are covered by the ics and occurrences tests.
        const local = DateTime.fromObject(wall.toObject(), { zone: name });
        if (local.getPossibleOffsets().length !== 1 || local.hour !== wall.hour) return;
        if (icalInstant(zone, wall) !== local.toMillis()) mismatches.push(wall.toISO({ includeOffset: false })!);
      };
      let probes = 0;
      for (let wall = DateTime.utc(fromYear + 1, 1, 1, 12, 30); wall.year <= toYear; wall = wall.plus({ days: 3 })) {
        check(wall);
        probes++;
        const here = DateTime.fromObject(wall.toObject(), { zone: name });
        if (tz.offset(here.toMillis()) === tz.offset(here.plus({ days: 3 }).toMillis())) continue;
        for (let minutes = 30; minutes < 3 * 1440; minutes += 30) check(wall.plus({ minutes }));
      }
      expect(mismatches).toEqual([]);
      expect(probes).toBeGreaterThan(120 * (toYear - fromYear));
    });
  }
});

test('Europe/London: one DAYLIGHT and one STANDARD yearly rule', () => {
  expect(vtimezone('Europe/London', { fromYear: 2013, toYear: 2016 }).split('\r\n')).toEqual([
    'BEGIN:VTIMEZONE', 'TZID:Europe/London', 'X-LIC-LOCATION:Europe/London',
    'BEGIN:DAYLIGHT', 'TZOFFSETFROM:+0000', 'TZOFFSETTO:+0100', 'DTSTART:20130331T010000', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU', 'END:DAYLIGHT',
    'BEGIN:STANDARD', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0000', 'DTSTART:20131027T020000', 'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU', 'END:STANDARD',
    'END:VTIMEZONE',
  ]);
});

test('America/New_York across the 2007 rule change: old rules end with UNTIL, new ones are open', () => {
  const rules = vtimezone('America/New_York', { fromYear: 2005, toYear: 2010 }).split('\r\n').filter((l) => l.startsWith('RRULE'));
  expect(rules).toEqual([
    'RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU;UNTIL=20060402T070000Z',
    'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU;UNTIL=20061029T060000Z',
    'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU',
    'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU',
  ]);
});

test('Australia/Sydney: DAYLIGHT starts in October, STANDARD in April (first Sundays)', () => {
  const text = vtimezone('Australia/Sydney', { fromYear: 2013, toYear: 2016 });
  expect(text).toContain('BEGIN:STANDARD\r\nTZOFFSETFROM:+1100\r\nTZOFFSETTO:+1000\r\nDTSTART:20130407T030000\r\nRRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU\r\nEND:STANDARD');
  expect(text).toContain('BEGIN:DAYLIGHT\r\nTZOFFSETFROM:+1000\r\nTZOFFSETTO:+1100\r\nDTSTART:20131006T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=1SU\r\nEND:DAYLIGHT');
});

test('zones without DST get a single STANDARD (Asia/Kolkata +05:30, UTC)', () => {
  for (const [name, offset] of [['Asia/Kolkata', '+0530'], ['UTC', '+0000']] as const) {
    expect(vtimezone(name, { fromYear: 2013, toYear: 2030 }).split('\r\n')).toEqual([
      'BEGIN:VTIMEZONE', `TZID:${name}`, `X-LIC-LOCATION:${name}`,
      'BEGIN:STANDARD', `TZOFFSETFROM:${offset}`, `TZOFFSETTO:${offset}`, 'DTSTART:19700101T000000', 'END:STANDARD',
      'END:VTIMEZONE',
    ]);
  }
});
