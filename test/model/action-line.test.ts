import { describe, expect, it } from 'vitest';
import { parseActionLine, parseCloseLine } from '../../src/model/action-line.js';

const known = new Set(['kb', 'lk', 'gd', 'jh', 'dave scott', 'anil']);
const isPerson = (name: string) => known.has(name.toLowerCase());
const parse = (line: string) => parseActionLine(line, isPerson);

describe('parseActionLine: every form found in the CentOS Virt SIG minutes', () => {
  it.each([
    ['ACTION: KB, provide Bluejeans conferencing details', ['KB'], 'provide Bluejeans conferencing details'],
    ['ACTION: LK: announce on the list and add information to wiki page', ['LK'], 'announce on the list and add information to wiki page'],
    ['ACTION: LK and GD to discuss who wants to act as SIG lead', ['LK', 'GD'], 'to discuss who wants to act as SIG lead'],
    ['Action: KB put together a doc on how to get builds going', ['KB'], 'put together a doc on how to get builds going'],
    ['ACTION : LK state this policy on the wiki page', ['LK'], 'state this policy on the wiki page'],
    ['ACTION LK: to keep in touch with patrick from Storage SIG', ['LK'], 'to keep in touch with patrick from Storage SIG'],
    ['ACTION GD: reach out to Cloud Instance SIG', ['GD'], 'reach out to Cloud Instance SIG'],
    [
      'ACTION: KB, GD, and who else wants to come - get together at the Hackathon',
      ['KB', 'GD'],
      'and who else wants to come - get together at the Hackathon',
    ],
    ['Action: make mods to github repos *after* migration', [], 'make mods to github repos *after* migration'],
    ['ACTION LK and GD: discuss who leads', ['LK', 'GD'], 'discuss who leads'],
  ])('%s', (line, owners, text) => {
    const action = parse(line);
    expect(action?.owners).toEqual(owners);
    expect(action?.text).toBe(text);
    expect(action?.due).toBeUndefined();
  });

  it('joins a wrapped action into one line of text', () => {
    const action = parse('ACTION: LK and GD to discuss who wants to act as SIG lead. We may\nwant to run this dually for a while');
    expect(action?.owners).toEqual(['LK', 'GD']);
    expect(action?.text).toBe('to discuss who wants to act as SIG lead. We may want to run this dually for a while');
  });

  it('does not take a URL colon for an owner list', () => {
    const action = parse('ACTION: KB, GD, and who else wants to come - get together at Xen Project Hackathon, May 29&30th (http://wiki.xenproject.org/wiki/Hackathon/May2014) to work');
    expect(action?.owners).toEqual(['KB', 'GD']);
    expect(action?.text).toContain('(http://wiki.xenproject.org/wiki/Hackathon/May2014) to work');
  });
});

describe('parseActionLine: canonical form', () => {
  it('marks owners before a colon as explicit, known or not', () => {
    expect(parse('ACTION Mindy, Anil: write the blog post')).toEqual({
      owners: ['Mindy', 'Anil'],
      ownersExplicit: true,
      text: 'write the blog post',
      due: undefined,
    });
  });

  it('accepts two-word names and & as a separator', () => {
    expect(parse('ACTION Dave Scott & Anil: review the block backend')?.owners).toEqual(['Dave Scott', 'Anil']);
  });

  it('recognises a leading two-word name in the older form', () => {
    expect(parse('ACTION: Dave Scott to review')?.owners).toEqual(['Dave Scott']);
  });

  it('reads a due date at the end', () => {
    const action = parse('ACTION KB: send the slides (due 2014-04-25)');
    expect(action?.due).toBe('2014-04-25');
    expect(action?.text).toBe('send the slides');
  });

  it('treats an unresolvable name list after "ACTION:" as text, not owners', () => {
    expect(parse('ACTION: Review: look at the PR')).toMatchObject({ owners: [], text: 'Review: look at the PR' });
  });

  it('ignores prose that only starts with the word', () => {
    expect(parse('Action items were reviewed')).toBeUndefined();
    expect(parse('ACTIONS: none')).toBeUndefined();
    expect(parse('The ACTION: not at the start')).toBeUndefined();
  });

  it('accepts a bold keyword', () => {
    expect(parse('**ACTION** KB: bold')?.owners).toEqual(['KB']);
  });
});

describe('parseCloseLine', () => {
  it.each([
    ['DONE virt-20140411-1', 'done', 'virt-20140411-1', ''],
    ['DONE: virt-20140411-1 details are on the wiki', 'done', 'virt-20140411-1', 'details are on the wiki'],
    ['DROPPED virt-20140411-8: nobody needs it', 'dropped', 'virt-20140411-8', 'nobody needs it'],
    ['[x] virt-20140411b-12 LK: announce', 'done', 'virt-20140411b-12', 'LK: announce'],
    ['[X] demo-wg-20260105-2', 'done', 'demo-wg-20260105-2', ''],
    ['[ ] virt-20140411-3 still going', 'open', 'virt-20140411-3', 'still going'],
  ])('%s', (line, status, actionId, note) => {
    expect(parseCloseLine(line)).toEqual({ status, actionId, note });
  });

  it('ignores other lines', () => {
    expect(parseCloseLine('Done with the agenda')).toBeUndefined();
    expect(parseCloseLine('[x] buy milk')).toBeUndefined();
  });
});
