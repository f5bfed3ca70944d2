// `sigwiki new` as a real process: writes minutes that pass `check`, never overwrites.
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
});
