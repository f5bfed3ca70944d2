// changedExports: which JSON exports an edit changes, checked against the exports made in full.
import { describe, expect, it } from 'vitest';
import { actionsJson, changedExports, JSON_EXPORT_PATHS, meetingsJson, peopleJson } from '../../src/export/json-export.js';
import { changedPages } from '../../src/model/views/changed-pages.js';
import type { Wiki } from '../../src/model/wiki.js';
import { buildVirt, minutes } from '../helpers/content.js';

const APRIL = minutes('date: 2014-04-11\nchair: LK\nattendees: [LK, GD]', '\n- ACTION KB: provide conferencing details\n');
const MAY = minutes('date: 2014-05-02\nchair: GD\nattendees: [GD]', '\nNotes of May.\n');
const JUNE = minutes('date: 2014-06-20\nchair: GD\nattendees: [GD]', '\n- ACTION GD: book the room\n');
const BEFORE = { '2014-04-11.md': APRIL, '2014-05-02.md': MAY, '2014-06-20.md': JUNE };

/** The paths of the exports whose full text differs: what changedExports must find without making them. */
function exportsThatDiffer(before: Wiki, after: Wiki): string[] {
  const made = (wiki: Wiki): Record<string, string> => ({
    [JSON_EXPORT_PATHS.actions]: JSON.stringify(actionsJson(wiki)),
    [JSON_EXPORT_PATHS.meetings]: JSON.stringify(meetingsJson(wiki)),
    [JSON_EXPORT_PATHS.people]: JSON.stringify(peopleJson(wiki)),
  });
  const [a, b] = [made(before), made(after)];
  return Object.keys(a).filter((path) => a[path] !== b[path]).sort();
}

const { actions, meetings, people } = JSON_EXPORT_PATHS;
const { '2014-06-20.md': _june, ...withoutJune } = BEFORE;
const { '2014-05-02.md': _may, ...withoutMay } = BEFORE;

const EDITS: [string, Record<string, string>, string[]][] = [
  ['a note in the body', { ...BEFORE, '2014-05-02.md': `${MAY}\nA late note.\n` }, []],
  ['a reworded action', { ...BEFORE, '2014-04-11.md': APRIL.replace('conferencing', 'dial-in') }, [actions]],
  ['an action given a due date', { ...BEFORE, '2014-06-20.md': JUNE.replace('book the room', 'book the room (due 2014-07-01)') }, [actions]],
  ['an action closed', { ...BEFORE, '2014-05-02.md': `${MAY}\n- DONE virt-20140411-1\n` }, [actions, meetings, people]],
  ['an attendee added', { ...BEFORE, '2014-05-02.md': MAY.replace('attendees: [GD]', 'attendees: [GD, LK]') }, [meetings, people]],
  ['a chair changed (chairs count as attending)', { ...BEFORE, '2014-05-02.md': MAY.replace('chair: GD', 'chair: LK') }, [meetings, people]],
  ['a meeting moved to another day', { ...withoutJune, '2014-06-21.md': JUNE.replace('2014-06-20', '2014-06-21') }, [actions, meetings, people]],
  ['a meeting without actions removed', withoutMay, [meetings, people]],
  ['a meeting added', { ...BEFORE, '2014-07-04.md': minutes('date: 2014-07-04\nchair: GD\nattendees: [GD, KB]', '\n- ACTION LK: write it up\n') }, [actions, meetings, people]],
];

describe('changedExports', () => {
  it.each(EDITS)('%s: names exactly the exports whose text differs', (_name, files, expected) => {
    const before = buildVirt(BEFORE).wiki;
    const after = buildVirt(files).wiki;
    const changes = changedPages(before, after);
    expect(changes.all).toBe(false);
    const found = [...changedExports(before, after, changes)].sort();
    expect(found).toEqual(exportsThatDiffer(before, after));
    expect(found).toEqual([...expected].sort());
  });
});
