import { describe, expect, test } from 'vitest';
import { importMinutes, lostWords, renderMinutesFile } from '../../src/import/index.js';
import { actionTexts, fixture, resolverFor, splitMinutesFile } from './helpers.js';

const FRONT_MATTER_KEYS = ['date', 'title', 'chair', 'scribe', 'attendees', 'regrets', 'venue'];

describe('the CentOS Virt SIG mailing-list post', () => {
  const source = fixture('centos-virt-sig-2014-04-11.txt');
  const resolvePerson = resolverFor([
    { id: 'lars-kurth', name: 'Lars Kurth', aliases: ['LK'] },
    { id: 'george-dunlap', name: 'George Dunlap', aliases: ['GD'] },
    { id: 'karanbir-singh', name: 'Karanbir Singh', aliases: ['KB'] },
    { id: 'johnny-hughes', name: 'Johnny Hughes', aliases: ['JH'] },
  ]);
  const result = importMinutes(source, { fileName: 'centos-virt-sig-2014-04-11.txt', resolvePerson });
  const file = renderMinutesFile({ ...result, date: result.date! });
  const actions = actionTexts(result.body);

  test('reads date, title, scribe and group from the header', () => {
    expect(result.format).toBe('mailing-list');
    expect(result.date).toBe('2014-04-11');
    expect(result.title).toBe('VIRT SIG Meeting Minutes [11/04]');
    expect(result.scribe).toEqual(['lars-kurth']);
    expect(result.groupHint).toBe('centos-virt');
  });

  test('resolves the five attendees and proposes the unknown one', () => {
    expect(result.attendees).toEqual(['lars-kurth', 'george-dunlap', 'karanbir-singh', 'johnny-hughes', 'EuanHarris']);
    expect(result.unknownPeople).toEqual([
      { id: 'euan-harris', name: 'Euan Harris', aliases: ['EuanHarris'], sources: [{ text: 'EuanHarris', line: 17 }] },
    ]);
    expect(result.warnings).toEqual([]);
  });

  test('keeps all 15 actions with their original wording, one unowned', () => {
    expect(actions).toHaveLength(15);
    expect(actions.map((a) => a.slice(0, 30))).toEqual([
      'ACTION: KB, provide Bluejeans ',
      'ACTION: LK: announce on the li',
      'ACTION: LK and GD to discuss w',
      'ACTION: KB, provide changes su',
      'ACTION: LK, after changes are ',
      'Action: KB put together list o',
      'Action: KB put together a doc ',
      'Action: make mods to github re',
      'ACTION : LK state this policy ',
      'ACTION : GD kick off a backlog',
      'ACTION : LK these minutes cont',
      'ACTION: KB, GD, and who else w',
      'ACTION LK: to keep in touch wi',
      'ACTION GD: reach out to Cloud ',
      'ACTION LK: knows DavidNalley -',
    ]);
    expect(result.summary).toMatchObject({ actions: 15, unownedActions: 1, attendees: 5, headings: 14 });
    const unowned = actions.filter((a) => /^Action:\s*make mods/.test(a));
    expect(unowned).toEqual(['Action: make mods to github repos *after* migration']);
  });

  test('joins wrapped action lines into one action', () => {
    expect(actions[2]).toBe(
      'ACTION: LK and GD to discuss who wants to act as SIG lead. We may want to run this dually for a while, ' +
        'until it is clearer what is involved. LK is often on the road, which may prove challenging.',
    );
    expect(actions[11]).toBe(
      'ACTION: KB, GD, and who else wants to come - get together at Xen Project Hackathon, May 29&30th ' +
        '(http://wiki.xenproject.org/wiki/Hackathon/May2014) to work on technical issues. ' +
        'Most of us are local, so this should give us a boost',
    );
  });

  test('turns wiki headings into Markdown headings and keeps the attendees section', () => {
    expect(result.body).toContain('\n## Attendees\n\nSIG Members:\n- LarsKurth (LK)\n');
    expect(result.body).toContain('\n### Meeting time and cadence\n');
    expect(result.body).toContain('\n#### Repositories / Process\n');
    expect(result.body.startsWith('Subject: [CentOS-virt] VIRT SIG Meeting Minutes [11/04]\\\nDate: Fri Apr 11 14:07:05 UTC 2014\\\n')).toBe(true);
  });

  test('loses no word of the original', () => {
    expect(lostWords(source, file)).toEqual([]);
  });

  test('writes front matter with only allowed keys', () => {
    const { frontMatter } = splitMinutesFile(file);
    expect(Object.keys(frontMatter as object).every((key) => FRONT_MATTER_KEYS.includes(key))).toBe(true);
    expect(frontMatter).toEqual({
      date: '2014-04-11',
      title: 'VIRT SIG Meeting Minutes [11/04]',
      scribe: 'lars-kurth',
      attendees: ['lars-kurth', 'george-dunlap', 'karanbir-singh', 'johnny-hughes', 'EuanHarris'],
    });
  });

  test('proposes everyone, merged by id, when people.yaml is empty', () => {
    const empty = importMinutes(source, { fileName: 'post.txt', resolvePerson: () => undefined });
    expect(empty.attendees).toEqual(['LarsKurth', 'GeorgeDunlap', 'KaranbirSingh', 'JohnnyHughes', 'EuanHarris']);
    expect(empty.scribe).toEqual(['Lars Kurth']);
    expect(empty.unknownPeople.map(({ id, name, aliases }) => ({ id, name, aliases }))[0]).toEqual({
      id: 'lars-kurth',
      name: 'Lars Kurth',
      aliases: ['LK', 'LarsKurth', 'lars.kurth@xen.org'],
    });
    expect(empty.unknownPeople.map((p) => p.id)).toEqual(['lars-kurth', 'george-dunlap', 'karanbir-singh', 'johnny-hughes', 'euan-harris']);
  });
});

describe('the MirageOS call notes in Markdown', () => {
  const source = fixture('mirageos-call-2016-02-17.md');
  const resolvePerson = resolverFor([{ id: 'anil-madhavapeddy', name: 'Anil Madhavapeddy', aliases: ['Anil', 'avsm'] }]);
  const result = importMinutes(source, { fileName: 'mirageos-call-2016-02-17.md', resolvePerson });

  test('reads date and title from the first line', () => {
    expect(result.format).toBe('markdown-notes');
    expect(result.date).toBe('2016-02-17');
    expect(result.title).toBe('Containers, 2.7 prep, Hackathon and Netmap');
    expect(result.groupHint).toBe('mirageos-call');
  });

  test('reads the 12 attendees of the comma list spanning two lines', () => {
    expect(result.attendees).toEqual([
      'Amir', 'ThomasL', 'Mindy', 'Gemma', 'Hannes', 'tchell', 'Mort', 'Dave Scott', 'DanielB', 'anil-madhavapeddy', 'Jeremy', 'ThomasG',
    ]);
    expect(result.unknownPeople).toHaveLength(11);
    expect(result.unknownPeople.find((p) => p.name === 'Dave Scott')).toMatchObject({ id: 'dave-scott', aliases: [] });
    expect(result.unknownPeople.find((p) => p.name === 'ThomasL')).toMatchObject({ id: 'thomasl', aliases: [] });
    expect(result.summary).toMatchObject({ attendees: 12, actions: 0, knownPeople: 1, unknownPeople: 11 });
  });

  test('keeps the Markdown body as it is', () => {
    expect(result.body).toBe(source.trimEnd() + '\n');
    expect(lostWords(source, renderMinutesFile({ ...result, date: result.date! }))).toEqual([]);
    expect(result.warnings).toEqual([]);
  });
});

describe('MeetBot minutes', () => {
  const source = fixture('meetbot-sample.txt');
  const resolvePerson = resolverFor([
    { id: 'maria-koval', name: 'Maria Koval', aliases: ['mkoval'] },
    { id: 'ravi-tiwari', name: 'Ravi Tiwari', aliases: ['tiwari'] },
  ]);
  const result = importMinutes(source, { fileName: 'meetbot-sample.txt', resolvePerson });
  const actions = actionTexts(result.body);

  test('reads title, date from the log address, and chair', () => {
    expect(result.format).toBe('meetbot');
    expect(result.title).toBe('Riverbed Storage SIG weekly meeting');
    expect(result.date).toBe('2019-03-06');
    expect(result.chair).toEqual(['maria-koval']);
  });

  test('takes attendees from "People Present", leaving the bot out', () => {
    expect(result.attendees).toEqual(['maria-koval', 'ravi-tiwari', 'jfeld', 'sol_r', 'anka']);
    expect(result.unknownPeople.map(({ id, name, aliases }) => ({ id, name, aliases }))).toEqual([
      { id: 'jfeld', name: 'jfeld', aliases: [] },
      { id: 'sol-r', name: 'sol_r', aliases: [] },
      { id: 'anka', name: 'anka', aliases: [] },
    ]);
    expect(result.warnings).toEqual([{ ruleId: 'import-bot-skipped', line: 79, message: expect.stringContaining('rivbot') }]);
  });

  test('writes each action once, in canonical form with owners from "Action Items, by person"', () => {
    expect(actions).toEqual([
      'ACTION tiwari: to raise the aarch64 test timeout and report back (mkoval, 15:11:45)',
      'ACTION jfeld and mkoval: to draft the retirement announcement (mkoval, 15:20:02)',
      'ACTION: update the SIG wiki page once the announcement is out (mkoval, 15:21:10)',
      'ACTION sol_r: to ping the infra team about the mirror lag (mkoval, 15:27:48)',
    ]);
    expect(result.summary).toMatchObject({ actions: 4, unownedActions: 1, agreed: 2, info: 3, links: 1 });
    expect(result.body).toContain('\n## Action Items, by person\n\n- jfeld\n  - jfeld and mkoval to draft the retirement announcement\n');
  });

  test('marks agreed items and turns topics into headings', () => {
    expect(result.body).toContain('- **AGREED:** ship 3.2 with x86_64 only and add aarch64 in a point release (mkoval, 15:11:02)\n');
    expect(result.body).toContain('- **AGREED:** announce the end of GlusterFS builds on the list (mkoval, 15:19:30)\n');
    expect(result.body).toContain('\n### GlusterFS retirement\n\n(mkoval, 15:14:20)\n');
  });

  test('loses no word of the original', () => {
    expect(lostWords(source, renderMinutesFile({ ...result, date: result.date! }))).toEqual([]);
  });
});
