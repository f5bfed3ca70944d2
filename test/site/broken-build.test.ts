// A broken content file must fail the build, print file:line, and leave the old site alone.
import { cpSync, existsSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

let work: string;

beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'sigwiki-broken-'));
  cpSync(path.join(ROOT, 'content'), path.join(work, 'content'), { recursive: true });
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('sigwiki build with a broken content file', () => {
  it('exits 1, reports file:line, writes nothing and keeps the previous site', () => {
    const minutesFile = path.join(work, 'content/groups/mirageos/2016-02-17.md');
    writeFileSync(minutesFile, readFileSync(minutesFile, 'utf8').replace('date: 2016-02-17', 'date: 2016-02-17\npermalink: /../../evil/'));
    mkdirSync(path.join(work, '_site'));
    writeFileSync(path.join(work, '_site/index.html'), 'previous site');

    const run = runCli(['build'], { cwd: work });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('content/groups/mirageos/2016-02-17.md');
    expect(run.stderr).toMatch(/3:1 +error +`permalink` is not allowed in minutes +frontmatter-reserved-key/);
    expect(run.stderr).toContain('Nothing was built');
    expect(readFileSync(path.join(work, '_site/index.html'), 'utf8')).toBe('previous site');
    expect(readdirSync(work).sort()).toEqual(['_site', 'content']);
    expect(existsSync(path.join(work, 'evil'))).toBe(false);
  });

  it('builds from another working directory once the file is fixed', () => {
    const run = runCli(['build'], { cwd: work });
    expect(run.status).toBe(0);
    expect(existsSync(path.join(work, '_site/groups/mirageos/2016-02-17/index.html'))).toBe(true);
    // _site is a symlink to the build's folder in .sigwiki-site/ (site/publish.ts).
    expect(readdirSync(work).sort()).toEqual(['.sigwiki-site', '_site', 'content']);
  });
});
