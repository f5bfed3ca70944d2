import { describe, expect, it } from 'vitest';
import { actionsJson, meetingsJson, peopleJson } from '../../src/export/json-export.js';
import { ActionsExportSchema, MeetingsExportSchema, PeopleExportSchema } from '../../src/export/schema.js';
import { loadWiki } from '../../src/load/load-wiki.js';
import type { Wiki } from '../../src/model/wiki.js';
import { buildVirt, minutes } from '../helpers/content.js';
import { ROOT } from '../helpers/run-cli.js';

const example = async () => (await loadWiki({ contentDir: 'content', cwd: ROOT, asOf: '2026-11-23' })).wiki;

function exportAll(wiki: Wiki) {
  return { actions: actionsJson(wiki), meetings: meetingsJson(wiki), people: peopleJson(wiki) };
}

describe('JSON export', () => {
  it('matches its schemas exactly and survives JSON.stringify unchanged', async () => {
    const { actions, meetings, people } = exportAll(await example());
    expect(ActionsExportSchema.parse(actions)).toEqual(actions);
    expect(MeetingsExportSchema.parse(meetings)).toEqual(meetings);
    expect(PeopleExportSchema.parse(people)).toEqual(people);
    for (const data of [actions, meetings, people]) {
      expect(JSON.parse(JSON.stringify(data))).toEqual(data); // no undefined, no cycles
      expect(data).toMatchObject({ version: 1, generated: '2026-11-23', site: { title: 'sigwiki example', url: null } });
    }
  });

  it('refuses a field the schema does not document', async () => {
    const actions = actionsJson(await example());
    const drifted = { ...actions, actions: [{ ...actions.actions[0], extra: 1 }] };
    expect(ActionsExportSchema.safeParse(drifted).success).toBe(false);
  });

  it('resolves every reference within the export', async () => {
    for (const wiki of [await example(), virtWiki()]) {
      const { actions, meetings, people } = exportAll(wiki);
      const personIds = new Set(people.people.map((person) => person.id));
      const actionIds = new Set(actions.actions.map((action) => action.id));
      const meetingUrls = new Set(meetings.meetings.map((meeting) => meeting.url));
      const meetingKeys = new Set(meetings.meetings.map((meeting) => `${meeting.group}/${meeting.slug}`));
      const groups = new Map(meetings.groups.map((group) => [group.id, group]));
      expect(actionIds.size).toBe(actions.actions.length);
      expect(meetingUrls.size).toBe(meetings.meetings.length);

      for (const action of actions.actions) {
        expect(groups.has(action.group)).toBe(true);
        expect(meetingUrls.has(action.meeting.url)).toBe(true);
        expect(meetingKeys.has(`${action.group}/${action.meeting.slug}`)).toBe(true);
        if (action.closedBy !== null) expect(meetingUrls.has(action.closedBy)).toBe(true);
        expect(action.url.startsWith(action.meeting.url)).toBe(true);
        for (const owner of action.owners) expect(personIds.has(owner)).toBe(true);
      }
      for (const meeting of meetings.meetings) {
        const group = groups.get(meeting.group)!;
        expect(group).toBeDefined();
        for (const id of [...meeting.chair, ...meeting.scribe, ...meeting.attendees, ...meeting.regrets]) expect(personIds.has(id)).toBe(true);
        for (const id of [...meeting.actionsRaised, ...meeting.actionsClosed]) expect(actionIds.has(id)).toBe(true);
        if (meeting.venue !== null) expect(group.venues.map((venue) => venue.id)).toContain(meeting.venue);
      }
      for (const group of meetings.groups) {
        for (const { people: holders } of group.roles) for (const id of holders) expect(personIds.has(id)).toBe(true);
      }
      for (const person of people.people) {
        for (const id of [...person.openActions, ...person.closedActions]) expect(actionIds.has(id)).toBe(true);
        for (const { group, slugs } of person.attended) for (const slug of slugs) expect(meetingKeys.has(`${group}/${slug}`)).toBe(true);
        for (const { group } of person.roles) expect(groups.has(group)).toBe(true);
      }
    }
  });

  it('describes an action, its meeting and its owner field by field', async () => {
    const { actions, meetings, people } = exportAll(await example());
    expect(actions.actions.find((action) => action.id === 'ewg-20260901-4')).toEqual({
      id: 'ewg-20260901-4',
      group: 'example-wg',
      meeting: { slug: '2026-09-01', url: '/groups/example-wg/2026-09-01/' },
      date: '2026-09-01',
      owners: [],
      text: 'book a room for the in-person meeting',
      status: 'dropped',
      due: null,
      overdue: false,
      closedOn: '2026-09-29',
      closedBy: '/groups/example-wg/2026-09-29/',
      closeNote: 'we will stay online for now',
      ageDays: 28,
      url: '/groups/example-wg/2026-09-01/#ewg-20260901-4',
      file: 'content/groups/example-wg/2026-09-01.md',
      line: 24,
    });
    expect(meetings.meetings.find((meeting) => meeting.url === '/groups/example-wg/2026-09-15/')).toMatchObject({
      group: 'example-wg',
      slug: '2026-09-15',
      regrets: ['robin-placeholder'],
      venue: 'irc',
      actionsRaised: ['ewg-20260915-1'],
      actionsClosed: ['ewg-20260901-1'],
      editUrl: 'https://github.com/sigwiki/sigwiki/edit/main/content/groups/example-wg/2026-09-15.md',
    });
    const alex = people.people.find((person) => person.id === 'alex-example')!;
    expect(alex.roles).toEqual([{ group: 'example-wg', role: 'chair' }]);
    expect(alex.attended).toEqual([{ group: 'example-wg', slugs: ['2026-09-29', '2026-09-15', '2026-09-01'] }]);
    expect(alex.closedActions).toEqual(['ewg-20260901-1']);
  });

  it('keeps the site url and an overdue open action', () => {
    const wiki = virtWiki();
    const { actions } = exportAll(wiki);
    expect(actions.site.url).toBe('https://minutes.example.org/');
    expect(actions.actions.find((action) => action.id === 'virt-20140411-1')).toMatchObject({
      status: 'open',
      due: '2014-05-01',
      overdue: true,
      closedOn: null,
      closedBy: null,
      ageDays: 51,
      owners: ['karanbir-singh', 'george-dunlap'],
    });
  });

  it('says where the site is served: site.url with the base path as its path, and site.basePath', () => {
    const wiki = virtWiki();
    expect(actionsJson(wiki).site).toMatchObject({ url: 'https://minutes.example.org/', basePath: '/' });
    const under = meetingsJson(wiki, '/minutes/');
    expect(MeetingsExportSchema.parse(under)).toEqual(under);
    expect(under.site).toMatchObject({ url: 'https://minutes.example.org/minutes/', basePath: '/minutes/' });
    // url fields stay site paths: appended to site.url or site.basePath, they name the page.
    const meeting = under.meetings.find((candidate) => candidate.slug === '2014-04-11')!;
    expect(meeting.url).toBe('/groups/virt/2014-04-11/');
    expect(under.site.url + meeting.url.slice(1)).toBe('https://minutes.example.org/minutes/groups/virt/2014-04-11/');
    expect(under.site.basePath + meeting.url.slice(1)).toBe('/minutes/groups/virt/2014-04-11/');
  });

  it('exports an empty wiki', () => {
    const { wiki } = buildVirt({});
    const { actions, meetings } = exportAll(wiki);
    expect(ActionsExportSchema.parse(actions).actions).toEqual([]);
    expect(MeetingsExportSchema.parse(meetings).groups.map((group) => group.id)).toEqual(['virt']);
  });
});

function virtWiki(): Wiki {
  const result = buildVirt(
    {
      '2014-04-11.md': minutes('date: 2014-04-11\nvenue: irc\nattendees: [LK]', '\n- ACTION KB and GD: write it up (due 2014-05-01)\n- ACTION LK: check\n'),
      '2014-04-22.md': minutes('date: 2014-04-22', '\n- [x] virt-20140411-2 LK: check\n'),
    },
    '2014-06-01',
    { 'content/sigwiki.yaml': 'title: Test wiki\nurl: https://minutes.example.org/\n' },
  );
  expect(result.messages).toEqual([]);
  return result.wiki;
}
