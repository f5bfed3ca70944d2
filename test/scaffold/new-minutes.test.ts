import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { newMinutes } from '../../src/scaffold/new-minutes.js';
import { buildVirt, minutes } from '../helpers/content.js';

const GROUP = `name: Virt SIG
actionPrefix: virt
roles:
  chair: LK
  secretary: [GD]
venues:
  irc: { name: "#centos-devel", kind: irc }
sections: [Agenda, Review of open actions, Notes]
`;
const FIRST = minutes('date: 2014-04-11\nchair: LK\nattendees: [GD, KB]', '\n- ACTION KB: provide details\n- ACTION LK and GD: discuss who leads\n- ACTION GD: reach out\n');
const SECOND = minutes('date: 2014-04-22', '\nDONE virt-20140411-3\n');

function scaffold(date: string) {
  const { wiki } = buildVirt({ '2014-04-11.md': FIRST, '2014-04-22.md': SECOND }, '2014-05-01', { 'content/groups/virt/group.yaml': GROUP });
  return newMinutes(wiki.groups[0]!, { date, venue: 'irc' });
}

describe('newMinutes', () => {
  it('fills front matter from roles and the last meeting that lists attendees', () => {
    const text = scaffold('2014-05-06');
    const frontMatter = parse(text.split('---\n')[1]!);
    expect(frontMatter).toEqual({
      date: '2014-05-06',
      chair: 'lars-kurth',
      scribe: 'george-dunlap',
      attendees: ['lars-kurth', 'george-dunlap', 'karanbir-singh'],
      venue: 'irc',
    });
  });

  it('lists every open action for review under the group\'s own heading, in its section order', () => {
    const text = scaffold('2014-05-06');
    expect(text.match(/^## .*/gm)).toEqual(['## Agenda', '## Review of open actions', '## Notes']);
    expect(text.match(/^- \[ \] .*/gm)).toEqual([
      '- [ ] virt-20140411-1 Karanbir Singh: provide details',
      '- [ ] virt-20140411-2 Lars Kurth, George Dunlap: discuss who leads',
    ]);
  });

  it('writes minutes that build cleanly, and ticking an item closes its action', () => {
    const text = scaffold('2014-05-06').replace('- [ ] virt-20140411-1', '- [x] virt-20140411-1');
    const { wiki, messages } = buildVirt({ '2014-04-11.md': FIRST, '2014-04-22.md': SECOND, '2014-05-06.md': text }, '2014-06-01', {
      'content/groups/virt/group.yaml': GROUP,
    });
    expect(messages).toEqual([]);
    const action = wiki.actions.find((candidate) => candidate.id === 'virt-20140411-1')!;
    expect(action.status).toBe('done');
    expect(action.closedBy!.date).toBe('2014-05-06');
    expect(wiki.actions.find((candidate) => candidate.id === 'virt-20140411-2')!.status).toBe('open');
  });
});
