// A group's pages per year link to the years before and after that have minutes.
import { expect, it } from 'vitest';
import { buildVirt, minutes } from '../helpers/content.js';

it('links each year page to the previous and next years with minutes, skipping empty years', () => {
  const { wiki } = buildVirt(
    {
      '2012-03-01.md': minutes('date: 2012-03-01', '\nNotes.\n'),
      '2014-04-11.md': minutes('date: 2014-04-11', '\nNotes.\n'),
      '2015-01-05.md': minutes('date: 2015-01-05', '\nNotes.\n'),
    },
    '2015-06-01',
  );
  const links = wiki.groupYearPages.map((page) => [page.year, page.previous?.url, page.next?.url]);
  expect(links).toEqual([
    ['2015', '/groups/virt/2014/', undefined],
    ['2014', '/groups/virt/2012/', '/groups/virt/2015/'],
    ['2012', undefined, '/groups/virt/2014/'],
  ]);
});
