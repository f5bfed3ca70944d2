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

test('Europe/London: an initial observance, then one DAYLIGHT and one STANDARD yearly rule', () => {
  expect(vtimezone('Europe/London', { fromYear: 2013, toYear: 2016 }).split('\r\n')).toEqual([
    'BEGIN:VTIMEZONE', 'TZID:Europe/London', 'X-LIC-LOCATION:Europe/London',
    'BEGIN:STANDARD', 'TZOFFSETFROM:+0000', 'TZOFFSETTO:+0000', 'DTSTART:20130101T000000', 'END:STANDARD',
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
      'BEGIN:STANDARD', `TZOFFSETFROM:${offset}`, `TZOFFSETTO:${offset}`, 'DTSTART:20130101T000000', 'END:STANDARD',
      'END:VTIMEZONE',
    ]);
  }
});

/**
 * Wall times ical.js reads through `text` that differ from the tz database, probing every
 * `stepDays` days at 12:30 and every hour (at :30) of the days around each change, from `from` to
 * `to` (years, inclusive). Wall times skipped or repeated by a change are left out.
 */
function mismatches(name: string, text: string, from: number, to: number, stepDays: number): { wrong: string[]; probes: number } {
  const zone = icalZone(text);
  const tz = IANAZone.create(name);
  const wrong: string[] = [];
  let probes = 0;
  const check = (wall: DateTime) => {
    const local = DateTime.fromObject(wall.toObject(), { zone: name });
    if (local.getPossibleOffsets().length !== 1 || local.toFormat('dd HH:mm') !== wall.toFormat('dd HH:mm')) return;
    probes++;
    if (icalInstant(zone, wall) !== local.toMillis()) wrong.push(`${wall.toISO({ includeOffset: false })} (tz ${local.toFormat('ZZ')})`);
  };
  for (let wall = DateTime.utc(from, 1, 1, 12, 30); wall.year <= to; wall = wall.plus({ days: stepDays })) {
    check(wall);
    const here = DateTime.fromObject(wall.toObject(), { zone: name });
    if (tz.offset(here.toMillis()) === tz.offset(here.plus({ days: stepDays }).toMillis())) continue;
    for (let minutes = 60; minutes < stepDays * 1440; minutes += 60) check(wall.plus({ minutes }));
  }
  return { wrong, probes };
}

describe('zones whose rules changed: right from the first day of the range to the last (issue 16, defects 2 and 3)', () => {
  // Cairo: DST in 2014, none 2015–2022, again from 2023 (last Friday of April, last Thursday of
  // October). Almaty: +06 to +05 in 2024. Apia: -11 to +14 across 2011, DST until 2021.
  // Casablanca: Ramadan breaks every year. Santiago: "Sun>=2". Lord Howe: 30-minute DST.
  // Tehran: DST on fixed Persian dates until 2022. Gaza, Jerusalem ("Fri>=23"), Nuuk (2023).
  const zones = ['Africa/Cairo', 'Asia/Almaty', 'Pacific/Apia', 'Africa/Casablanca', 'America/Santiago', 'Australia/Lord_Howe', 'Asia/Tehran', 'Asia/Gaza', 'Asia/Jerusalem', 'America/Nuuk', 'America/Scoresbysund'];
  for (const name of zones) {
    test(`${name}: 2009–2037 as the tz database says`, () => {
      const { wrong, probes } = mismatches(name, vtimezone(name, { fromYear: 2009, toYear: 2037 }), 2009, 2037, 7);
      expect(wrong).toEqual([]);
      expect(probes).toBeGreaterThan(1500);
    });
  }

  test('the first observance starts before the first meeting: Cairo weekly from 2020, Almaty 2020, Apia 2010', () => {
    for (const [name, year] of [['Africa/Cairo', 2020], ['Asia/Almaty', 2020], ['Pacific/Apia', 2010]] as const) {
      const text = vtimezone(name, { fromYear: year - 1, toYear: year + 10 });
      expect(text).toContain(`DTSTART:${year - 1}0101T000000`);
      expect(mismatches(name, text, year, year + 1, 1).wrong).toEqual([]);
    }
  });

  // Not Cairo: its autumn change is "Thursday 24:00", which is 1 November in the years when 31
  // October is a Thursday (2030, 2041): those years are RDATEs inside the range, and past it
  // such a year keeps summer time (see docs/cadence.md).
  test('rules keep following the tz database after the range, where the tz database has rules (Santiago, Jerusalem, Nuuk, Lord Howe)', () => {
    for (const name of ['America/Santiago', 'Asia/Jerusalem', 'America/Nuuk', 'Australia/Lord_Howe']) {
      const { wrong } = mismatches(name, vtimezone(name, { fromYear: 2019, toYear: 2028 }), 2029, 2045, 7);
      expect(wrong, name).toEqual([]);
    }
  });

  test('"Sun>=2" is written as the days it may fall on, not as the first Sunday', () => {
    const text = vtimezone('America/Santiago', { fromYear: 2019, toYear: 2036 });
    expect(text).toContain('RRULE:FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=2,3,4,5,6,7,8;BYDAY=SU\r\n');
    expect(text).toContain('RRULE:FREQ=YEARLY;BYMONTH=9;BYMONTHDAY=2,3,4,5,6,7,8;BYDAY=SU\r\n');
    expect(vtimezone('Asia/Jerusalem', { fromYear: 2019, toYear: 2036 })).toContain('RRULE:FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=23,24,25,26,27,28,29;BYDAY=FR\r\n');
  });

  test('irregular changes are RDATEs, DTSTART repeated among them; the feed stays small', () => {
    const text = vtimezone('Africa/Casablanca', { fromYear: 2019, toYear: 2036 });
    const components = text.split('BEGIN:').slice(2);
    expect(components.length).toBeLessThanOrEqual(4);
    for (const part of components.filter((c) => c.includes('RDATE'))) {
      const start = /DTSTART:(\d{8}T\d{6})/.exec(part)![1];
      expect(part).toContain(`RDATE:${start}\r\n`);
    }
    expect(text.length).toBeLessThan(4000);
  });
});
