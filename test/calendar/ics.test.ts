// Tests for src/calendar/ics.ts: the feed, parsed and expanded by ical.js, equals occurrences().
import { describe, expect, test } from 'vitest';
import { DateTime } from 'luxon';
import ICAL from 'ical.js';
import { ics, type IcsGroup } from '../../src/calendar/ics.js';
import { occurrences } from '../../src/calendar/occurrences.js';
import { expandIcs, parseIcs } from './helpers/expand-ics.js';
import { bothSides, type Instant } from './helpers/compare.js';
import { cadenceFromYaml, CENTOS_VENUES, CENTOS_YAML, groupEntry } from './helpers/fixtures.js';

const GENERATED_AT = '2026-01-15T12:00:00Z';
const HOST = 'minutes.example.org';

function feed(groups: IcsGroup[]): string {
  return ics({ name: 'Meetings', url: 'https://minutes.example.org/', host: HOST, generatedAt: GENERATED_AT, groups });
}

/** Our meetings in the same shape as expandIcs() gives: UTC instants and LOCATION. */
function ours(entry: IcsGroup, from: string, to: string): Instant[] {
  return occurrences(entry.cadence, { defaultTimeZone: entry.defaultTimeZone, from, to })
    .filter((m) => m.status === 'confirmed')
    .map((m) => ({
      start: DateTime.fromISO(m.start).toUTC().toISO({ suppressMilliseconds: true })!,
      end: DateTime.fromISO(m.end).toUTC().toISO({ suppressMilliseconds: true })!,
      location: m.venue === undefined ? null : (entry.venues[m.venue]!.url ?? entry.venues[m.venue]!.name),
    }))
    .sort((a, b) => a.start.localeCompare(b.start));
}

function theirs(text: string, from: string, to: string) {
  return expandIcs(text, from, to).map(({ start, end, location }) => ({ start, end, location }));
}

describe('round trip through ical.js, two years per zone, instant by instant', () => {
  const zones = ['Europe/London', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata', 'UTC'];
  const shapes = [
    'repeat: every other week\n  on: tuesday\n  from: 2024-01-02\n  time: 14:00-15:00\n  venues: [bluejeans, centos-devel]',
    'repeat: weekly\n  on: sunday\n  from: 2024-01-07\n  time: 01:30-02:30\n  venue: bluejeans',
    'repeat: monthly\n  on: first sunday\n  from: 2024-01-01\n  time: "02:00"\n  duration: 45',
    'repeat: monthly\n  on: last sunday\n  from: 2024-01-01\n  time: "12:00"\n  duration: 45',
    'repeat: every 4 weeks\n  from: 2024-01-05\n  time: 23:30-00:30\n  venues: [bluejeans, centos-devel, bluejeans]',
    'rrule: FREQ=MONTHLY;BYMONTHDAY=1,15\n  from: 2024-01-01\n  time: "09:00"',
  ];
  for (const zone of zones) {
    for (const shape of shapes) {
      test(`${zone}: ${shape.split('\n')[0]}`, () => {
        const entry = groupEntry(cadenceFromYaml(`cadence:\n  ${shape}\n  timeZone: ${zone}`));
        const { ours: expected, theirs: actual, skipped } = bothSides(entry, feed([entry]), '2024-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
        expect(actual).toEqual(expected);
        expect(expected.length).toBeGreaterThanOrEqual(24 - skipped);
        if (zone === 'Asia/Kolkata' || zone === 'UTC') expect(skipped).toBe(0);
      });
    }
  }
});

describe('the CentOS seed feed', () => {
  const cadence = cadenceFromYaml(`${CENTOS_YAML}
  cancelled: [2014-05-20, 2014-12-30]
  moved:
    - {from: 2014-06-03, to: 2014-06-04, time: 15:00-16:30}
    - {from: 2014-06-17, venue: centos-devel}
  dates: [{date: 2014-09-03, venue: centos-devel}]
`);
  const entry = groupEntry(cadence, { lastModified: '2014-11-02T10:00:00Z' });
  const text = feed([entry]);
  const calendar = parseIcs(text);
  const vevents = calendar.getAllSubcomponents('vevent');

  test('ical.js finds exactly our meetings of 2014 and 2015, with the venue in LOCATION', () => {
    const expected = ours(entry, '2014-01-01T00:00:00Z', '2016-01-01T00:00:00Z');
    expect(theirs(text, '2014-01-01T00:00:00Z', '2016-01-01T00:00:00Z')).toEqual(expected);
    expect(expected.slice(0, 4)).toEqual([
      { start: '2014-04-22T13:00:00Z', end: '2014-04-22T14:00:00Z', location: CENTOS_VENUES.bluejeans.url },
      { start: '2014-05-06T13:00:00Z', end: '2014-05-06T14:00:00Z', location: CENTOS_VENUES['centos-devel'].url },
      { start: '2014-06-04T14:00:00Z', end: '2014-06-04T15:30:00Z', location: CENTOS_VENUES['centos-devel'].url },
      { start: '2014-06-17T13:00:00Z', end: '2014-06-17T14:00:00Z', location: CENTOS_VENUES['centos-devel'].url },
    ]);
  });

  test('one series per venue phase (INTERVAL=4, two weeks apart), an override, a one-off', () => {
    expect(vevents.map((v) => [v.getFirstPropertyValue('uid'), v.getFirstProperty('dtstart')!.toICALString()])).toEqual([
      ['centos-virt.main.1@minutes.example.org', 'DTSTART;TZID=Europe/London:20140422T140000'],
      ['centos-virt.main.1@minutes.example.org', 'DTSTART;TZID=Europe/London:20140617T140000'],
      ['centos-virt.main.2@minutes.example.org', 'DTSTART;TZID=Europe/London:20140506T140000'],
      ['centos-virt.main.2@minutes.example.org', 'DTSTART;TZID=Europe/London:20140604T150000'],
      ['centos-virt.main.20140903@minutes.example.org', 'DTSTART;TZID=Europe/London:20140903T140000'],
    ]);
    expect(text).toContain('RRULE:FREQ=WEEKLY;INTERVAL=4;BYDAY=TU\r\n');
  });

  test('EXDATE carries the cancelled meeting’s exact start: date, wall time and TZID', () => {
    expect(text).toContain('EXDATE;TZID=Europe/London:20140520T140000\r\n');
    expect(text).toContain('EXDATE;TZID=Europe/London:20141230T140000\r\n');
  });

  test('moved meetings are overrides whose RECURRENCE-ID is the regular start', () => {
    expect(text).toContain('RECURRENCE-ID;TZID=Europe/London:20140603T140000\r\n');
    expect(text).toContain('RECURRENCE-ID;TZID=Europe/London:20140617T140000\r\n');
  });

  test('one VTIMEZONE per TZID: an observance before the first meeting, then yearly STANDARD/DAYLIGHT rules, before the events', () => {
    const zones = calendar.getAllSubcomponents('vtimezone');
    expect(zones.map((z) => z.getFirstPropertyValue('tzid'))).toEqual(['Europe/London']);
    expect(zones[0]!.getAllSubcomponents().map((c) => [c.name, String(c.getFirstPropertyValue('rrule'))])).toEqual([
      ['standard', 'null'],
      ['daylight', 'FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU'],
      ['standard', 'FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU'],
    ]);
    expect(text.indexOf('BEGIN:VTIMEZONE')).toBeGreaterThan(text.indexOf('X-PUBLISHED-TTL'));
    expect(text.indexOf('END:VTIMEZONE')).toBeLessThan(text.indexOf('BEGIN:VEVENT'));
  });

  test('calendar properties: refresh hints, name, URL', () => {
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//sigwiki//sigwiki//EN\r\n')).toBe(true);
    expect(text).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT12H\r\n');
    expect(text).toContain('X-PUBLISHED-TTL:PT12H\r\n');
    expect(text).toContain('X-WR-CALNAME:Meetings\r\n');
  });

  test('each event links back to the group page and describes the cadence', () => {
    for (const vevent of vevents) expect(vevent.getFirstPropertyValue('url')).toBe('https://minutes.example.org/groups/centos-virt/');
    expect(String(vevents[0]!.getFirstPropertyValue('description'))).toBe(
      'Every other Tuesday, 14:00–15:00 Europe/London, alternating Bluejeans video call and #centos-devel on Freenode.\n' +
        'Venue: Bluejeans video call https://bluejeans.com/centos-virt\nGroup page: https://minutes.example.org/groups/centos-virt/',
    );
    expect(String(vevents[3]!.getFirstPropertyValue('description'))).toMatch(/^Moved from Tuesday 3 June 2014, 14:00\.\n/);
  });

  test('LAST-MODIFIED, DTSTAMP and SEQUENCE come from lastModified and grow with it', () => {
    expect(text).toContain('LAST-MODIFIED:20141102T100000Z\r\n');
    expect(text).toContain('DTSTAMP:20141102T100000Z\r\n');
    const sequence = (value: string) => Number(/SEQUENCE:(\d+)/.exec(feed([groupEntry(cadence, { lastModified: value })]))![1]);
    expect(sequence('2014-11-02T10:00:00Z')).toBe(7803960);
    expect(sequence('2014-11-02T10:01:00Z')).toBe(7803961);
    expect(sequence('2015-01-01T00:00:00Z')).toBeGreaterThan(sequence('2014-11-02T10:00:00Z'));
  });

  test('the output is deterministic and UIDs are stable across builds', () => {
    expect(feed([entry])).toBe(text);
    const later = ics({ name: 'Meetings', host: HOST, generatedAt: '2027-06-01T00:00:00Z', groups: [entry] });
    const uids = (t: string) => [...t.matchAll(/^UID:(.*)$/gm)].map((m) => m[1]);
    expect(uids(later)).toEqual(uids(text));
  });

  test('lines are folded to at most 75 octets and end in CRLF', () => {
    const lines = text.split('\r\n');
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(lines.at(-1)).toBe('');
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  });
});

describe('UTC anchors, several schedules, several groups', () => {
  const nova = cadenceFromYaml(`
cadence:
  - {id: early, name: Europe/Asia slot, repeat: every other week, on: thursday, from: 2014-01-02, time: "14:00", timeZone: UTC, cancelled: [2014-12-18]}
  - {id: late, name: Americas slot, repeat: every other week, on: thursday, from: 2014-01-09, time: "21:00", timeZone: UTC}
`);
  const novaEntry: IcsGroup = { group: { id: 'nova', name: 'Nova', url: 'https://minutes.example.org/groups/nova/' }, venues: {}, cadence: nova, defaultTimeZone: 'Europe/London' };
  const text = feed([groupEntry(cadenceFromYaml(CENTOS_YAML)), novaEntry]);

  test('UTC-anchored schedules are written in UTC with no TZID and no VTIMEZONE for them', () => {
    expect(text).toContain('UID:nova.early@minutes.example.org\r\n');
    expect(text).toContain('DTSTART:20140102T140000Z\r\n');
    expect(text).toContain('DTSTART:20140109T210000Z\r\n');
    expect(text).toContain('EXDATE:20141218T140000Z\r\n');
    expect(text).toContain('SUMMARY:Nova (Americas slot)\r\n');
    expect(parseIcs(text).getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid'))).toEqual(['Europe/London']);
  });

  test('the all-groups feed expands to the union of each group’s meetings', () => {
    const from = '2014-01-01T00:00:00Z';
    const to = '2016-01-01T00:00:00Z';
    const expected = [...ours(groupEntry(cadenceFromYaml(CENTOS_YAML)), from, to), ...ours(novaEntry, from, to)].sort((a, b) => a.start.localeCompare(b.start));
    expect(theirs(text, from, to)).toEqual(expected);
  });
});

describe('clock changes: every meeting lasts its length and is where the pages say, in ical.js (issue 16, defects 4 and 5)', () => {
  const ny = (yaml: string) => groupEntry(cadenceFromYaml(`cadence: {${yaml}, timeZone: America/New_York}`));
  const window = ['2024-01-01T00:00:00Z', '2031-01-01T00:00:00Z'] as const;
  const lengths = (list: { start: string; end: string }[]) => new Set(list.map((m) => (Date.parse(m.end) - Date.parse(m.start)) / 60_000));

  test('a meeting moved to 01:30–02:30 on the fall-back day is 01:30–02:30 EST, 60 minutes, written in UTC', () => {
    const entry = ny('repeat: weekly, on: sunday, from: 2024-10-06, time: 10:00-11:00, moved: [{from: 2024-11-03, time: 01:30-02:30}]');
    const text = feed([entry]);
    expect(text).toContain('RECURRENCE-ID;TZID=America/New_York:20241103T100000\r\n');
    expect(text).toContain('DTSTART:20241103T063000Z\r\n');
    expect(text).toContain('DTEND:20241103T073000Z\r\n');
    const moved = theirs(text, '2024-11-03T00:00:00Z', '2024-11-04T00:00:00Z');
    expect(moved.map((m) => [m.start, m.end])).toEqual([['2024-11-03T06:30:00Z', '2024-11-03T07:30:00Z']]);
    expect(ours(entry, '2024-11-03T00:00:00Z', '2024-11-04T00:00:00Z').map((m) => [m.start, m.end])).toEqual([['2024-11-03T06:30:00Z', '2024-11-03T07:30:00Z']]);
  });

  test.each([
    ['a weekly 01:00–02:00 series that starts on a fall-back Sunday', 'repeat: weekly, on: sunday, from: 2024-11-03, time: 01:00-02:00', 60],
    ['a weekly 00:30–01:30 series', 'repeat: weekly, on: sunday, from: 2024-01-07, time: 00:30-01:30', 60],
    ['a weekly 01:30 series (overlap every autumn)', 'repeat: weekly, on: sunday, from: 2024-01-07, time: "01:30", duration: 45', 45],
    ['a weekly 02:30 series (gap every spring)', 'repeat: weekly, on: sunday, from: 2024-01-07, time: 02:30-03:30', 60],
    ['a 23:30–02:30 series across midnight and the change', 'repeat: weekly, on: saturday, from: 2024-01-06, time: 23:30-02:30', 180],
    ['the second Sunday of March at 02:00 (always in the gap)', 'repeat: monthly, on: second sunday, from: 2024-01-01, time: "02:00"', 60],
  ])('%s: ical.js agrees instant by instant for six years, and every meeting lasts its length', (_, yaml, minutes) => {
    const entry = ny(yaml);
    const { ours: expected, theirs: actual, skipped } = bothSides(entry, feed([entry]), ...window);
    expect(actual).toEqual(expected);
    expect(lengths(expected)).toEqual(new Set([minutes]));
    expect(skipped).toBeGreaterThanOrEqual(6);
    expect(feed([entry])).toContain(`DURATION:PT${Math.floor(minutes / 60) > 0 ? `${Math.floor(minutes / 60)}H` : ''}${minutes % 60 ? `${minutes % 60}M` : ''}\r\n`);
  });

  test('the first meeting of a series on a fall-back day: DTSTART as written, an override in UTC', () => {
    const text = feed([ny('repeat: weekly, on: sunday, from: 2024-11-03, time: 01:00-02:00')]);
    expect(text).toContain('DTSTART;TZID=America/New_York:20241103T010000\r\n');
    expect(text).toContain('RECURRENCE-ID;TZID=America/New_York:20241103T010000\r\n');
    expect(text).toContain('DTSTART:20241103T060000Z\r\n');
    expect(text).not.toMatch(/^DTEND;TZID/m);
  });

  test('overrides stop at the feed horizon (build year + 10); only meetings at a change get one (01:30–02:30 meets both)', () => {
    const text = feed([ny('repeat: weekly, on: sunday, from: 2024-01-07, time: "01:30"')]);
    const overrides = [...text.matchAll(/^RECURRENCE-ID;TZID=America\/New_York:(\d{4})/gm)].map((m) => Number(m[1]));
    expect(Math.min(...overrides)).toBe(2024);
    expect(Math.max(...overrides)).toBe(2036);
    expect(overrides).toHaveLength(2 * (2036 - 2024 + 1));
  });
});

describe('names are RFC 5545 TEXT: escaped, and no line break can leave the property', () => {
  // ical.js decodes TEXT only in properties it knows; NAME (RFC 7986) and X-WR-CALNAME are TEXT.
  ICAL.design.icalendar.property['name'] ??= { defaultType: 'text' };
  ICAL.design.icalendar.property['x-wr-calname'] ??= { defaultType: 'text' };
  const entry = (name: string): IcsGroup => ({ ...groupEntry(cadenceFromYaml(CENTOS_YAML)), group: { id: 'g', name } });

  test('NAME and X-WR-CALNAME escape backslash, semicolon and comma; ical.js reads the name back', () => {
    const text = ics({ name: 'A; b, c \\ d', host: HOST, generatedAt: GENERATED_AT, groups: [entry('A; b, c \\ d')] });
    expect(text).toContain('\r\nNAME:A\\; b\\, c \\\\ d\r\n');
    expect(text).toContain('\r\nX-WR-CALNAME:A\\; b\\, c \\\\ d\r\n');
    const calendar = parseIcs(text);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('A; b, c \\ d');
    expect(calendar.getFirstPropertyValue('name')).toBe('A; b, c \\ d');
    expect(calendar.getAllSubcomponents('vevent')[0]!.getFirstPropertyValue('summary')).toBe('A; b, c \\ d');
  });

  test('a CR or LF in a group or calendar name cannot inject a VEVENT (issue 14)', () => {
    const evil = 'Team\r\nEND:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:Reset your password at https://phish.example\rBEGIN:VALARM\nX';
    const text = ics({ name: evil, url: 'https://minutes.example.org/\r\nBEGIN:VEVENT', host: HOST, generatedAt: GENERATED_AT, groups: [entry(evil)] });
    const lines = text.split('\r\n');
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(vEventCount(text));
    expect(lines.filter((line) => /^(BEGIN|END):/.test(line)).every((line) => /^(BEGIN|END):(VCALENDAR|VEVENT|VTIMEZONE|STANDARD|DAYLIGHT)$/.test(line))).toBe(true);
    expect(text.match(/^SUMMARY:Reset/m)).toBeNull();
    const calendar = parseIcs(text);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Team\nEND:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:Reset your password at https://phish.example\nBEGIN:VALARM\nX');
    expect(calendar.getAllSubcomponents('vevent').map((v) => v.getFirstPropertyValue('uid'))).toEqual(['g.main.1@minutes.example.org', 'g.main.2@minutes.example.org']);
    expect(calendar.getFirstPropertyValue('url')).toBe('https://minutes.example.org/BEGIN:VEVENT');
  });
});

/** VEVENTs that ical.js finds. */
function vEventCount(text: string): number {
  return parseIcs(text).getAllSubcomponents('vevent').length;
}
