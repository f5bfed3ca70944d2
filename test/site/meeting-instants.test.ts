// The next-meeting script's data: months of meetings in a few hundred bytes.
import { expect, test } from 'vitest';
import { meetingInstants } from '../../src/site/meeting-instants.js';
import { occurrences } from '../../src/calendar/occurrences.js';
import { cadenceFromYaml } from '../calendar/helpers/fixtures.js';

test('a weekly UTC schedule over six months is one start and one run of deltas', () => {
  const cadence = cadenceFromYaml('cadence: {repeat: weekly, on: thursday, from: 2025-01-02, time: "14:00", timeZone: UTC}');
  const list = occurrences(cadence, { defaultTimeZone: 'UTC', from: '2025-01-01T00:00:00Z', to: '2025-07-02T00:00:00Z' });
  expect(list).toHaveLength(26);
  expect(meetingInstants(list, [])).toBe(`{"slots":[{"zone":"UTC","minutes":60,"starts":"${Date.parse('2025-01-02T14:00:00Z') / 60_000} 10080*25"}]}`);
});

test('three schedules, alternating venues and a London summer: every start decodes back, each slot with its venue', () => {
  const cadence = cadenceFromYaml(`cadence:
  - {id: a, repeat: weekly, on: monday, from: 2025-01-06, time: 09:00-10:00, timeZone: Europe/London, cancelled: [2025-02-03]}
  - {id: b, repeat: every other week, on: tuesday, from: 2025-01-07, time: "17:00", timeZone: America/New_York, venues: [jitsi, irc]}
  - {id: c, repeat: monthly, on: first friday, from: 2025-01-01, time: "06:00", duration: 90, timeZone: Asia/Tokyo}
`);
  const venues = [{ id: 'jitsi', name: 'Jitsi', kind: 'video', url: 'https://meet.jit.si/x' }, { id: 'irc', name: '#x', kind: 'irc' }] as never;
  const list = occurrences(cadence, { defaultTimeZone: 'UTC', from: '2025-01-01T00:00:00Z', to: '2025-07-02T00:00:00Z' }).filter((m) => m.status === 'confirmed');
  const text = meetingInstants(list, venues);
  // The script's decoding, written out again: the test fails if either side changes alone.
  const decoded = (JSON.parse(text) as { slots: { zone: string; minutes: number; venue?: { name: string }; starts: string }[] }).slots.flatMap((slot) => {
    let minute = 0;
    return slot.starts.split(' ').flatMap((part, index) => {
      const [value, times = '1'] = part.split('*');
      return Array.from({ length: Number(times) }, () => {
        minute = index === 0 ? Number(value) : minute + Number(value);
        return { start: new Date(minute * 60_000).toISOString(), minutes: slot.minutes, zone: slot.zone, venue: slot.venue?.name };
      });
    });
  });
  const expected = list.map((m) => ({ start: new Date(m.start).toISOString(), minutes: (Date.parse(m.end) - Date.parse(m.start)) / 60_000, zone: m.timeZone, venue: m.venue && (m.venue === 'jitsi' ? 'Jitsi' : '#x') }));
  expect(decoded.sort((x, y) => x.start.localeCompare(y.start))).toEqual(expected);
  expect(list.length).toBeGreaterThan(40);
  expect(text.length).toBeLessThan(500); // the old form, one JSON object a meeting, took over 4,000
});
