// `sigwiki import <folder>` as a real process: dates, split files, same-day meetings, front matter, people merges, summary.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BIN, ROOT, runCli } from '../helpers/run-cli.js';
import { tempWikiFrom, type TempWiki } from '../helpers/temp-wiki.js';

const FOLDER = path.join(ROOT, 'test/fixtures/import/folder');

let wiki: TempWiki | undefined;
afterEach(() => wiki?.remove());

function smallWiki(extra: Record<string, string> = {}): TempWiki {
  return tempWikiFrom({
    'content/sigwiki.yaml': 'title: test wiki\ntimeZone: UTC\n',
    'content/groups/example-wg/group.yaml': 'name: Example WG\nactionPrefix: ewg\n',
    ...extra,
  });
}

const minutesOf = (w: TempWiki) => readdirSync(path.join(w.dir, 'content/groups/example-wg')).filter((name) => name.endsWith('.md')).sort();
const frontMatter = (text: string) => parse(text.split('---\n')[1]!) as Record<string, unknown>;

describe('sigwiki import <folder>', () => {
  it('imports a folder: dated names, split months, same-day -2, front matter, first names; check --strict passes', () => {
    wiki = smallWiki();
    const dry = runCli(['import', '--dry-run', '--group', 'example-wg', FOLDER], { cwd: wiki.dir });
    expect(dry.status).toBe(0);
    expect(minutesOf(wiki)).toEqual([]);
    const run = runCli(['import', '--group', 'example-wg', FOLDER], { cwd: wiki.dir });
    expect(run.status).toBe(0);
    expect(minutesOf(wiki)).toEqual(['2019-07-08.md', '2019-07-15.md', '2019-08-05.md', '2019-08-12-2.md', '2019-08-12.md', '2019-08-19.md', '2019-09-09.md']);
    // Hidden folders and files that are not Markdown or text are not read; a README without a date is skipped.
    expect(run.stderr).not.toContain('.drafts');
    expect(run.stderr).not.toContain('index.json');
    expect(run.stderr).toMatch(/skipped \S*README\.md: no meeting date found/);
    expect(run.stderr).toContain(
      'Import: 6 files read (1 file split into 3 meetings); 7 minutes files written (1 as a second meeting of the day, -N); people: 5 added, 1 spellings merged, 2 merges proposed; 0 files refused, 1 skipped',
    );
    expect(run.stderr).toContain('the file name misnamed-2019-09-02.md says 2019-09-02 but the first line says 2019-09-09; using 2019-09-09');

    const toolingCall = wiki.read('content/groups/example-wg/2019-07-15.md');
    expect(frontMatter(toolingCall)).toMatchObject({ date: '2019-07-15', title: 'Tooling call', chair: 'Trevor', scribe: 'mira-okafor' });
    expect(toolingCall).not.toContain('layout:');
    expect(toolingCall).not.toContain('author:');
    expect(toolingCall.split('---\n').length).toBe(3);
    expect(frontMatter(wiki.read('content/groups/example-wg/2019-08-12-2.md'))).toMatchObject({ date: '2019-08-12', title: 'Release review', chair: 'mira-okafor' });
    expect(wiki.read('content/groups/example-wg/2019-08-05.md')).toContain('These are the weekly calls of August.');

    const people = parse(wiki.read('content/people.yaml')) as { id: string; aliases?: string[] }[];
    expect(people.map((person) => person.id)).toEqual(['trevor-norris', 'jon-ludlam', 'mira-okafor', 'jonathan-ludlam', 'jon-ludlum']);
    expect(people[0]!.aliases).toEqual(['Trevor']);
    expect(parse(wiki.read('content/import-merges.yaml'))).toEqual({
      merges: [
        { keep: 'jon-ludlam', merge: 'jonathan-ludlam' },
        { keep: 'jon-ludlam', merge: 'jon-ludlum' },
      ],
    });
    const check = runCli(['check', '--strict'], { cwd: wiki.dir });
    expect(check.stderr).toContain('no problems');
    expect(check.status).toBe(0);
  });

  it('applies the edited merges file to people.yaml, and the wiki still passes check', () => {
    wiki = smallWiki();
    expect(runCli(['import', '--group', 'example-wg', FOLDER], { cwd: wiki.dir }).status).toBe(0);
    // The maintainer keeps one proposal: Jon Ludlum is someone else.
    wiki.write('content/import-merges.yaml', 'merges:\n  - keep: jon-ludlam\n    merge: jonathan-ludlam\n');
    const run = runCli(['import', '--merges', 'content/import-merges.yaml'], { cwd: wiki.dir });
    expect(run.stderr).toContain('merges jonathan-ludlam into jon-ludlam');
    expect(run.status).toBe(0);
    const people = parse(wiki.read('content/people.yaml')) as { id: string; aliases?: string[] }[];
    expect(people.map((person) => person.id)).toEqual(['trevor-norris', 'jon-ludlam', 'mira-okafor', 'jon-ludlum']);
    expect(people[1]!.aliases).toEqual(['jonathan-ludlam', 'Jonathan Ludlam']);
    expect(runCli(['check', '--strict'], { cwd: wiki.dir }).status).toBe(0);
    // Applied twice, it changes nothing and says so.
    const again = runCli(['import', '--merges', 'content/import-merges.yaml'], { cwd: wiki.dir });
    expect(again.status).toBe(0);
    expect(again.stderr).toContain('merged already');
  });

  it('refuses a merges file that names no one, writing nothing', () => {
    wiki = smallWiki({ 'content/people.yaml': '- id: ann-lee\n  name: Ann Lee\n', 'merges.yaml': 'merges:\n  - keep: ann-lee\n    merge: bo-chen\n' });
    const run = runCli(['import', '--merges', 'merges.yaml'], { cwd: wiki.dir });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('bo-chen into ann-lee: there is no person `bo-chen`');
    expect(wiki.read('content/people.yaml')).toBe('- id: ann-lee\n  name: Ann Lee\n');
  });

  it('writes another meeting of a day that has minutes as -2, and never overwrites them', () => {
    const other = '---\ndate: 2019-08-12\ntitle: Budget\n---\n\nThe budget for the travel fund was agreed unanimously.\n';
    wiki = smallWiki({ 'content/groups/example-wg/2019-08-12.md': other });
    const run = runCli(['import', '--group', 'example-wg', path.join(FOLDER, '2019-08-12-extra-call.md')], { cwd: wiki.dir });
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('content/groups/example-wg/2019-08-12.md holds other minutes of that day; writing content/groups/example-wg/2019-08-12-2.md');
    expect(run.stderr).not.toContain('--force');
    expect(wiki.read('content/groups/example-wg/2019-08-12.md')).toBe(other);
    expect(minutesOf(wiki)).toEqual(['2019-08-12-2.md', '2019-08-12.md']);
  });

  it('leaves minutes imported before alone, and refuses edited ones with --force as the only way to replace them', () => {
    wiki = smallWiki();
    const file = path.join(FOLDER, '2019-08-12-extra-call.md');
    expect(runCli(['import', '--group', 'example-wg', file], { cwd: wiki.dir }).status).toBe(0);
    const same = runCli(['import', '--group', 'example-wg', file], { cwd: wiki.dir });
    expect(same.status).toBe(0);
    expect(same.stderr).toContain('holds these minutes already; left as it is');
    expect(minutesOf(wiki)).toEqual(['2019-08-12.md']);

    const target = 'content/groups/example-wg/2019-08-12.md';
    wiki.write(target, wiki.read(target).replace('Thursday', 'Friday'));
    const edited = runCli(['import', '--group', 'example-wg', file], { cwd: wiki.dir });
    expect(edited.status).toBe(3);
    expect(edited.stderr).toContain(`${target} already exists and holds this meeting (imported before?); not overwritten. Pass --force to replace it`);
    expect(wiki.read(target)).toContain('Friday');
    expect(existsSync(path.join(wiki.dir, 'content/groups/example-wg/2019-08-12-2.md'))).toBe(false);
  });

  it('--help names folders, -N, the merges file and --merges', () => {
    const help = runCli(['import', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: sigwiki import [options] <file or folder...>');
    expect(help.stdout).toContain('<date>-2.md');
    expect(help.stdout).toContain('import-merges.yaml');
    expect(help.stdout).toContain('--merges FILE');
  });

  it('draws a progress bar when stderr is a terminal, and none in a pipe', () => {
    wiki = smallWiki();
    const command = [process.execPath, BIN, 'import', '--dry-run', '--group', 'example-wg', FOLDER].map((arg) => `'${arg}'`).join(' ');
    const tty = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: wiki.dir, encoding: 'utf8', env: { ...process.env, SIGWIKI_TODAY: '2026-11-23' } });
    expect(tty.status).toBe(0);
    expect(tty.stdout).toMatch(/\[#+-*\] 1\/6 /);
    expect(tty.stdout).toContain('] 6/6 ');
    const pipe = runCli(['import', '--dry-run', '--group', 'example-wg', FOLDER], { cwd: wiki.dir });
    expect(pipe.stderr).not.toMatch(/\[#+-*\]/);
    expect(pipe.stderr).toContain('[6/6]');
  });
});
