import { describe, expect, it } from 'vitest';
import { ACTIONS_PER_PAGE, ACTIONS_PREVIEW, recentPerson } from '../../src/model/action-lists.js';
import { buildVirt, minutes } from '../helpers/content.js';

const many = (count: number, owner: string) => Array.from({ length: count }, (_, i) => `- ACTION ${owner}: task ${i + 1}`).join('\n');

describe('full action lists', () => {
  it('pages a group\'s and a person\'s actions once they outgrow their page', () => {
    const first = minutes('date: 2014-04-11', `\n${many(ACTIONS_PER_PAGE + 30, 'LK')}\n${many(3, 'GD')}\n`);
    const { wiki } = buildVirt({ '2014-04-11.md': first });
    const pages = wiki.actionListPages.map((page) => [page.url, page.actions.length, page.pageNumber, page.pageCount, page.previousUrl, page.nextUrl]);
    expect(pages).toEqual([
      ['/groups/virt/actions/', ACTIONS_PER_PAGE, 1, 2, undefined, '/groups/virt/actions/2/'],
      ['/groups/virt/actions/2/', 33, 2, 2, '/groups/virt/actions/', undefined],
      ['/people/lars-kurth/actions/', ACTIONS_PER_PAGE, 1, 2, undefined, '/people/lars-kurth/actions/2/'],
      ['/people/lars-kurth/actions/2/', 30, 2, 2, '/people/lars-kurth/actions/', undefined],
    ]);
    expect(wiki.actionListPages[0]!.title).toBe('Open actions of Virt SIG, page 1');
    expect(wiki.actionListPages[0]!.actions[0]!.id).toBe('virt-20140411-1');
  });

  it('makes no list for those whose page shows everything', () => {
    const { wiki } = buildVirt({ '2014-04-11.md': minutes('date: 2014-04-11', `\n${many(ACTIONS_PREVIEW, 'LK')}\n`) });
    expect(wiki.actionListPages).toEqual([]);
  });

  it('keeps only the last two years for the timeline', () => {
    const files = {
      '2011-04-12.md': minutes('date: 2011-04-12\nattendees: [LK]', '\n- ACTION LK: old\n'),
      '2014-04-11.md': minutes('date: 2014-04-11\nattendees: [LK]', '\n- ACTION LK: new\n'),
    };
    const { wiki } = buildVirt(files, '2014-06-01');
    const lars = recentPerson(wiki.people.find((person) => person.id === 'lars-kurth')!, '2014-06-01');
    expect(lars.openActions.map((action) => action.text)).toEqual(['new']);
    expect(lars.attendance.flatMap((entry) => entry.meetings.map((meeting) => meeting.date))).toEqual(['2014-04-11']);
  });
});
