import { describe, expect, it } from 'vitest';
import { actionFormHint } from '../../../src/model/parse/action-form-hint.js';
import { buildVirt, minutes } from '../../helpers/content.js';

// Native minutes read only `ACTION owners: text` (and the older forms of docs/content-format.md).
// The forms below are what other tools and habits write; check points at each with the canonical line.
describe('action forms native minutes do not read', () => {
  it.each([
    ['- ACTION ITEM: KB to send the slides', 'ACTION KB: to send the slides', 5],
    ['**Action Item:** Lars Kurth (lk) will book the room', 'ACTION Lars Kurth: will book the room', 5],
    ['* **ACTION ITEM** GD will chase the vendor', 'ACTION GD: will chase the vendor', 5],
    ['Action item: update the wiki', 'ACTION <owner>: update the wiki', 5],
    ['TODO: KB will tag the release.', 'ACTION KB: will tag the release.', 5],
    ['TODO(lk): rotate the keys', 'ACTION lk: rotate the keys', 5],
    ['AI: GD to write the FAQ', 'ACTION GD: to write the FAQ', 5],
    ['- [ ] @kbsingh publish the schedule', 'ACTION kbsingh: publish the schedule', 5],
  ])('"%s" is a warning (an error under --strict) with the line to write', (line, rewrite, at) => {
    const { messages, wiki } = buildVirt({ '2014-04-11.md': minutes('date: 2014-04-11', `\n${line}\n`) });
    expect(wiki.actions).toHaveLength(0);
    expect(messages).toEqual([expect.objectContaining({ ruleId: 'action-malformed', severity: 'warning', line: at })]);
    expect(messages[0]!.hint).toContain(`\`${rewrite}\``);
  });

  it('ACTION ITEM is no longer read as an action owned by "ITEM"', () => {
    const { messages } = buildVirt({ '2014-04-11.md': minutes('date: 2014-04-11', '\n- ACTION ITEM: KB to send the slides\n') });
    expect(messages.map((message) => message.ruleId)).toEqual(['action-malformed']);
  });

  it.each([
    ['- [ ] buy cake'],
    ['- [x] @kbsingh published the schedule'],
    ['Action items were reviewed.'],
    ['We will do this TODO: later, maybe.'],
  ])('leaves "%s" alone', (line) => {
    const { messages } = buildVirt({ '2014-04-11.md': minutes('date: 2014-04-11', `\n${line}\n`) });
    expect(messages).toEqual([]);
  });

  it('the canonical form and review task lines still parse', () => {
    expect(actionFormHint('ACTION KB: send the slides')).toBeUndefined();
    expect(actionFormHint('[ ] virt-20140411-3 KB: still open')).toBeUndefined();
    const { wiki, messages } = buildVirt({ '2014-04-11.md': minutes('date: 2014-04-11', '\n- ACTION KB: send the slides\n') });
    expect(messages).toEqual([]);
    expect(wiki.actions.map((action) => action.owners.map((person) => person.id))).toEqual([['karanbir-singh']]);
  });
});
