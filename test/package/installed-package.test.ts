// The package as users get it: `npm pack`, the tarball installed into an empty folder, and every
// command run from that installed copy on a wiki outside the package, as real processes.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installPackedPackage, type InstalledPackage } from '../helpers/installed-package.js';
import { ROOT } from '../helpers/run-cli.js';

let installed: InstalledPackage;
let wikiDir: string;

beforeAll(() => {
  installed = installPackedPackage();
  wikiDir = path.join(installed.dir, 'wiki');
  cpSync(path.join(ROOT, 'content'), path.join(wikiDir, 'content'), { recursive: true });
}, 600_000);
// Removing the installed node_modules can outlast the default 10 s hook timeout on a busy machine.
afterAll(() => installed?.remove(), 120_000);

/** Runs the installed `sigwiki` in `cwd` (the wiki folder unless given). */
function sigwiki(args: string[], cwd = wikiDir) {
  const result = spawnSync(installed.bin, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, SIGWIKI_TODAY: '2026-11-23', NO_COLOR: '1', SIGWIKI_CACHE_DIR: path.join(installed.dir, 'cache') },
    timeout: 180_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the packed and installed package', () => {
  it('installs without running any script, with dist/ compiled into the tarball', () => {
    expect(installed.installLog).not.toMatch(/install-scripts|prepare/);
    const packageDir = path.join(installed.dir, 'node_modules', 'sigwiki');
    expect(existsSync(path.join(packageDir, 'dist', 'cli', 'main.js'))).toBe(true);
    expect(existsSync(path.join(packageDir, 'layouts', 'index.njk'))).toBe(true);
    // Nothing of the repository's own development tree is shipped.
    expect(readdirSync(packageDir).sort()).not.toContain('test');
    expect(readdirSync(packageDir).sort()).not.toContain('src');
  });

  it('prints its version', () => {
    const run = sigwiki(['--version']);
    expect(run.status).toBe(0);
    const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(run.stdout.trim()).toBe(version);
  });

  it('starts a wiki with init that passes check --strict and builds', () => {
    const init = sigwiki(['init', 'docs-minutes', '--title', 'Docs SIG', '--time-zone', 'Europe/Berlin'], installed.dir);
    expect(init.status).toBe(0);
    const dir = path.join(installed.dir, 'docs-minutes');
    const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    // Installed from a tarball (`npm i ./sigwiki-x.tgz`), the wiki gets a copy of it to commit, so
    // its workflows can install sigwiki too.
    expect(manifest.dependencies.sigwiki).toBe(`file:${installed.tarball}`);
    expect(readFileSync(path.join(dir, installed.tarball))).toEqual(readFileSync(path.join(installed.dir, installed.tarball)));
    expect(init.stderr).not.toContain('outside this wiki');
    const check = sigwiki(['check', '--strict'], dir);
    expect(check.stderr).toContain('no problems');
    expect(check.status).toBe(0);
    const build = sigwiki(['build'], dir);
    expect(build.stderr).toMatch(/Built _site\/: 1 group, 1 meeting,/);
    expect(build.status).toBe(0);
    expect(readFileSync(path.join(dir, '_site/groups/docs-sig/index.html'), 'utf8')).toContain('Docs SIG');
  });

  it('ships the JSON Schemas that the files init wrote point editors at', () => {
    const dir = path.join(installed.dir, 'docs-minutes');
    const modelines = ['content/sigwiki.yaml', 'content/people.yaml', 'content/groups/docs-sig/group.yaml'].map((file) => {
      const match = /^# yaml-language-server: \$schema=(\S+)$/m.exec(readFileSync(path.join(dir, file), 'utf8'));
      expect(match, file).not.toBeNull();
      // Resolved as the editor does, from the file's folder, once `npm install` has run in the wiki.
      return path.relative(dir, path.resolve(path.dirname(path.join(dir, file)), match![1]));
    });
    for (const schema of modelines) {
      expect(schema).toMatch(/^node_modules\/sigwiki\/schemas\/\w+\.schema\.json$/);
      const shipped = JSON.parse(readFileSync(path.join(installed.dir, schema), 'utf8')) as { $schema?: string };
      expect(shipped.$schema).toContain('json-schema.org');
    }
  });

  it('checks and builds a wiki that lives outside the package', () => {
    expect(sigwiki(['check']).status).toBe(0);
    const run = sigwiki(['build']);
    expect(run.stderr).toMatch(/Built _site\/: 3 groups, 5 meetings/);
    expect(run.status).toBe(0);
    const site = path.join(wikiDir, '_site');
    for (const page of ['index.html', 'groups/mirageos/2016-02-17/index.html', 'people/index.html', 'assets/style.css', 'pagefind/pagefind.js']) {
      expect(existsSync(path.join(site, page)), page).toBe(true);
    }
    expect(readFileSync(path.join(site, 'groups/mirageos/2016-02-17/index.html'), 'utf8')).toContain('MirageOS');
  });

  it('writes the next minutes and imports old ones', () => {
    const scaffold = sigwiki(['new', 'centos-virt', '--date', '2014-04-29']);
    expect(scaffold.status).toBe(0);
    expect(readFileSync(path.join(wikiDir, 'content/groups/centos-virt/2014-04-29.md'), 'utf8')).toMatch(/^---\ndate: 2014-04-29\n/);
    const imported = sigwiki(['import', '--dry-run', '--group', 'mirageos', '--date', '2016-02-18', path.join(ROOT, 'test/fixtures/import/mirageos-call-2016-02-17.md')]);
    expect(imported.status).toBe(0);
    expect(imported.stdout).toContain('date: 2016-02-18');
  });

  it('serves the wiki on localhost', async () => {
    const port = 20000 + Math.floor(Math.random() * 20000);
    const server: ChildProcess = spawn(installed.bin, ['serve', '--port', String(port)], { cwd: wikiDir, stdio: 'ignore' });
    try {
      const body = await poll(`http://127.0.0.1:${port}/groups/mirageos/`, 90);
      expect(body).toContain('<h1>MirageOS community call</h1>');
    } finally {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    }
  }, 120_000);
});

async function poll(url: string, seconds: number): Promise<string> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return await response.text();
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} was never served`);
}
