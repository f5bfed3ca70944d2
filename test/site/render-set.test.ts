// renderChanged: from the changed pages of an edit to the pages and data files a `serve` rebuild writes.
import { expect, it } from 'vitest';
import { changedPages } from '../../src/model/views/changed-pages.js';
import { dataFiles } from '../../src/site/data-files.js';
import { renderAll, renderChanged } from '../../src/site/render-set.js';
import { buildVirt, minutes } from '../helpers/content.js';

const APRIL = minutes('date: 2014-04-11\nchair: LK\nattendees: [LK, GD]', '\n- ACTION KB: provide conferencing details\n');
const MAY = minutes('date: 2014-05-02\nchair: GD\nattendees: [GD]', '\nNotes of May.\n');

it('writes the changed meeting, its group with its year pages, the people it names, their feeds and the site-wide files', () => {
  const before = buildVirt({ '2014-04-11.md': APRIL, '2014-05-02.md': MAY }).wiki;
  const after = buildVirt({ '2014-04-11.md': APRIL, '2014-05-02.md': `${MAY}\nA late note.\n` }).wiki;
  const set = renderChanged(after, changedPages(before, after));
  expect(set.meetings.map((meeting) => meeting.url)).toEqual(['/groups/virt/2014-05-02/']);
  expect(set.groups.map((group) => group.url)).toEqual(['/groups/virt/']);
  expect(set.groupYearPages.map((page) => page.url)).toEqual(['/groups/virt/2014/']);
  expect(set.people.map((person) => person.url)).toEqual(['/people/george-dunlap/']);
  expect([set.writeOpenActions, set.openActions.length, set.writePeopleIndex, set.peopleIndex.length]).toEqual([false, 0, false, 0]);
  const written = dataFiles(after).filter((file) => set.writesDataFile(file)).map((file) => file.path);
  expect(written).toEqual(expect.arrayContaining(['/feed.xml', '/groups/virt/feed.xml', '/people/george-dunlap/actions.xml']));
  expect(written).not.toContain('/people/lars-kurth/actions.xml');
  expect(written.filter((path) => path.endsWith('.ics'))).toEqual([]);
  expect(set.itemPages).toBe(4);
});

it('writes everything in a build', () => {
  const { wiki } = buildVirt({ '2014-04-11.md': APRIL, '2014-05-02.md': MAY });
  const set = renderAll(wiki);
  expect(set.meetings).toBe(wiki.meetings);
  expect(set.people).toBe(wiki.people);
  expect(set.writeOpenActions && set.writePeopleIndex).toBe(true);
  expect(dataFiles(wiki).every((file) => set.writesDataFile(file))).toBe(true);
});
