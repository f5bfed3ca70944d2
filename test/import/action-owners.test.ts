import { describe, expect, test } from 'vitest';
import { actionOwners } from '../../src/import/action-owners.js';
import { resolverFor } from './helpers.js';

const resolve = resolverFor([
  { id: 'lars-kurth', name: 'Lars Kurth', aliases: ['LK'] },
  { id: 'george-dunlap', name: 'George Dunlap', aliases: ['GD'] },
  { id: 'karanbir-singh', name: 'Karanbir Singh', aliases: ['KB'] },
]);

describe('actionOwners', () => {
  test.each([
    ['ACTION KB: provide Bluejeans conferencing details', ['KB']],
    ['ACTION LK and GD: discuss who wants to act as SIG lead', ['LK', 'GD']],
    ['ACTION: KB, provide Bluejeans conferencing details', ['KB']],
    ['ACTION: LK: announce on the list', ['LK']],
    ['ACTION: LK and GD to discuss who wants to act as SIG lead', ['LK', 'GD']],
    ['Action: KB put together a doc on how to get builds going', ['KB']],
    ['ACTION : LK state this policy on the wiki page', ['LK']],
    ['ACTION: KB, GD, and who else wants to come - get together', ['KB', 'GD']],
    ['ACTION: Lars Kurth to chase', ['Lars Kurth']],
    ['Action: make mods to github repos *after* migration', []],
    ['ACTION: make mods', []],
    ['**ACTION** GD: reach out', ['GD']],
    ['Actions were reviewed', []],
  ])('%s', (text, owners) => {
    expect(actionOwners(text, resolve)).toEqual(owners);
  });
});
