// ISO-week schedules (`weeks: odd`, `weeks: 1 of 4`): pages, sentences and feeds agree across 53-week years.
import { describe, expect, test } from 'vitest';
import { DateTime } from 'luxon';
import { CadenceSchema } from '../../src/calendar/cadence-schema.js';
import { describeSchedule } from '../../src/calendar/describe-schedule.js';
import { ics } from '../../src/calendar/ics.js';
import { occurrences } from '../../src/calendar/occurrences.js';
import { bothSides } from './helpers/compare.js';
import { parseIcs } from './helpers/expand-ics.js';
import { expandWithNodeIcal } from './helpers/expand-node-ical.js';
import { cadenceFromYaml, groupEntry } from './helpers/fixtures.js';

// OpenStack's shape: odd ISO weeks at 14:00 UTC, even ISO weeks at 21:00 UTC.
const TWO_SLOTS = `cadence:
  - id: odd
    repeat: every other week
    on: thursday
    weeks: odd
    from: 2019-01-03
    time: 14:00-15:00
    timeZone: UTC
  - id: even
    repeat: every other week
    on: thursday
    weeks: even
    from: 2019-01-03
    time: 21:00-22:00
    timeZone: UTC
`;

const GENERATED_AT = '2026-01-15T12:00:00Z';
const feedOf = (yaml: string, extra = {}) => {
  const entry = groupEntry(cadenceFromYaml(yaml), extra);
  return { entry, text: ics({ name: 'Meetings', host: 'minutes.example.org', generatedAt: GENERATED_AT, groups: [entry] }) };
};

/** Every Thursday (or `weekday`, 1 = Monday) in [from, to) whose luxon ISO week number is kept: what the schedules mean. */
function thursdaysByLuxon(from: string, to: string, keep: (week: number) => boolean, hour: number, zone: string, weekday = 4): string[] {
  const starts: string[] = [];
  for (let day = DateTime.fromISO(from, { zone: 'utc' }); day < DateTime.fromISO(to, { zone: 'utc' }); day = day.plus({ days: 1 })) {
    if (day.weekday === weekday && keep(day.weekNumber)) {
      starts.push(DateTime.fromObject({ year: day.year, month: day.month, day: day.day, hour }, { zone }).toUTC().toISO({ suppressMilliseconds: true })!);
    }
  }
  return starts;
}

const WINDOWS = [['2020-01-01T00:00:00Z', '2022-01-01T00:00:00Z'], ['2026-01-01T00:00:00Z', '2028-01-01T00:00:00Z']] as const;

describe('odd and even ISO weeks, two alternating slots', () => {
  const { entry, text } = feedOf(TWO_SLOTS);

  test.each(WINDOWS)('sigwiki, ical.js and node-ical give the same instants, %s to %s', (from, to) => {
    const expected = [
      ...thursdaysByLuxon(from, to, (week) => week % 2 === 1, 14, 'UTC'),
      ...thursdaysByLuxon(from, to, (week) => week % 2 === 0, 21, 'UTC'),
    ].sort();
    const { ours, theirs } = bothSides(entry, text, from, to);
    expect(ours.map((m) => m.start)).toEqual(expected);
    expect(theirs).toEqual(ours);
    const nodeIcal = expandWithNodeIcal(text, from, to).sort((a, b) => a.start.localeCompare(b.start));
    expect(nodeIcal).toEqual(ours);
    expect(ours.length).toBeGreaterThan(100);
  });

  test('after a 53-week year two odd weeks follow each other, unlike every 14 days', () => {
    const starts = occurrences(entry.cadence, { defaultTimeZone: 'UTC', from: '2020-12-20T00:00:00Z', to: '2021-01-20T00:00:00Z' }).map((m) => m.start);
    // 2020-12-31 is in ISO week 53 (odd), 2021-01-07 in week 1 (odd): the 14:00 slot twice running.
    expect(starts).toEqual(['2020-12-24T21:00:00Z', '2020-12-31T14:00:00Z', '2021-01-07T14:00:00Z', '2021-01-14T21:00:00Z']);
    const later = occurrences(entry.cadence, { defaultTimeZone: 'UTC', from: '2026-12-20T00:00:00Z', to: '2027-01-20T00:00:00Z' }).map((m) => m.start);
    expect(later).toEqual(['2026-12-24T21:00:00Z', '2026-12-31T14:00:00Z', '2027-01-07T14:00:00Z', '2027-01-14T21:00:00Z']);
  });

  test('the feed has one series per ISO year with its own DTSTART and UNTIL, and never BYWEEKNO', () => {
    expect(text).not.toMatch(/BYWEEKNO/);
    const events = parseIcs(text).getAllSubcomponents('vevent');
    const odd2020 = events.find((event) => event.getFirstPropertyValue('uid') === 'centos-virt.odd.2020@minutes.example.org')!;
    expect(odd2020.getFirstPropertyValue('dtstart')!.toString()).toBe('2020-01-02T14:00:00Z');
    expect(String(odd2020.getFirstPropertyValue('rrule'))).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=TH;UNTIL=20201231T140000Z');
    const even2021 = events.find((event) => event.getFirstPropertyValue('uid') === 'centos-virt.even.2021@minutes.example.org')!;
    expect(even2021.getFirstPropertyValue('dtstart')!.toString()).toBe('2021-01-14T21:00:00Z');
  });

  test('the schedule sentence says the weeks are ISO weeks', () => {
    expect(describeSchedule(entry.cadence[0]!, { defaultTimeZone: 'UTC' })).toBe('Thursdays of odd ISO weeks, 14:00–15:00 UTC');
    expect(describeSchedule(entry.cadence[1]!, { defaultTimeZone: 'UTC' })).toBe('Thursdays of even ISO weeks, 21:00–22:00 UTC');
  });
});

test('every 4 weeks in week 1 of 4, in Berlin, with a cancellation and a move: every client agrees', () => {
  const { entry, text } = feedOf(`cadence:
  repeat: every 4 weeks
  on: tuesday
  weeks: 1 of 4
  from: 2019-12-31
  time: 17:00-18:00
  timeZone: Europe/Berlin
  cancelled: [2021-01-05]
  moved: [{from: 2026-12-29, time: 18:00-19:00}]
`);
  expect(describeSchedule(entry.cadence[0]!, { defaultTimeZone: 'UTC' })).toBe(
    'Tuesdays of ISO weeks 1, 5, 9, … (week 1 of every 4, counted afresh each ISO year), 17:00–18:00 Europe/Berlin',
  );
  for (const [from, to] of WINDOWS) {
    const { ours, theirs } = bothSides(entry, text, from, to);
    const expected = thursdaysByLuxon(from, to, (week) => (week - 1) % 4 === 0, 17, 'Europe/Berlin', 2)
      .filter((start) => start !== '2021-01-05T16:00:00Z')
      .map((start) => (start === '2026-12-29T16:00:00Z' ? '2026-12-29T17:00:00Z' : start));
    expect(ours.map((m) => m.start)).toEqual(expected);
    expect(theirs).toEqual(ours);
    expect(expandWithNodeIcal(text, from, to).sort((a, b) => a.start.localeCompare(b.start))).toEqual(ours);
  }
  // 2020 has 53 ISO weeks: weeks 53 and 1 follow each other.
  const around = occurrences(entry.cadence, { defaultTimeZone: 'UTC', from: '2020-12-01T00:00:00Z', to: '2021-02-01T00:00:00Z' }).map((m) => [m.start.slice(0, 10), m.status]);
  expect(around).toEqual([['2020-12-01', 'confirmed'], ['2020-12-29', 'confirmed'], ['2021-01-05', 'cancelled']]);
});

describe('`weeks:` is checked', () => {
  const issues = (schedule: Record<string, unknown>) => CadenceSchema.safeParse({ on: 'thursday', from: '2020-01-02', time: '14:00', ...schedule }).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  test.each([
    [{ repeat: 'weekly', weeks: 'odd' }, 'weeks: `weeks: odd` needs `repeat: every other week`'],
    [{ repeat: 'every 2 weeks', weeks: '1 of 4' }, 'weeks: `weeks: 1 of 4` needs `repeat: every 4 weeks`'],
    [{ repeat: 'monthly', on: 'first thursday', weeks: 'odd' }, 'weeks: `weeks:` goes with `repeat: every other week` (odd, even) or `every N weeks` (K of N)'],
    [{ repeat: 'every 4 weeks', weeks: '5 of 4' }, 'weeks: expected `odd`, `even` or `K of N` (ISO week K of every N, e.g. `1 of 4`, with 1 <= K <= N and 2 <= N <= 52)'],
    [{ repeat: 'every other week', weeks: 'odd', venues: ['a', 'b'] }, 'venues: alternating venues do not go with `weeks:`; use one schedule per venue (e.g. `weeks: odd` and `weeks: even`)'],
    [{ repeat: 'every other week', weeks: 'odd', from: '2020-01-03' }, 'from: 2020-01-03 is a Friday, not a Thursday'],
  ])('%j', (schedule, message) => {
    expect(issues(schedule)).toEqual([message]);
  });
  test('valid: odd, EVEN, 3 of 4', () => {
    expect(issues({ repeat: 'every other week', weeks: 'odd' })).toBeUndefined();
    expect(issues({ repeat: 'fortnightly', weeks: 'EVEN' })).toBeUndefined();
    expect(issues({ repeat: 'every four weeks', weeks: '3 of 4' })).toBeUndefined();
  });
  test('BYWEEKNO in a raw rrule points to `weeks:`', () => {
    expect(issues({ rrule: 'FREQ=YEARLY;BYWEEKNO=1,3,5;BYDAY=TH', on: undefined })?.[0]).toMatch(/^rrule: BYWEEKNO is not supported.*`weeks: odd`/);
  });
});

test('even ISO weeks (where US clock changes fall, 2020-2027) at 01:30 on Sundays in New York: meetings in the autumn overlap and spring gap agree in ical.js and node-ical', () => {
  const { entry, text } = feedOf(`cadence:
  repeat: every other week
  on: sunday
  weeks: even
  from: 2019-01-06
  time: 01:30-02:30
  timeZone: America/New_York
`);
  let clockChanges = 0;
  for (const [from, to] of WINDOWS) {
    const { ours, theirs, skipped } = bothSides(entry, text, from, to);
    expect(theirs).toEqual(ours);
    // node-ical reads an overlap's RECURRENCE-ID its own way (see second-parser.test.ts): compare the other days.
    const onOverlap = (start: string) => ['2020-11-01', '2021-11-07', '2026-11-01', '2027-11-07'].includes(DateTime.fromISO(start).setZone('America/New_York').toISODate()!);
    expect(expandWithNodeIcal(text, from, to).filter((m) => !onOverlap(m.start)).sort((a, b) => a.start.localeCompare(b.start))).toEqual(ours.filter((m) => !onOverlap(m.start)));
    clockChanges += skipped;
  }
  expect(clockChanges).toBeGreaterThan(0);
});
