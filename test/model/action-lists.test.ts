import { describe, expect, it } from 'vitest';
import { ACTIONS_PER_PAGE, ACTIONS_PREVIEW } from '../../src/model/action-lists.js';
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

  it('puts overdue actions first, the longest overdue first, then the rest oldest first', () => {
    const files = {
      '2014-03-01.md': minutes('date: 2014-03-01', '\n- ACTION LK: no date\n- ACTION LK: due late (due 2014-05-20)\n'),
      '2014-04-11.md': minutes('date: 2014-04-11', '\n- ACTION LK: due early (due 2014-05-01)\n- ACTION LK: due later (due 2014-07-01)\n'),
    };
    const { wiki } = buildVirt(files, '2014-06-01');
    const order = ['due early', 'due late', 'no date', 'due later'];
    expect(wiki.people.find((person) => person.id === 'lars-kurth')!.openActions.map((action) => action.text)).toEqual(order);
    expect(wiki.openActions.map((action) => action.text)).toEqual(order);
    expect(wiki.groups[0]!.openActions.map((action) => action.text)).toEqual(order);
  });
});
