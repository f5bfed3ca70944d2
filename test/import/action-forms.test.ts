import { describe, expect, test } from 'vitest';
import { importMinutes, lostWords } from '../../src/import/index.js';
import { actionFormsText } from '../../src/import/summary-text.js';
import { actionTexts, resolverFor } from './helpers.js';

// Invented minutes: the people and projects below do not exist.
const resolvePerson = resolverFor([
  { id: 'priya-natarajan', name: 'Priya Natarajan', aliases: ['pnat'] },
  { id: 'otto-brandt', name: 'Otto Brandt', aliases: ['obrandt'] },
]);

const head = `# Widgets WG call 2031-05-06

Attendees: Priya Natarajan, Otto Brandt, Mirela Vasquez (mvas), Kenji Arakawa

`;

function run(body: string) {
  const source = head + body;
  const result = importMinutes(source, { fileName: 'widgets-2031-05-06.md', resolvePerson });
  // As the site reads them: `ACTION` then a space or colon, or `Action:` (not "Action items were …").
  return { source, result, actions: actionTexts(result.body).filter((text) => /^(?:ACTION\b|Action\s*:)/.test(text)) };
}

describe('explicit action markers', () => {
  test.each([
    ['Action item: Otto to update the release notes', 'ACTION otto-brandt: Otto to update the release notes'],
    ['**Action Item:** Mirela Vasquez (mvas) will create the tracking issue', 'ACTION Mirela Vasquez: (mvas) will create the tracking issue'],
    ['- ACTION ITEM: Kenji to comment on the proposal', 'ACTION Kenji Arakawa: to comment on the proposal'],
    ['* **ACTION ITEM** Priya Natarajan to draft the charter', 'ACTION priya-natarajan: Priya Natarajan to draft the charter'],
    ['AI: @pnat to book the room', 'ACTION priya-natarajan: @pnat to book the room'],
    ['TODO: Mirela will PR.', 'ACTION Mirela Vasquez: will PR.'],
    ['TODO(obrandt): rotate the keys', 'ACTION otto-brandt: obrandt rotate the keys'],
    ['Action: Kenji to chase the vendor', 'ACTION Kenji Arakawa: to chase the vendor'],
    ['TODO: update the website', 'ACTION: update the website'],
  ])('%s', (line, expected) => {
    const { source, result, actions } = run(`## Notes\n\n${line}\n`);
    expect(actions).toEqual([expected]);
    expect(lostWords(source, result.body).filter((w) => !/^(Action|item|Item|ITEM|ACTION|TODO|AI)\b/.test(w.word))).toEqual([]);
    expect(result.warnings.filter((w) => w.ruleId === 'import-words-lost')).toEqual([]);
  });

  test('the owner of "ACTION ITEM: Niko to …" is the person, never ITEM', () => {
    const { actions } = run('- ACTION ITEM: Kenji to comment\n');
    expect(actions[0]).toMatch(/^ACTION Kenji Arakawa: /);
    expect(actions[0]).not.toMatch(/ITEM/);
  });

  test('old forms the site reads, with owners it finds itself, are left as written', () => {
    const { actions, result } = run('ACTION: pnat, book the room\n\nAction: make mods to the repos\n\nACTION obrandt: rotate keys\n');
    expect(actions).toEqual(['ACTION: pnat, book the room', 'Action: make mods to the repos', 'ACTION obrandt: rotate keys']);
    expect(result.summary.actionForms.ACTION).toBe(3);
  });

  test('a marker line inside a paragraph becomes a paragraph of its own', () => {
    const { actions, result } = run('We talked about the release.\nTODO: Otto will tag it.\n');
    expect(actions).toEqual(['ACTION otto-brandt: Otto will tag it.']);
    expect(result.body).toContain('We talked about the release.\n\nACTION otto-brandt: Otto will tag it.');
  });

  test('`AI:` with no known owner is a topic, kept as text and counted', () => {
    const { actions, result } = run('AI: the new model policy was discussed\n');
    expect(actions).toEqual([]);
    expect(result.summary.actionsWithoutOwner).toBe(1);
  });
});

describe('action sections', () => {
  test.each([
    ['## Action items'],
    ['### Next steps'],
    ['#### To do'],
    ['## TODO'],
    ['## Actions'],
    ['**Action items**'],
    ['Next Steps:'],
  ])('list items under %s', (heading) => {
    const { actions, result } = run(`${heading}\n\n- Otto to email the list\n- Mirela will review the draft\n- Kenji: collect the numbers\n- We will revisit next week\n`);
    expect(actions).toEqual([
      'ACTION otto-brandt: Otto to email the list',
      'ACTION Mirela Vasquez: will review the draft',
      'ACTION Kenji Arakawa: collect the numbers',
    ]);
    expect(result.summary.actionForms.section).toBe(3);
    expect(result.summary.actionsWithoutOwner).toBe(1);
  });

  test.each([
    ['a line alone right under a paragraph', 'We met.\nAction items:\n- Otto to fix it\n'],
    ['a bold list item with nested items', '- **Action items:**\n  - Otto to fix it\n- Otto to the rescue\n'],
    ['a joined heading', '## Action items and next steps\n\n- Otto to fix it\n'],
    ['plain lines under a heading', '## Next steps\n\nOtto to fix it\nthe widget count was fine\n'],
  ])('sections opened by %s', (_label, body) => {
    const { actions } = run(body);
    expect(actions[0]).toMatch(/^ACTION otto-brandt: Otto to fix it/);
    expect(actions).toHaveLength(1);
  });

  test('a bold owner with the colon inside the bold', () => {
    const { actions } = run('## Action items\n\n- **Otto:** fix it\n- [ ] **Kenji**: send slides\n');
    expect(actions).toEqual(['ACTION otto-brandt: Otto: fix it', 'ACTION Kenji Arakawa: send slides']);
  });

  test('the section ends at the next heading of the same level', () => {
    const { actions } = run('## Action items\n\n### Widgets\n\n- Otto to fix it\n\n## Discussion\n\n- Otto to the rescue, as usual\n- Mirela will be away in June\n');
    expect(actions).toEqual(['ACTION otto-brandt: Otto to fix it']);
  });

  test('a bold-line section ends with its list', () => {
    const { actions } = run('**Next steps**\n- Otto to fix it\n\nThen the meeting went on.\n\n- Mirela will be away in June\n');
    expect(actions).toEqual(['ACTION otto-brandt: Otto to fix it']);
  });

  test('reviews of earlier actions are not new actions', () => {
    const { actions } = run('## Previous action items\n\n- Otto to fix it: done\n');
    expect(actions).toEqual([]);
  });

  test('nested items, code, quotes and HTML comments are left alone', () => {
    const { actions } = run('## Action items\n\n- Otto to fix it\n  - Mirela will help\n\n```\nTODO: Otto will x\n```\n\n> TODO: Otto will y\n\n<!--\nTODO: Otto will z\n-->\n');
    expect(actions).toEqual(['ACTION otto-brandt: Otto to fix it']);
  });

  test('several owners, and an owner nobody knows', () => {
    const { actions } = run('## Action items\n\n- Otto and Mirela to write the FAQ\n- Otto and Zed to ship it\n');
    expect(actions).toEqual([
      'ACTION otto-brandt and Mirela Vasquez: Otto and Mirela to write the FAQ',
      'ACTION otto-brandt: Otto and Zed to ship it',
    ]);
  });
});

describe('task items', () => {
  test('open tasks with a handle or a name become actions', () => {
    const { actions, result } = run('- [ ] @obrandt publish the schedule\n- [ ] Draft the FAQ (@mvas)\n- [ ] Kenji: send slides\n');
    expect(actions).toEqual([
      'ACTION otto-brandt: @obrandt publish the schedule',
      'ACTION Mirela Vasquez: Draft the FAQ (@mvas)',
      'ACTION Kenji Arakawa: send slides',
    ]);
    expect(result.summary.actionForms.task).toBe(3);
  });

  test('done tasks, review lines and tasks with no owner outside a section stay as they are', () => {
    const { actions, result } = run('- [x] @obrandt published the schedule\n- [ ] widgets-20310401-2 still open\n- [ ] buy cake\n');
    expect(actions).toEqual([]);
    expect(result.body).toContain('- [x] @obrandt published the schedule');
    expect(result.summary.actionsWithoutOwner).toBe(1);
  });

  test('an ownerless task in an action section is an unowned action', () => {
    const { actions } = run('## To do\n\n- [ ] buy cake\n');
    expect(actions).toEqual(['ACTION: buy cake']);
  });
});

describe('prose is not an action', () => {
  test.each([
    'Otto to the rescue: the build is green.',
    'Mirela will present next week.',
    'Action items were reviewed.',
    'We agreed that Otto will lead the release.',
    'Decision: Kenji will be the release manager.',
  ])('%s', (line) => {
    const { actions } = run(`## Discussion\n\n${line}\n\n- Otto to be confirmed\n`);
    expect(actions).toEqual([]);
  });
});

describe('the summary', () => {
  test('counts actions by form', () => {
    const { result } = run('ACTION obrandt: rotate keys\n\nTODO: Otto will tag.\n\n## Action items\n\n- Kenji to write\n- [ ] @mvas review\n- Everyone to read the doc\n');
    expect(result.summary.actionForms).toEqual({ ACTION: 1, 'Action item': 0, AI: 0, TODO: 1, task: 1, section: 1 });
    expect(actionFormsText(result.summary)).toBe('actions: 4 (ACTION 1, TODO 1, task 1, section 1); 1 without a known owner, kept as text');
  });
});

describe('plain-text minutes', () => {
  test('actions in a wiki-style section of a mailing-list post', () => {
    const source = '[widgets] Minutes 2031-05-06\n\n== Attendees ==\n* Otto Brandt\n* Mirela Vasquez\n\n== Action items ==\n* Otto to email the list\n* ACTION ITEM: Mirela to book a room\n';
    const result = importMinutes(source, { fileName: 'widgets-2031-05-06.txt', resolvePerson });
    expect(actionTexts(result.body)).toEqual(['ACTION otto-brandt: Otto to email the list', 'ACTION Mirela Vasquez: to book a room']);
    expect(result.warnings.filter((w) => w.ruleId === 'import-words-lost')).toEqual([]);
  });
});
