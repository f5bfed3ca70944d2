// Action list items: what each shows, in which form, and that names and text stay text.
import { parseHTML } from 'linkedom';
import { expect, it } from 'vitest';
import { actionItems } from '../../src/site/action-items.js';
import { buildVirt, GROUP, minutes, PEOPLE } from '../helpers/content.js';

const { wiki } = buildVirt(
  {
    '2014-04-01.md': minutes('date: 2014-04-01', '\n- ACTION KB and LK: fix <b>bold</b> & "quotes" (due 2014-04-20)\n- ACTION GD: write docs\n- ACTION: nobody owns this\n'),
    '2014-04-11.md': minutes('date: 2014-04-11', '\nDONE virt-20140401-2\n'),
  },
  '2014-06-01',
  {
    'content/groups/virt/group.yaml': GROUP.replace('name: Virt SIG', 'name: "Virt & <Co>"'),
    'content/people.yaml': PEOPLE.replace('name: Karanbir Singh', 'name: "Karanbir <K> Singh"'),
  },
);
const items = (html: string) => [...parseHTML(`<ul>${html}</ul>`).document.querySelectorAll('li')];

it('shows id, text, owners, group, raising meeting, status, and the closing meeting', () => {
  const [overdue, done, unowned] = items(actionItems(wiki.actions));
  expect(overdue!.className).toBe('action-item action-item--open action-item--overdue');
  expect(overdue!.querySelector('a.action-id')!.getAttribute('href')).toBe('/groups/virt/2014-04-01/#virt-20140401-1');
  expect(overdue!.querySelector('.action-text')!.textContent).toBe('fix <b>bold</b> & "quotes"');
  const facts = overdue!.querySelector('.action-facts')!.textContent!.replace(/\s+/g, ' ');
  expect(facts).toBe('Karanbir <K> Singh, Lars Kurth · raised in Virt & <Co> on 1 April 2014 · open for 2 months overdue since 20 April 2014');
  expect(done!.querySelector('.action-facts')!.textContent!.replace(/\s+/g, ' ')).toBe('George Dunlap · raised in Virt & <Co> on 1 April 2014 · done in 10 days (11 April 2014)');
  expect(done!.querySelector('.action-facts a:last-child')!.getAttribute('href')).toBe('/groups/virt/2014-04-11/');
  expect(unowned!.querySelector('em')!.textContent).toBe('no owner');
  // The group is a link to it; open actions carry what the actions page's filter reads.
  expect(overdue!.querySelector('.action-facts a[href="/groups/virt/"]')!.textContent).toBe('Virt & <Co>');
  expect([overdue!.dataset.group, overdue!.dataset.owners]).toEqual(['virt', 'karanbir-singh lars-kurth']);
  expect(done!.hasAttribute('data-group')).toBe(false);
  expect(overdue!.querySelectorAll('b, K, Co')).toHaveLength(0);
});

it("leaves out owners on a person's page and the group on a group's page", () => {
  const [withoutOwners] = items(actionItems(wiki.actions.slice(0, 1), false));
  expect(withoutOwners!.querySelector('.action-facts')!.textContent).not.toContain('Lars Kurth');
  expect(withoutOwners!.querySelector('.action-facts')!.textContent).toContain('raised in Virt & <Co>');
  const [withoutGroup] = items(actionItems(wiki.actions.slice(0, 1), true, false));
  expect(withoutGroup!.querySelector('.action-facts')!.textContent).toContain('Lars Kurth');
  expect(withoutGroup!.querySelector('.action-facts')!.textContent).not.toContain('Virt');
  // Each form is its own item, though items are remembered per action.
  expect(actionItems(wiki.actions.slice(0, 1))).not.toBe(actionItems(wiki.actions.slice(0, 1), false));
});
