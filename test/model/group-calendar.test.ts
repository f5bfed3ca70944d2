import { describe, expect, it } from 'vitest';
import { buildWiki } from '../../src/model/build-wiki.js';
import { contentFiles, minutes, PEOPLE, SITE } from '../helpers/content.js';

const VIRT = `name: Virt SIG
timeZone: Europe/London
actionPrefix: virt
venues:
  bluejeans: { name: Bluejeans video call, kind: video, url: "https://bluejeans.com/123" }
  irc: { name: "#centos-devel", kind: irc, url: "irc://irc.freenode.net/centos-devel" }
cadence:
  repeat: every other week
  on: tuesday
  from: 2014-04-22
  time: 14:00-15:00
  venues: [bluejeans, irc]
`;

function build(files: Record<string, string>, now = '2014-04-20T12:00:00Z') {
  return buildWiki(contentFiles({ 'content/sigwiki.yaml': SITE, 'content/people.yaml': PEOPLE, 'content/groups/virt/group.yaml': VIRT, ...files }), {
    asOf: now.slice(0, 10),
    now,
  });
}

describe('group calendar in the model', () => {
  it('describes the cadence and lists the next meetings with alternating venues', () => {
    const { wiki, messages } = build({});
    expect(messages).toEqual([]);
    const [group] = wiki.groups;
    expect(group!.schedules.map((schedule) => schedule.description)).toEqual([
      'every other Tuesday, 14:00–15:00 Europe/London, alternating Bluejeans video call and #centos-devel',
    ]);
    expect(group!.upcoming.slice(0, 3).map((meeting) => [meeting.dateText, meeting.timeText, meeting.venue?.id, meeting.startUtc])).toEqual([
      ['Tue 22 Apr 2014', '14:00–15:00 Europe/London', 'bluejeans', '2014-04-22T13:00:00Z'],
      ['Tue 6 May 2014', '14:00–15:00 Europe/London', 'irc', '2014-05-06T13:00:00Z'],
      ['Tue 20 May 2014', '14:00–15:00 Europe/London', 'bluejeans', '2014-05-20T13:00:00Z'],
    ]);
    expect(group!.nextMeeting!.localDate).toBe('2014-04-22');
    const zones = Object.fromEntries(group!.nextMeetingZones.map((zone) => [zone.zone, `${zone.weekday} ${zone.time} ${zone.dayShift}`]));
    expect(zones['America/New_York']).toBe('Tue 09:00 0');
    expect(zones['Australia/Sydney']).toBe('Tue 23:00 0');
    expect(zones['Asia/Kolkata']).toBe('Tue 18:30 0');
    expect(wiki.calendar.map((meeting) => meeting.localDate)).toEqual(['2014-04-22', '2014-05-06', '2014-05-20', '2014-06-03', '2014-06-17']);
  });

  it('counts a meeting in progress as the next one', () => {
    const { wiki } = build({}, '2014-04-22T13:30:00Z');
    expect(wiki.groups[0]!.nextMeeting!.localDate).toBe('2014-04-22');
  });

  it('warns about minutes dated off the cadence, and not about those on it', () => {
    const { messages } = build({
      'content/groups/virt/2014-04-22.md': minutes('date: 2014-04-22'),
      'content/groups/virt/2014-04-29.md': minutes('date: 2014-04-29'),
    });
    expect(messages).toEqual([
      expect.objectContaining({ ruleId: 'meeting-off-cadence', severity: 'warning', file: 'content/groups/virt/2014-04-29.md' }),
    ]);
  });

  it('warns when two groups meet on the same channel at the same time', () => {
    const other = VIRT.replace('name: Virt SIG', 'name: Other SIG').replace('actionPrefix: virt', 'actionPrefix: other').replace('from: 2014-04-22', 'from: 2014-05-20');
    const { messages } = build({ 'content/groups/zz/group.yaml': other });
    expect(messages).toEqual([expect.objectContaining({ ruleId: 'venue-conflict', severity: 'warning', file: 'content/groups/zz/group.yaml' })]);
    expect(messages[0]!.reason).toContain('https://bluejeans.com/123');
  });

  it('reports a cadence venue the group does not define', () => {
    const { messages } = build({ 'content/groups/virt/group.yaml': VIRT.replace('venues: [bluejeans, irc]', 'venues: [bluejeans, ircc]') });
    expect(messages).toEqual([expect.objectContaining({ ruleId: 'venue-unknown', line: 8, hint: 'did you mean `irc`?' })]);
  });

  it('maps a cadence schema error to its line', () => {
    const { messages } = build({ 'content/groups/virt/group.yaml': VIRT.replace('  time: 14:00-15:00', '  time: 2pm') });
    expect(messages).toEqual([expect.objectContaining({ ruleId: 'schema-invalid', line: 11, column: 9 })]);
  });

  it('clock-change days: real start and end on the page, and a warning naming the dates (issue 16)', () => {
    const owls = `name: Night owls
timeZone: America/New_York
actionPrefix: owl
cadence:
  - id: late
    repeat: weekly
    on: sunday
    from: 2024-10-06
    time: "01:30"
  - id: day
    repeat: weekly
    on: thursday
    from: 2024-10-03
    time: "10:00"
    moved: [{from: 2025-03-06, to: 2025-03-09, time: "02:30"}]
    dates: [{date: 2024-11-03, time: 01:30-02:30}, {date: 2024-11-10, time: 00:30-02:30}]
`;
    const { wiki, messages } = build({ 'content/groups/owls/group.yaml': owls }, '2024-10-20T12:00:00Z');
    const group = wiki.groups.find((candidate) => candidate.id === 'owls')!;
    const texts = Object.fromEntries(wiki.calendar.filter((m) => m.group === group).map((m) => [`${m.occurrence.scheduleId} ${m.localDate}`, m.timeText]));
    expect(texts['day 2024-11-03']).toBe('01:30–02:30 America/New_York');
    expect(texts['late 2024-11-03']).toBe('01:30–02:30 America/New_York');
    expect(texts['late 2024-10-27']).toBe('01:30–02:30 America/New_York');
    const warnings = messages.filter((m) => m.ruleId === 'dst-ambiguous-time').map((m) => m.reason);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/^Night owls's schedule "late" meets at a America\/New_York time that is repeated when the clocks go back on 2024-11-03 01:30, 2025-11-02 01:30, 2026-11-01 01:30, 2027-11-07 01:30, 2028-11-05 01:30 and 6 more/);
    expect(warnings[1]).toMatch(/"day" .* skipped when the clocks go forward on 2025-03-09 02:30 .*, and repeated when the clocks go back on 2024-11-03 01:30 /);
  });
});
