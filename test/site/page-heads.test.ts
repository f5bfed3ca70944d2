// The head of a page made from one item: what the base layout shows around it.
import { expect, test } from 'vitest';
import { pageHead } from '../../src/site/page-heads.js';

const listPage = (ownerUrl: string) => ({ owner: { name: 'Owner', url: ownerUrl }, title: 'Open actions of Owner', url: `${ownerUrl}actions/`, actions: [], pageNumber: 1 });

test("a list of actions lights the menu item of whoever owns it and leads back to them", () => {
  expect(pageHead(listPage('/people/lars-kurth/'), 'actionList')).toEqual({
    title: 'Open actions of Owner',
    section: 'people',
    crumbs: [{ url: '/people/lars-kurth/', title: 'Owner' }],
  });
  expect(pageHead(listPage('/groups/mirageos/'), 'actionList').section).toBe('groups');
});

test('a template naming a kind nobody defined fails the build, naming the kinds there are', () => {
  expect(() => pageHead({}, 'meetng')).toThrow(/no page head for pageKind "meetng" \(one of meeting, group, groupYear, person, actionList\)/);
  // Only the kinds themselves: not what every object inherits.
  expect(() => pageHead({}, 'toString')).toThrow(/no page head/);
});
