// changedPages: which pages an edit to the content changes, from the wikis before and after it.
import { describe, expect, it } from 'vitest';
import { buildWiki } from '../../../src/model/build-wiki.js';
import { changedPages } from '../../../src/model/views/changed-pages.js';
import { buildVirt, contentFiles, GROUP, minutes, PEOPLE, SITE } from '../../helpers/content.js';

const APRIL = minutes('date: 2014-04-11\nchair: LK\nattendees: [LK, GD]', '\n- ACTION KB: provide conferencing details\n');
const MAY = minutes('date: 2014-05-02\nchair: GD\nattendees: [GD]', '\nNotes of May.\n');
const JUNE = minutes('date: 2014-06-20\nchair: GD\nattendees: [GD]', '\nNotes of June.\n');

const sorted = (set: Set<string>) => [...set].sort();

describe('changedPages', () => {
  it('finds nothing when nothing changed', () => {
    const before = buildVirt({ '2014-04-11.md': APRIL, '2014-05-02.md': MAY }).wiki;
    const after = buildVirt({ '2014-04-11.md': APRIL, '2014-05-02.md': MAY }).wiki;
    expect(changedPages(before, after)).toEqual({
      all: false,
      meetings: new Set(),
      groups: new Set(),
      people: new Set(),
      openActions: false,
      peopleIndex: false,
      removed: new Set(),
      calendars: new Set(),
    });
  });

  it('an edited body changes its meeting, its group and the people it names, not the open actions', () => {
    const before = buildVirt({ '2014-04-11.md': APRIL, '2014-05-02.md': MAY }).wiki;
    const after = buildVirt({ '2014-04-11.md': APRIL, '2014-05-02.md': `${MAY}\nA late note.\n` }).wiki;
    const changes = changedPages(before, after);
    expect(changes.all).toBe(false);
    expect(sorted(changes.meetings)).toEqual(['/groups/virt/2014-05-02/']);
    expect(sorted(changes.groups)).toEqual(['/groups/virt/']);
    expect(sorted(changes.people)).toEqual(['/people/george-dunlap/']);
    expect(changes.openActions).toBe(false);
    expect(changes.peopleIndex).toBe(false);
    expect(changes.calendars.size).toBe(0);
  });

  it('an edited body of a meeting raising an open action leaves the open actions alone; an edited action does not', () => {
    const before = buildVirt({ '2014-04-11.md': APRIL, '2014-05-02.md': MAY }).wiki;
    const note = changedPages(before, buildVirt({ '2014-04-11.md': `${APRIL}\nA late note.\n`, '2014-05-02.md': MAY }).wiki);
    expect(sorted(note.meetings)).toEqual(['/groups/virt/2014-04-11/']);
    expect(note.openActions).toBe(false);
    const reworded = APRIL.replace('provide conferencing details', 'provide the dial-in details');
    const action = changedPages(before, buildVirt({ '2014-04-11.md': reworded, '2014-05-02.md': MAY }).wiki);
    expect(action.openActions).toBe(true);
  });

  it('closing an action changes the meeting that raised it, its owner, the open actions and the people index', () => {
    const before = buildVirt({ '2014-04-11.md': APRIL, '2014-05-02.md': MAY }).wiki;
    const after = buildVirt({ '2014-04-11.md': APRIL, '2014-05-02.md': `${MAY}\n- DONE virt-20140411-1\n` }).wiki;
    const changes = changedPages(before, after);
    expect(sorted(changes.meetings)).toEqual(['/groups/virt/2014-04-11/', '/groups/virt/2014-05-02/']);
    // April's page changed too (the action's status), so the people it names are rendered again.
    expect(sorted(changes.people)).toEqual(['/people/george-dunlap/', '/people/karanbir-singh/', '/people/lars-kurth/']);
    expect(changes.openActions).toBe(true);
    expect(changes.peopleIndex).toBe(true);
  });

  it('a new meeting changes itself and the meeting before it (its "next" link), not the ones further back', () => {
    const before = buildVirt({ '2014-04-11.md': APRIL, '2014-05-02.md': MAY }, '2014-07-01').wiki;
    const after = buildVirt({ '2014-04-11.md': APRIL, '2014-05-02.md': MAY, '2014-06-20.md': JUNE }, '2014-07-01').wiki;
    const changes = changedPages(before, after);
    expect(sorted(changes.meetings)).toEqual(['/groups/virt/2014-05-02/', '/groups/virt/2014-06-20/']);
    expect(changes.removed.size).toBe(0);
  });

  it('a removed meeting is listed as removed, and its neighbour changes', () => {
    const before = buildVirt({ '2014-04-11.md': APRIL, '2014-05-02.md': MAY, '2014-06-20.md': JUNE }, '2014-07-01').wiki;
    const after = buildVirt({ '2014-04-11.md': APRIL, '2014-05-02.md': MAY }, '2014-07-01').wiki;
    const changes = changedPages(before, after);
    expect(sorted(changes.removed)).toEqual(['/groups/virt/2014-06-20/']);
    expect(sorted(changes.meetings)).toEqual(['/groups/virt/2014-05-02/']);
    expect(sorted(changes.people)).toEqual(['/people/george-dunlap/']);
  });

  it('an edit in one group leaves the other group alone', () => {
    const build = (note: string) =>
      buildWiki(
        contentFiles({
          'content/sigwiki.yaml': SITE,
          'content/people.yaml': PEOPLE,
          'content/groups/virt/group.yaml': GROUP,
          'content/groups/virt/2014-04-11.md': APRIL,
          'content/groups/docs/group.yaml': 'name: Docs SIG\n',
          'content/groups/docs/2014-05-02.md': `${MAY}${note}`,
        }),
        { asOf: '2014-06-01' },
      ).wiki;
    const changes = changedPages(build(''), build('\nEdited.\n'));
    expect(sorted(changes.groups)).toEqual(['/groups/docs/']);
    expect(sorted(changes.meetings)).toEqual(['/groups/docs/2014-05-02/']);
  });

  it('a change to people.yaml, a group.yaml, the settings or the day changes everything', () => {
    const minutesFiles = { '2014-04-11.md': APRIL };
    const base = buildVirt(minutesFiles).wiki;
    const people = buildVirt(minutesFiles, '2014-06-01', { 'content/people.yaml': PEOPLE.replace('Lars Kurth', 'Lars K.') }).wiki;
    const group = buildVirt(minutesFiles, '2014-06-01', { 'content/groups/virt/group.yaml': GROUP.replace('Virt SIG', 'Virtualisation SIG') }).wiki;
    const site = buildVirt(minutesFiles, '2014-06-01', { 'content/sigwiki.yaml': SITE.replace('Test wiki', 'Our wiki') }).wiki;
    const day = buildVirt(minutesFiles, '2014-06-02').wiki;
    for (const after of [people, group, site, day]) expect(changedPages(base, after).all).toBe(true);
  });
});
