// `sigwiki import` plans, checks and then writes all or nothing: the wiki it leaves passes `check`.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, runCli } from '../helpers/run-cli.js';
import { tempWikiFrom, type TempWiki } from '../helpers/temp-wiki.js';

const ARCHIVE = path.join(ROOT, 'test/fixtures/import/archive');
const file = (name: string) => path.join(ARCHIVE, name);
const GOOD = ['example-wg-2021-03-04.md', 'example-wg-2021-03-11.md'].map(file);
const BAD = file('example-wg-2021-03-18.md');

let wiki: TempWiki | undefined;
afterEach(() => wiki?.remove());

/** A small wiki with one empty group, and people.yaml as given (undefined: no file). */
function smallWiki(people: string | undefined): TempWiki {
  return tempWikiFrom({
    'content/sigwiki.yaml': 'title: test wiki\ntimeZone: UTC\n',
    'content/groups/example-wg/group.yaml': 'name: Example WG\nactionPrefix: ewg\n',
    ...(people === undefined ? {} : { 'content/people.yaml': people }),
  });
}

const frontMatter = (text: string) => parse(text.split('---\n')[1]!) as Record<string, unknown>;
const minutesOf = (w: TempWiki) => readdirSync(path.join(w.dir, 'content/groups/example-wg')).filter((name) => name.endsWith('.md'));

describe('sigwiki import: all or nothing', () => {
  it.each([
    ['no people.yaml', undefined],
    ['an empty people.yaml', ''],
    ['a comment-only people.yaml', '# people of the example wiki\n'],
    ['an empty list', '# nobody yet\n[]\n'],
  ])('imports into a wiki with %s, and the result passes check --strict', (_label, people) => {
    wiki = smallWiki(people);
    const dry = runCli(['import', '--dry-run', ...GOOD], { cwd: wiki.dir });
    const run = runCli(['import', ...GOOD], { cwd: wiki.dir });
    expect(run.stderr).not.toContain('✖');
    expect(run.status).toBe(0);
    expect(dry.status).toBe(run.status);
    expect(minutesOf(wiki)).toEqual(['2021-03-04.md', '2021-03-11.md']);
    const check = runCli(['check', '--strict'], { cwd: wiki.dir });
    expect(check.stderr).toContain('no problems');
    expect(check.status).toBe(0);
  });

  it('keeps spelling variants as one person with every written form as an alias', () => {
    wiki = smallWiki(undefined);
    expect(runCli(['import', ...GOOD], { cwd: wiki.dir }).status).toBe(0);
    const people = wiki.read('content/people.yaml');
    expect(people).toContain('- id: steven-r-marsh\n  name: Steven R Marsh\n  aliases: [ Steven R. Marsh ]');
    expect(people).toContain('- id: bea-norgaard\n  name: Bea Nørgaard\n  aliases: [ Bea Norgaard ]');
    expect(people.match(/- id: /g)).toHaveLength(5);
  });

  it('imports again into the wiki an import made', () => {
    wiki = smallWiki(undefined);
    expect(runCli(['import', GOOD[0]!], { cwd: wiki.dir }).status).toBe(0);
    const second = runCli(['import', GOOD[1]!], { cwd: wiki.dir });
    expect(second.stderr).not.toContain('Fix people.yaml');
    expect(second.status).toBe(0);
    expect(runCli(['check', '--strict'], { cwd: wiki.dir }).status).toBe(0);
    expect(wiki.read('content/people.yaml').match(/- id: /g)).toHaveLength(5);
  });

  it('writes nothing when the result would fail check, and --dry-run exits the same way', () => {
    wiki = smallWiki('# nobody yet\n');
    const dry = runCli(['import', '--dry-run', ...GOOD, BAD], { cwd: wiki.dir });
    const run = runCli(['import', ...GOOD, BAD], { cwd: wiki.dir });
    expect(run.status).toBe(1);
    expect(dry.status).toBe(1);
    expect(run.stderr).toMatch(/content\/groups\/example-wg\/2021-03-18\.md\n\s+\d+:\d+\s+error\s+Unknown person `Zed Nobody`/);
    expect(run.stderr).toContain('hint: ');
    expect(run.stderr).toContain('This import would leave a wiki that fails `sigwiki check`');
    expect(run.stderr).toContain('Nothing was written.');
    expect(minutesOf(wiki)).toEqual([]);
    expect(wiki.read('content/people.yaml')).toBe('# nobody yet\n');
  });

  it('writes nothing when one file cannot be placed, with the same code for --dry-run', () => {
    wiki = smallWiki(undefined);
    const args = ['import', '--group', 'example-wg', ...GOOD, path.join(ROOT, 'test/fixtures/import/meetbot-sample.txt'), 'no-such-minutes.md'];
    const dry = runCli([...args.slice(0, 1), '--dry-run', ...args.slice(1)], { cwd: wiki.dir });
    const run = runCli(args, { cwd: wiki.dir });
    expect(run.status).toBe(1);
    expect(dry.status).toBe(1);
    expect(run.stderr).toContain('no-such-minutes.md: no such file or folder');
    expect(minutesOf(wiki)).toEqual([]);
    expect(existsSync(path.join(wiki.dir, 'content/people.yaml'))).toBe(false);
  });

  it('imports an archive of people-list patterns into a wiki that passes check --strict', () => {
    wiki = smallWiki(undefined);
    const all = [...GOOD, file('example-wg-2021-04-01.md'), file('example-wg-2021-04-08.md')];
    const dry = runCli(['import', '--dry-run', ...all], { cwd: wiki.dir });
    const run = runCli(['import', ...all], { cwd: wiki.dir });
    expect(run.status).toBe(0);
    expect(dry.status).toBe(0);
    expect(run.stderr).toContain('? might be the same person: jon-ludham "Jon Ludham" and jonathan-ludham "Jonathan Ludham"');
    const check = runCli(['check', '--strict'], { cwd: wiki.dir });
    expect(check.stderr).toContain('no problems');
    expect(check.status).toBe(0);

    const people = wiki.read('content/people.yaml');
    const ids = [...people.matchAll(/- id: (\S+)/g)].map((match) => match[1]);
    expect(ids.sort()).toEqual(
      ['ada-quill', 'alex-camp', 'amir-quill', 'bea-norgaard', 'cal-ortiz', 'dee-park', 'guybrush-three', 'jon-ludham', 'jonathan-ludham', 'rod-vale', 'sim-ulacrum', 'steven-r-marsh'].sort(),
    );
    expect(people).toContain('- id: rod-vale\n  name: Rod Vale\n  aliases: [ rvale ]');
    expect(people).toContain('- id: guybrush-three\n  name: Guybrush Three\n  aliases: [ gthree ]');
    expect(people).toContain('- id: alex-camp\n  name: Alex Camp\n  aliases: [ acamp ]');
    expect(people).not.toMatch(/chair|TSC|member|Nora/);

    // New people are written as in the source (people.yaml resolves them); people met in an earlier file by id.
    const april1 = frontMatter(wiki.read('content/groups/example-wg/2021-04-01.md'));
    expect(april1).toMatchObject({ chair: 'Amir Quill', regrets: ['dee-park'] });
    expect(april1['attendees']).toEqual(['Amir Quill', 'Rod Vale', 'Guybrush Three', 'Alex Camp', 'Jon Ludham', 'bea-norgaard', 'cal-ortiz', 'Sim Ulacrum']);
    const april8 = frontMatter(wiki.read('content/groups/example-wg/2021-04-08.md'));
    expect(april8).toMatchObject({ chair: 'bea-norgaard', scribe: 'cal-ortiz' });
    expect(april8['attendees']).toEqual(['amir-quill', 'rod-vale', 'Jonathan Ludham', 'guybrush-three', 'alex-camp', 'steven-r-marsh']);
  });
});
