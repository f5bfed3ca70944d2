// Publishing as real `sigwiki build` processes: atomic under kill -9, self-cleaning, honest about failures, and never over the content or working tree (issue 14, findings 13 to 16).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BIN, runCli } from '../helpers/run-cli.js';
import { tempWiki, type TempWiki } from '../helpers/temp-wiki.js';

const MEETING = 'content/groups/mirageos/2016-02-17.md';
const TITLE = 'title: "Containers, 2.7 prep, Hackathon and Netmap"';
/** A stack frame as Node prints it, with or without Eleventy's `[11ty]` prefix. */
const STACK_FRAME = /^(\[11ty\])?\s+at .+:\d+:\d+\)?$/m;
const ENV = { ...process.env, SIGWIKI_CACHE_DIR: path.join(tmpdir(), 'sigwiki-test-cache'), SIGWIKI_TODAY: '2026-11-23', NO_COLOR: '1' };

let wiki: TempWiki;
/** Undone after each test, whatever it asserted: immutable flags and mounts. */
let undo: (() => void)[] = [];
beforeEach(() => {
  wiki = tempWiki();
});
afterEach(() => {
  for (const step of undo.reverse()) {
    try {
      step();
    } catch {
      // already undone
    }
  }
  undo = [];
  wiki.remove();
});

const site = (relative = '') => path.join(wiki.dir, '_site', relative);
const versions = () => path.join(wiki.dir, '.sigwiki-site/_site');
/** The build folders in .sigwiki-site/_site/, and anything else left there. */
const versionEntries = () => (existsSync(versions()) ? readdirSync(versions()).sort() : []);

/** The live processes whose command line holds `part`, from /proc (Linux). */
function processesWith(part: string): number[] {
  const found: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      if (stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z')) continue;
      if (readFileSync(`/proc/${name}/cmdline`, 'utf8').includes(part)) found.push(Number(name));
    } catch {
      // exited while being read
    }
  }
  return found;
}

async function until(what: string, check: () => boolean, seconds: number): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`timed out after ${seconds} s waiting for: ${what}`);
}

/** Whether the published site is whole: its home page, a meeting page and its search index. */
function siteIsComplete(): boolean {
  try {
    return (
      readFileSync(site('index.html'), 'utf8').includes('</html>') &&
      readFileSync(site('groups/mirageos/2016-02-17/index.html'), 'utf8').includes('</html>') &&
      JSON.parse(readFileSync(site('pagefind/pagefind-entry.json'), 'utf8')).languages !== undefined
    );
  } catch {
    return false;
  }
}

/** Whether `command` can be run, as root (mount and chattr need it). */
function canRun(command: string, args: string[]): boolean {
  return process.getuid?.() === 0 && spawnSync(command, args, { stdio: 'ignore' }).status === 0;
}

describe('publishing (issue 14: 13)', () => {
  it('makes _site a symlink to a complete build, switched in one step, that tar --directory (upload-pages-artifact) archives whole', () => {
    expect(runCli(['build'], { cwd: wiki.dir }).status).toBe(0);
    expect(lstatSync(site()).isSymbolicLink()).toBe(true);
    expect(readlinkSync(site())).toMatch(/^\.sigwiki-site\/_site\/\d+-\d+-[0-9a-f]{8}$/);
    expect(siteIsComplete()).toBe(true);
    // What actions/upload-pages-artifact runs on `path: _site`.
    const listing = execFileSync('tar', ['--dereference', '--hard-dereference', '--directory', site(), '-cvf', '/dev/null', '.'], { encoding: 'utf8' });
    expect(listing.split('\n')).toContain('./index.html');
    expect(listing.split('\n')).toContain('./pagefind/pagefind-entry.json');
  }, 120_000);

  it('replaces a published site with one rename and nothing else: _site is never moved away or removed', (context) => {
    expect(runCli(['build'], { cwd: wiki.dir }).status).toBe(0);
    if (spawnSync('strace', ['-o', '/dev/null', 'true'], { stdio: 'ignore' }).status !== 0) {
      context.skip('strace is not available (or may not trace) here to watch the system calls');
      return;
    }
    // Every system call a rebuild makes on paths, from all its processes (pagefind included).
    const trace = path.join(wiki.dir, 'trace.txt');
    const run = spawnSync('strace', ['-f', '-qq', '-e', 'trace=rename,renameat,renameat2,unlink,unlinkat,rmdir', '-o', trace, process.execPath, BIN, 'build'], {
      cwd: wiki.dir,
      env: ENV,
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    const output = JSON.stringify(site());
    const calls = readFileSync(trace, 'utf8').split('\n').filter((line) => line.includes(output));
    // The only call naming _site itself: a rename of the new link onto it.
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatch(new RegExp(`rename(at2?)?\\(.*"[^"]+\\.link", ${output.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.*\\) = 0$`));
  }, 120_000);

  it('leaves a complete site at every moment, however often a build is killed with SIGKILL', async () => {
    expect(runCli(['build'], { cwd: wiki.dir }).status).toBe(0);
    // A reader that looks at the site as often as it can, the whole time.
    const misses: string[] = [];
    let reading = true;
    const reader = (async () => {
      while (reading) {
        if (!siteIsComplete()) misses.push(existsSync(site()) ? 'incomplete' : 'missing');
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    try {
      for (let round = 0; round < 5; round++) {
        wiki.edit(MEETING, (text) => text.replace(/^title: .*$/m, `title: "Round ${round}"`));
        const build = spawn(process.execPath, [BIN, 'build'], { cwd: wiki.dir, env: ENV, stdio: 'ignore' });
        const exited = new Promise<number | null>((resolve) => build.once('exit', (code) => resolve(code)));
        // Killed at a random moment of the build (the last round is let finish, so the reader
        // also watches a switch).
        if (round < 4) setTimeout(() => build.kill('SIGKILL'), Math.random() * 6000);
        const code = await exited;
        expect(code === 0 || code === null).toBe(true);
        expect(siteIsComplete()).toBe(true);
      }
    } finally {
      reading = false;
      await reader;
    }
    expect(misses).toEqual([]);
    expect(readFileSync(site('groups/mirageos/2016-02-17/index.html'), 'utf8')).toContain('Round 4');
    // The finished build removed what the killed ones left.
    expect(versionEntries()).toEqual([path.basename(readlinkSync(site()))]);
  }, 240_000);
});

describe('leftovers of killed and failed builds (issue 14: 14)', () => {
  it('removes a killed build folder and ends the pagefind still indexing it on the next run', async () => {
    expect(runCli(['build'], { cwd: wiki.dir }).status).toBe(0);
    // A pagefind that never finishes (pagefind honours PAGEFIND_BINARY_PATH), named pagefind as
    // the real one is; it notes its process id.
    const fakeDir = path.join(wiki.dir, 'fake');
    mkdirSync(fakeDir);
    const fake = path.join(fakeDir, 'pagefind');
    const marker = path.join(wiki.dir, 'pagefind.pid');
    writeFileSync(fake, `#!/bin/sh\necho $$ > '${marker}'\nwhile :; do sleep 1; done\n`);
    chmodSync(fake, 0o755);
    const build = spawn(process.execPath, [BIN, 'build'], { cwd: wiki.dir, env: { ...ENV, PAGEFIND_BINARY_PATH: fake, PAGEFIND_EXTENDED_BINARY_PATH: '' }, stdio: 'ignore' });
    const exited = new Promise((resolve) => build.once('exit', resolve));
    await until('the fake pagefind to start', () => existsSync(marker) && readFileSync(marker, 'utf8').trim() !== '', 60);
    const pagefind = Number(readFileSync(marker, 'utf8'));
    build.kill('SIGKILL');
    await exited;
    // The killed build's folder and its pagefind are still there.
    expect(processesWith(versions())).toContain(pagefind);
    expect(versionEntries()).toHaveLength(2);

    const next = runCli(['build'], { cwd: wiki.dir });
    expect(next.status).toBe(0);
    expect(processesWith(versions())).not.toContain(pagefind);
    expect(versionEntries()).toEqual([path.basename(readlinkSync(site()))]);
    expect(siteIsComplete()).toBe(true);
  }, 180_000);

  it('removes the temporary folders older sigwiki versions left beside _site', () => {
    mkdirSync(path.join(wiki.dir, '_site.tmp-0123abcd/assets'), { recursive: true });
    mkdirSync(path.join(wiki.dir, '_site.old-89abcdef'));
    mkdirSync(path.join(wiki.dir, '_site.keep'));
    expect(runCli(['build'], { cwd: wiki.dir }).status).toBe(0);
    expect(readdirSync(wiki.dir).sort()).toEqual(['.sigwiki-site', '_site', '_site.keep', 'content']);
  }, 120_000);

  it('reports a full disk in one line, removes the partial build and keeps the previous site', () => {
    const disk = path.join(wiki.dir, 'disk');
    mkdirSync(disk);
    if (!canRun('mount', ['-t', 'tmpfs', '-o', 'size=64m', 'tmpfs', disk])) {
      console.warn('skipped: cannot mount a tmpfs here (needs root and CAP_SYS_ADMIN) to fill a disk');
      return;
    }
    undo.push(() => execFileSync('umount', [disk]));
    const output = path.join(disk, '_site');
    expect(runCli(['build', '--output', output], { cwd: wiki.dir }).status).toBe(0);
    const published = readlinkSync(output);
    // Leave 1 MB free: a site is several.
    const { bavail, bsize } = statfs(disk);
    execFileSync('fallocate', ['-l', String(bavail * bsize - 1024 * 1024), path.join(disk, 'filler')]);
    const before = statfs(disk).bavail;

    wiki.edit(MEETING, (text) => text.replace(TITLE, 'title: "Never published"'));
    const full = runCli(['build', '--output', output], { cwd: wiki.dir });
    expect(full.status).toBe(1);
    // Which writer meets the full disk first depends on the site's size: Eleventy (named ENOSPC)
    // or pagefind, in its own process (which then leaves no readable index). Either is one line.
    expect(full.stderr).toMatch(/^The site could not be built: (no space left on the disk \(ENOSPC\) while writing .*_site|pagefind exited without writing a readable .*pagefind-entry\.json)$/m);
    expect(full.stderr.match(/could not be built/g)).toHaveLength(1);
    expect(full.stderr).toContain('_site/ is unchanged.');
    expect(full.stderr).not.toMatch(STACK_FRAME);
    expect(full.stderr).not.toContain('TemplatePassthroughManagerCopyError');
    // Nothing of the failed build is left: the space is free again, the site is the previous one.
    expect(readdirSync(path.join(disk, '.sigwiki-site/_site'))).toEqual([path.basename(published)]);
    expect(statfs(disk).bavail).toBe(before);
    expect(readlinkSync(output)).toBe(published);
    expect(readFileSync(path.join(output, 'groups/mirageos/2016-02-17/index.html'), 'utf8')).not.toContain('Never published');

    // With space again, the next build works.
    execFileSync('rm', [path.join(disk, 'filler')]);
    expect(runCli(['build', '--output', output], { cwd: wiki.dir }).status).toBe(0);
    expect(readFileSync(path.join(output, 'groups/mirageos/2016-02-17/index.html'), 'utf8')).toContain('Never published');
  }, 180_000);
});

describe('reporting what happened to _site (issue 14: 15)', () => {
  it('says _site/ is unchanged when it could not be replaced, and it is', () => {
    mkdirSync(site());
    writeFileSync(site('index.html'), 'previous site');
    if (!canRun('chattr', ['+i', site()])) {
      console.warn('skipped: chattr +i is not available here (needs root and a file system with immutable flags)');
      return;
    }
    undo.push(() => execFileSync('chattr', ['-i', site()]));
    const run = runCli(['build'], { cwd: wiki.dir });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^The site could not be built: could not switch .*_site to the new site: not permitted \(read-only or immutable\) \(EPERM\)$/m);
    expect(run.stderr).toContain('_site/ is unchanged.');
    expect(readFileSync(site('index.html'), 'utf8')).toBe('previous site');
    expect(versionEntries()).toEqual([]);
  }, 120_000);

  it('publishes and says so when only the old build cannot be removed, and removes it once it can', () => {
    expect(runCli(['build'], { cwd: wiki.dir }).status).toBe(0);
    const old = path.join(wiki.dir, '_site', '..', readlinkSync(site()));
    if (!canRun('chattr', ['+i', old])) {
      console.warn('skipped: chattr +i is not available here (needs root and a file system with immutable flags)');
      return;
    }
    undo.push(() => execFileSync('chattr', ['-i', old]));
    wiki.edit(MEETING, (text) => text.replace(TITLE, 'title: "Published despite"'));
    const run = runCli(['build'], { cwd: wiki.dir });
    expect(run.status).toBe(0);
    expect(run.stderr).not.toContain('unchanged');
    expect(run.stderr).toMatch(/^Warning: could not remove the old build \.sigwiki-site\/_site\/\S+: .+ \(E[A-Z]+\); the next build tries again$/m);
    expect(readFileSync(site('groups/mirageos/2016-02-17/index.html'), 'utf8')).toContain('Published despite');

    execFileSync('chattr', ['-i', old]);
    expect(runCli(['build'], { cwd: wiki.dir }).status).toBe(0);
    expect(versionEntries()).toEqual([path.basename(readlinkSync(site()))]);
  }, 180_000);
});

describe('output folders that would destroy the content or the working tree (issue 14: 16)', () => {
  const refusals: [string, string[], RegExp][] = [
    ['the content folder', ['--output', 'content'], /--output content is the content folder/],
    ['the content folder, spelled another way', ['--output', './content/../content/'], /is the content folder/],
    ['inside the content folder', ['--output', 'content/site'], /--output content\/site is inside the content folder content\//],
    ['the working folder', ['--output', '.'], /--output \. contains the content folder content\//],
    ['a parent of the working folder', ['--output', '..'], /--output \.\. contains the content folder/],
  ];
  for (const [what, args, message] of refusals) {
    it(`refuses ${what} with exit code 2 and touches nothing`, () => {
      const before = readdirSync(path.join(wiki.dir, 'content'), { recursive: true }).sort();
      const run = runCli(['build', ...args], { cwd: wiki.dir });
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).toContain('Nothing was built.');
      expect(readdirSync(path.join(wiki.dir, 'content'), { recursive: true }).sort()).toEqual(before);
      expect(readdirSync(wiki.dir).sort()).toEqual(['content']);
    });
  }

  it('refuses the git working tree around the working folder, and .git', () => {
    execFileSync('git', ['init', '-q', wiki.dir]);
    const tools = path.join(wiki.dir, 'tools');
    mkdirSync(tools);
    // The content is elsewhere, so only the working tree is in the way.
    const elsewhere = tempWiki();
    undo.push(() => elsewhere.remove());
    const content = path.join(elsewhere.dir, 'content');
    const tree = runCli(['build', '--content', content, '--output', wiki.dir], { cwd: tools });
    expect(tree.status).toBe(2);
    expect(tree.stderr).toMatch(/contains the git working tree .*: the build would replace it, \.git included/);
    const git = runCli(['build', '--content', content, '--output', '../.git/site'], { cwd: tools });
    expect(git.status).toBe(2);
    expect(git.stderr).toContain('is inside .git');
    expect(existsSync(path.join(wiki.dir, '.git/HEAD'))).toBe(true);
    expect(readdirSync(wiki.dir).sort()).toEqual(['.git', 'content', 'tools']);
  });

  it('refuses to replace a folder that holds files but no site', () => {
    mkdirSync(path.join(wiki.dir, 'docs'));
    writeFileSync(path.join(wiki.dir, 'docs/notes.txt'), 'mine');
    const run = runCli(['build', '--output', 'docs'], { cwd: wiki.dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/docs holds files but no index\.html, so it is no site sigwiki built/);
    expect(readFileSync(path.join(wiki.dir, 'docs/notes.txt'), 'utf8')).toBe('mine');
  }, 60_000);
});

function statfs(dir: string): { bavail: number; bsize: number } {
  const [bsize, bavail] = execFileSync('stat', ['-f', '-c', '%S %a', dir], { encoding: 'utf8' }).trim().split(' ').map(Number);
  return { bavail: bavail!, bsize: bsize! };
}
