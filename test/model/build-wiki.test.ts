import { describe, expect, it } from 'vitest';
import { buildWiki } from '../../src/model/build-wiki.js';
import { buildVirt, contentFiles, GROUP, minutes, PEOPLE, SITE } from '../helpers/content.js';

const rules = (result: ReturnType<typeof buildVirt>) => result.messages.map((message) => message.ruleId);

describe('buildWiki: people and aliases', () => {
  it('resolves ids, names and aliases (any case) to the same person', () => {
    const { wiki, messages } = buildVirt({
      '2014-04-11.md': minutes('date: 2014-04-11\nchair: lk\nscribe: Lars Kurth\nattendees: [LarsKurth, lars-kurth, GD, kbsingh]'),
    });
    expect(messages).toEqual([]);
    const [meeting] = wiki.meetings;
    expect(meeting!.chair.map((person) => person.id)).toEqual(['lars-kurth']);
    expect(meeting!.scribe.map((person) => person.id)).toEqual(['lars-kurth']);
    expect(meeting!.attendees.map((person) => person.id)).toEqual(['lars-kurth', 'george-dunlap', 'karanbir-singh']);
  });

  it('reports an unknown person at its line and column with a suggestion', () => {
    const result = buildVirt({ '2014-04-11.md': minutes('date: 2014-04-11\nattendees:\n  - LK\n  - Lars Kurht') });
    expect(result.messages).toHaveLength(1);
    expect(result.messages[0]).toMatchObject({
      ruleId: 'person-unknown',
      file: 'content/groups/virt/2014-04-11.md',
      line: 5,
      column: 5,
      severity: 'error',
      hint: 'did you mean `Lars Kurth`?',
    });
  });

  it('reports an unknown action owner in the canonical form', () => {
    const result = buildVirt({ '2014-04-11.md': minutes('date: 2014-04-11', '\n- ACTION KBB: send the slides\n') });
    expect(result.messages[0]).toMatchObject({ ruleId: 'person-unknown', line: 5, hint: 'did you mean `KB`?' });
  });

  it('refuses an alias shared by two people', () => {
    const result = buildVirt({}, '2014-06-01', {
      'content/people.yaml': '- id: a\n  name: Anne\n  aliases: [AB]\n- id: b\n  name: Bob\n  aliases: [ab]\n',
    });
    expect(result.messages).toEqual([expect.objectContaining({ ruleId: 'alias-ambiguous', line: 6, column: 13 })]);
  });
});

describe('buildWiki: dates and file names', () => {
  it('rejects a day that does not exist', () => {
    const result = buildVirt({ '2014-02-30.md': minutes('date: 2014-02-30') });
    expect(result.messages).toEqual([expect.objectContaining({ ruleId: 'date-invalid', line: 2, column: 7 })]);
  });

  it('rejects a date written another way', () => {
    const result = buildVirt({ '2014-04-11.md': minutes('date: 11/04/2014') });
    expect(rules(result)).toEqual(['date-invalid']);
  });

  it('reports a date that differs from the file name', () => {
    const result = buildVirt({ '2014-04-11.md': minutes('date: 2014-04-12') });
    expect(result.messages).toEqual([
      expect.objectContaining({ ruleId: 'date-file-mismatch', line: 2, column: 7, actual: '2014-04-12', expected: ['2014-04-11'] }),
    ]);
  });

  it('rejects a file name that is not a date', () => {
    const result = buildVirt({ 'notes.md': minutes('date: 2014-04-11') });
    expect(rules(result)).toEqual(['file-name-invalid']);
  });

  it('reports a missing date', () => {
    const result = buildVirt({ '2014-04-11.md': minutes('title: No date') });
    expect(result.messages).toEqual([expect.objectContaining({ ruleId: 'schema-invalid', reason: 'Missing required key `date`' })]);
  });
});

describe('buildWiki: YAML and front matter', () => {
  it('points at the right line of a YAML syntax error', () => {
    const text = '---\ndate: 2014-04-11\ntitle: ok\nattendees: [LK, GD\nchair: LK\n---\nbody\n';
    const result = buildVirt({ '2014-04-11.md': text });
    expect(result.messages).toHaveLength(1);
    expect(result.messages[0]!.ruleId).toBe('yaml-syntax');
    expect(result.messages[0]!.line).toBeGreaterThanOrEqual(4);
    expect(result.messages[0]!.line).toBeLessThanOrEqual(5);
  });

  it('points at the duplicated key', () => {
    const result = buildVirt({ '2014-04-11.md': '---\ndate: 2014-04-11\ntitle: a\ntitle: b\n---\n' });
    expect(result.messages).toEqual([expect.objectContaining({ ruleId: 'yaml-syntax', line: 4, column: 1 })]);
  });

  it('points at a YAML error in group.yaml', () => {
    const result = buildVirt({}, '2014-06-01', { 'content/groups/virt/group.yaml': 'name: Virt\nroles:\n  chair: [LK\n' });
    expect(result.messages[0]).toMatchObject({ ruleId: 'yaml-syntax', file: 'content/groups/virt/group.yaml' });
    expect(result.messages[0]!.line).toBeGreaterThanOrEqual(3);
  });

  it.each(['permalink', 'layout', 'eleventyComputed', 'eleventyExcludeFromCollections', 'pagination', 'tags', 'templateEngineOverride'])(
    'rejects the reserved key %s at its line',
    (key) => {
      const result = buildVirt({ '2014-04-11.md': minutes(`date: 2014-04-11\n${key}: x`) });
      expect(result.messages).toEqual([expect.objectContaining({ ruleId: 'frontmatter-reserved-key', line: 3, column: 1, actual: key })]);
    },
  );

  it('refuses JavaScript front matter without running it', () => {
    const marker = '__sigwiki_test_ran__';
    const text = `---js\n{ date: "2014-04-11", x: (globalThis.${marker} = true) }\n---\nbody\n`;
    const result = buildVirt({ '2014-04-11.md': text });
    expect(result.messages).toEqual([expect.objectContaining({ ruleId: 'frontmatter-language', line: 1 })]);
    expect((globalThis as Record<string, unknown>)[marker]).toBeUndefined();
    expect(result.wiki.meetings).toHaveLength(0);
  });

  it('suggests the closest key for an unknown one', () => {
    const result = buildVirt({ '2014-04-11.md': minutes('date: 2014-04-11\nattendes: [LK]') });
    expect(result.messages).toEqual([
      expect.objectContaining({ ruleId: 'schema-unknown-key', line: 3, column: 1, hint: 'did you mean `attendees`?' }),
    ]);
  });

  it('reports a missing front matter block', () => {
    const result = buildVirt({ '2014-04-11.md': '# Minutes\n' });
    expect(rules(result)).toEqual(['frontmatter-missing']);
  });

  it('rejects a venue the group does not have, with a suggestion', () => {
    const result = buildVirt({ '2014-04-11.md': minutes('date: 2014-04-11\nvenue: ircc') });
    expect(result.messages).toEqual([expect.objectContaining({ ruleId: 'venue-unknown', line: 3, hint: 'did you mean `irc`?' })]);
  });
});

describe('buildWiki: actions', () => {
  const raised = minutes(
    'date: 2014-04-11',
    [
      '',
      '- ACTION: KB, provide Bluejeans conferencing details',
      '- ACTION LK and GD: discuss who leads (due 2014-04-22)',
      '- Action: make mods to github repos *after* migration',
      '- ACTION LK: announce',
      '',
    ].join('\n'),
  );

  it('gives each action an id from group prefix, date and position, with owners and lines', () => {
    const { wiki, messages } = buildVirt({ '2014-04-11.md': raised });
    expect(wiki.actions.map((action) => [action.id, action.owners.map((person) => person.id), action.line])).toEqual([
      ['virt-20140411-1', ['karanbir-singh'], 5],
      ['virt-20140411-2', ['lars-kurth', 'george-dunlap'], 6],
      ['virt-20140411-3', [], 7],
      ['virt-20140411-4', ['lars-kurth'], 8],
    ]);
    expect(messages).toEqual([expect.objectContaining({ ruleId: 'action-unowned', severity: 'warning', line: 7 })]);
  });

  it('gives a second meeting of the day its own ids', () => {
    const { wiki } = buildVirt({ '2014-04-11-2.md': minutes('date: 2014-04-11', '\nACTION LK: again\n') });
    expect(wiki.actions[0]!.id).toBe('virt-20140411b-1');
  });

  it('counts an open action\'s age to the build day and marks it overdue after its due date', () => {
    const { wiki } = buildVirt({ '2014-04-11.md': raised }, '2014-05-01');
    const [first, second] = wiki.actions;
    expect(first).toMatchObject({ status: 'open', ageDays: 20, overdue: false });
    expect(second).toMatchObject({ status: 'open', ageDays: 20, due: '2014-04-22', overdue: true });
    expect(wiki.people.find((person) => person.id === 'lars-kurth')!.openActions.map((action) => action.id)).toEqual([
      'virt-20140411-2',
      'virt-20140411-4',
    ]);
    expect(wiki.people.find((person) => person.id === 'george-dunlap')!.openActions.map((action) => action.id)).toEqual(['virt-20140411-2']);
  });

  it('closes actions from later meetings, with close date and days taken', () => {
    const later = minutes(
      'date: 2014-04-22',
      ['', 'DONE virt-20140411-1', '', '- [x] virt-20140411-2 LK and GD: discuss who leads', '- [ ] virt-20140411-4 LK: announce', '', 'DROPPED virt-20140411-3: not needed', ''].join('\n'),
    );
    const { wiki, messages } = buildVirt({ '2014-04-11.md': raised, '2014-04-22.md': later }, '2014-06-01');
    expect(messages.filter((message) => message.severity === 'error')).toEqual([]);
    const byId = new Map(wiki.actions.map((action) => [action.id, action]));
    expect(byId.get('virt-20140411-1')).toMatchObject({ status: 'done', ageDays: 11, overdue: false });
    expect(byId.get('virt-20140411-1')!.closedBy!.date).toBe('2014-04-22');
    expect(byId.get('virt-20140411-2')).toMatchObject({ status: 'done', ageDays: 11, overdue: false });
    expect(byId.get('virt-20140411-3')).toMatchObject({ status: 'dropped', closeNote: 'not needed' });
    expect(byId.get('virt-20140411-4')).toMatchObject({ status: 'open', ageDays: 51 });
    const lars = wiki.people.find((person) => person.id === 'lars-kurth')!;
    expect(lars.openActions.map((action) => action.id)).toEqual(['virt-20140411-4']);
    expect(lars.closedActions.map((action) => action.id)).toEqual(['virt-20140411-2']);
    expect(wiki.openActions.map((action) => action.id)).toEqual(['virt-20140411-4']);
    const closing = wiki.meetings.find((meeting) => meeting.date === '2014-04-22')!;
    expect(closing.closed.map((action) => action.id)).toEqual(['virt-20140411-1', 'virt-20140411-2', 'virt-20140411-3']);
    expect(closing.html).toContain('href="/groups/virt/2014-04-11/#virt-20140411-1"');
  });

  it('rejects closing in the same meeting, an unknown id, or twice', () => {
    const same = minutes('date: 2014-04-11', '\nACTION LK: one\n\nDONE virt-20140411-1\n');
    const unknown = minutes('date: 2014-04-22', '\nDONE virt-20140411-9\n');
    const twice = minutes('date: 2014-05-06', '\nDONE virt-20140411-1\n');
    const first = minutes('date: 2014-04-29', '\nDONE virt-20140411-1\n');
    const result = buildVirt({ '2014-04-11.md': same, '2014-04-22.md': unknown, '2014-04-29.md': first, '2014-05-06.md': twice });
    expect(result.messages.map((message) => [message.ruleId, message.file.slice(-13), message.line])).toEqual([
      ['close-not-later', '2014-04-11.md', 7],
      ['close-unknown-action', '2014-04-22.md', 5],
      ['close-already-closed', '2014-05-06.md', 5],
    ]);
    expect(result.wiki.actions[0]!.closedBy!.date).toBe('2014-04-29');
  });

  it('rejects closing an action of another group', () => {
    const result = buildVirt(
      { '2014-04-11.md': minutes('date: 2014-04-11', '\nACTION LK: one\n') },
      '2014-06-01',
      {
        'content/groups/other/group.yaml': 'name: Other\n',
        'content/groups/other/2014-04-20.md': minutes('date: 2014-04-20', '\nDONE virt-20140411-1\n'),
      },
    );
    expect(result.messages).toEqual([expect.objectContaining({ ruleId: 'close-other-group', line: 5 })]);
    expect(result.wiki.actions[0]!.status).toBe('open');
  });
});

describe('buildWiki: action-like lines that do not parse', () => {
  it.each([
    ['ACTIONS: KB to send slides'],
    ['Action KB to send slides'],
    ['action: KB send slides'],
    ['AI: KB to send slides'],
    ['DONE virt-2014 the slides'],
  ])('warns about "%s"', (line) => {
    const { messages, wiki } = buildVirt({ '2014-04-11.md': minutes('date: 2014-04-11', `\n${line}\n`) });
    expect(messages).toEqual([expect.objectContaining({ ruleId: 'action-malformed', severity: 'warning', line: 5 })]);
    expect(wiki.actions).toHaveLength(0);
  });

  it.each([['Done with the agenda, we moved on.'], ['Action items were reviewed last week.'], ['Aid workers joined.']])(
    'leaves prose alone: "%s"',
    (line) => {
      expect(buildVirt({ '2014-04-11.md': minutes('date: 2014-04-11', `\n${line}\n`) }).messages).toEqual([]);
    },
  );
});

describe('buildWiki: groups', () => {
  it('refuses a second group with the same action prefix', () => {
    const result = buildVirt({}, '2014-06-01', { 'content/groups/zz-other/group.yaml': 'name: Other\nactionPrefix: virt\n' });
    expect(result.messages).toEqual([
      expect.objectContaining({ ruleId: 'action-prefix-duplicate', file: 'content/groups/zz-other/group.yaml' }),
    ]);
    expect(result.wiki.groups.map((group) => group.id)).toEqual(['virt']);
  });

  it('reports a group folder without group.yaml', () => {
    const result = buildVirt({}, '2014-06-01', { 'content/groups/empty/2014-04-11.md': minutes('date: 2014-04-11') });
    expect(result.messages).toEqual([expect.objectContaining({ ruleId: 'group-missing', file: 'content/groups/empty' })]);
  });
});

describe('buildWiki: untrusted content', () => {
  it('shows raw HTML as text and warns', () => {
    const { wiki, messages } = buildVirt({
      '2014-04-11.md': minutes('date: 2014-04-11', '\nHello <script>alert(1)</script> <img src=x onerror=alert(1)>\n'),
    });
    const html = wiki.meetings[0]!.html;
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;');
    expect(messages).toEqual([expect.objectContaining({ ruleId: 'content-raw-html', severity: 'warning', line: 5 })]);
  });

  it('drops javascript: links', () => {
    const { wiki } = buildVirt({ '2014-04-11.md': minutes('date: 2014-04-11', '\n[click](javascript:alert(1)) [ok](https://example.org)\n') });
    expect(wiki.meetings[0]!.html).not.toMatch(/href="javascript/i);
    expect(wiki.meetings[0]!.html).toContain('href="https://example.org"');
  });

  it('reports script links as errors', () => {
    const { messages } = buildVirt({
      '2014-04-11.md': minutes('date: 2014-04-11', '\n[click](javascript:alert(1))\n\n<vbscript:msgbox>\n\n[ref]: data:text/html,x\n\n[fine](https://example.org)\n'),
    });
    expect(messages.map((message) => [message.ruleId, message.line])).toEqual([
      ['content-unsafe-link', 5],
      ['content-unsafe-link', 7],
      ['content-unsafe-link', 9],
    ]);
  });

  it('cannot forge the placeholders used for action markup', () => {
    const { wiki } = buildVirt({ '2014-04-11.md': minutes('date: 2014-04-11', '\nText \u0000a0\u0000 here\n\nACTION LK: real\n') });
    expect(wiki.meetings[0]!.html.match(/class="action /g)).toHaveLength(1);
  });
});

describe('buildWiki without rendering', () => {
  it('reports exactly the same messages, actions and closes, and leaves the HTML empty', () => {
    const body = '\n- ACTION KB: one\n- Action: unowned\n\nHello <b>x</b>\n\nACTIONS: malformed\n';
    const later = '\nDONE virt-20140411-1\n\nDONE virt-20140411-9\n';
    const files = { '2014-04-11.md': minutes('date: 2014-04-11\nattendees: [LK, Lars Kurht]', body), '2014-04-22.md': minutes('date: 2014-04-22', later) };
    const rendered = buildVirt(files);
    const checked = buildWiki(contentFiles({ 'content/sigwiki.yaml': SITE, 'content/people.yaml': PEOPLE, 'content/groups/virt/group.yaml': GROUP, ...Object.fromEntries(Object.entries(files).map(([name, text]) => [`content/groups/virt/${name}`, text])) }), { asOf: '2014-06-01', render: false });
    expect(checked.messages.map((message) => message.toJSON())).toEqual(rendered.messages.map((message) => message.toJSON()));
    expect(checked.messages.map((message) => message.ruleId).sort()).toEqual(['action-malformed', 'action-unowned', 'close-unknown-action', 'content-raw-html', 'person-unknown']);
    expect(checked.wiki.actions.map((action) => [action.id, action.status])).toEqual(rendered.wiki.actions.map((action) => [action.id, action.status]));
    expect(checked.wiki.meetings.every((meeting) => meeting.html === '')).toBe(true);
    expect(rendered.wiki.meetings.every((meeting) => meeting.html !== '')).toBe(true);
  });
});
