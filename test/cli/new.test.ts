// `sigwiki new` as a real process: writes minutes that pass `check`, never overwrites.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { tempWiki, type TempWiki } from '../helpers/temp-wiki.js';

let wiki: TempWiki;
beforeEach(() => {
  wiki = tempWiki();
});
afterEach(() => wiki.remove());

describe('sigwiki new', () => {
  it('writes the next minutes with open actions to review, and they pass check', () => {
    const run = runCli(['new', 'example-wg', '--date', '2026-10-13'], { cwd: wiki.dir });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('content/groups/example-wg/2026-10-13.md\n');
    const text = wiki.read('content/groups/example-wg/2026-10-13.md');
    expect(text).toContain('- [ ] ewg-20260901-3 Robin Placeholder: find a second video bridge as a fallback');
    expect(text).toContain('- [ ] ewg-20260929-1 Alex Example, Robin Placeholder: draft the contributor guide');
    const check = runCli(['check', '--strict', 'content/groups/example-wg/2026-10-13.md'], { cwd: wiki.dir });
    expect(check.stderr).toContain('✔ no problems');
    expect(check.status).toBe(0);
  });

  it('takes the date and venue of the next meeting on the cadence without --date', () => {
    // Every other Tuesday from 1 Sep 2026, alternating Jitsi and IRC; 8 Dec is moved to 9 Dec.
    const run = runCli(['new', 'example-wg'], { cwd: wiki.dir, today: '2026-11-30' });
    expect(run.stdout).toBe('content/groups/example-wg/2026-12-09.md\n');
    expect(wiki.read('content/groups/example-wg/2026-12-09.md')).toContain('venue: irc');
    const onTheDay = runCli(['new', 'example-wg'], { cwd: wiki.dir, today: '2026-11-24' });
    expect(onTheDay.stdout).toBe('content/groups/example-wg/2026-11-24.md\n');
    expect(wiki.read('content/groups/example-wg/2026-11-24.md')).toContain('venue: jitsi');
  });

  it('uses today in the group\'s time zone for a group without a cadence', () => {
    wiki.edit('content/groups/example-wg/group.yaml', (text) => text.slice(0, text.indexOf('cadence:')));
    const run = runCli(['new', 'example-wg'], { cwd: wiki.dir, today: '2026-12-01' });
    expect(run.stdout).toBe('content/groups/example-wg/2026-12-01.md\n');
  });

  it('refuses to overwrite an existing file (exit 3)', () => {
    const before = wiki.read('content/groups/example-wg/2026-09-29.md');
    const run = runCli(['new', 'example-wg', '--date', '2026-09-29'], { cwd: wiki.dir });
    expect(run.status).toBe(3);
    expect(run.stderr).toContain('already exists; it is never overwritten');
    expect(wiki.read('content/groups/example-wg/2026-09-29.md')).toBe(before);
  });

  it('exits 2 for an unknown group, with a suggestion', () => {
    const run = runCli(['new', 'example-gw'], { cwd: wiki.dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('did you mean `example-wg`?');
  });

  describe('--due-within', () => {
    // example-wg: every other Tuesday from 1 Sep 2026, 11:00 New York (next: Tue 24 Nov, Jitsi);
    // mirageos: every two weeks on Wednesdays (next: Wed 25 Nov).
    it('writes the minutes of each meeting due within the days given, and prints their paths', () => {
      const run = runCli(['new', '--due-within', '3'], { cwd: wiki.dir, today: '2026-11-21' });
      expect(run.status).toBe(0);
      expect(run.stdout).toBe('content/groups/example-wg/2026-11-24.md\n');
      const text = wiki.read('content/groups/example-wg/2026-11-24.md');
      expect(text).toContain('venue: jitsi');
      expect(text).toContain('- [ ] ewg-20260929-1 Alex Example, Robin Placeholder: draft the contributor guide');
      expect(existsSync(path.join(wiki.dir, 'content/groups/mirageos/2026-11-25.md'))).toBe(false);
    });

    it('counts the day of the meeting as due, and takes every group due', () => {
      const run = runCli(['new', '--due-within', '4'], { cwd: wiki.dir, today: '2026-11-21' });
      expect(run.stdout).toBe('content/groups/example-wg/2026-11-24.md\ncontent/groups/mirageos/2026-11-25.md\n');
      const onTheDay = runCli(['new', '--due-within', '0'], { cwd: wiki.dir, today: '2026-11-24' });
      expect(onTheDay.status).toBe(0);
      expect(onTheDay.stderr).toContain('content/groups/example-wg/2026-11-24.md exists already');
    });

    it('prints nothing and exits 0 when nothing is due, or the file exists already', () => {
      const early = runCli(['new', '--due-within', '3'], { cwd: wiki.dir, today: '2026-11-20' });
      expect([early.status, early.stdout]).toEqual([0, '']);
      expect(existsSync(path.join(wiki.dir, 'content/groups/example-wg/2026-11-24.md'))).toBe(false);
      wiki.write('content/groups/example-wg/2026-11-24.md', '---\ndate: 2026-11-24\n---\n\nWritten by hand.\n');
      const again = runCli(['new', '--due-within', '3'], { cwd: wiki.dir, today: '2026-11-21' });
      expect([again.status, again.stdout]).toEqual([0, '']);
      expect(wiki.read('content/groups/example-wg/2026-11-24.md')).toContain('Written by hand.');
    });

    it('takes only the group named', () => {
      const run = runCli(['new', 'mirageos', '--due-within', '4'], { cwd: wiki.dir, today: '2026-11-21' });
      expect(run.stdout).toBe('content/groups/mirageos/2026-11-25.md\n');
    });

    it('exits 2 for a count that is not a number, or with --date', () => {
      expect(runCli(['new', '--due-within', 'soon'], { cwd: wiki.dir }).status).toBe(2);
      const both = runCli(['new', 'example-wg', '--due-within', '3', '--date', '2026-11-24'], { cwd: wiki.dir });
      expect(both.status).toBe(2);
      expect(both.stderr).toContain('--date and --due-within do not go together');
    });
  });
});
