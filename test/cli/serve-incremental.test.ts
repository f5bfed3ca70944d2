// `sigwiki serve` as a real process: after an edit it writes the pages that show the change and leaves the others alone.
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { BIN, runCli } from '../helpers/run-cli.js';
import { tempWiki, type TempWiki } from '../helpers/temp-wiki.js';
import { poll } from '../helpers/poll.js';

let wiki: TempWiki | undefined;
let server: { child: ChildProcess; exited: Promise<unknown> } | undefined;
afterEach(async () => {
  if (server) {
    try {
      process.kill(-server.child.pid!, 'SIGKILL');
    } catch {
      // gone already
    }
    await server.exited;
  }
  server = undefined;
  wiki?.remove();
});

const MEETING = 'content/groups/mirageos/2016-02-17.md';
const TITLE = 'title: "Containers, 2.7 prep, Hackathon and Netmap"';

it('rewrites the edited meeting, its group, year and people pages, and no page of another group', async () => {
  wiki = tempWiki();
  const port = 20000 + Math.floor(Math.random() * 20000);
  const child = spawn(process.execPath, [BIN, 'serve', '--port', String(port)], {
    cwd: wiki.dir,
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, NO_COLOR: '1' },
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  server = { child, exited: new Promise((resolve) => child.once('exit', resolve)) };
  const site = `http://127.0.0.1:${port}`;
  await poll(`${site}/groups/mirageos/2016-02-17/`, (body) => body.includes('Containers, 2.7 prep'), 90);
  const search = await poll(`${site}/search/`, () => true, 10);
  expect(search).toContain('the search index is from the start of serve');

  // Pages that show nothing of the MirageOS call: another group's meeting, group and year, and a person of that group.
  const unrelated = ['groups/centos-virt/2014-04-11', 'groups/centos-virt', 'groups/centos-virt/2014', 'people/lars-kurth'];
  const written = (page: string) => statSync(path.join(wiki!.dir, '_site', page, 'index.html')).mtimeMs;
  const before = unrelated.map(written);
  const rename = (text: string) => text.replace(TITLE, 'title: "Renamed by the serve test"');
  wiki.edit(MEETING, rename);
  // An edit made while the file watcher is still starting up can go unseen: save it again now and then.
  const changed = (body: string) => body.includes('Renamed by the serve test');
  await poll(`${site}/groups/mirageos/2016-02-17/`, changed, 90, () => wiki!.edit(MEETING, (text) => text));
  for (const page of ['groups/mirageos', 'groups/mirageos/2016', 'people/amir', 'people/thomas-g']) {
    expect(await poll(`${site}/${page}/`, () => true, 10), page).toContain('Renamed by the serve test');
  }
  await poll(`${site}/groups/mirageos/feed.xml`, changed, 10);
  expect(unrelated.map(written)).toEqual(before);
  expect(stderr).toMatch(/rebuilt \d+ of \d+ pages and \d+ of \d+ feeds, calendars and exports; search index kept from the start of serve/);
}, 150_000);

/** Every file below `dir`, by path relative to it, but the search index and page (serve keeps the first). */
function siteFiles(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const relative = path.relative(dir, path.join(entry.parentPath, entry.name));
    if (/^pagefind/.test(relative) || relative === 'search/index.html') continue;
    files.set(relative, readFileSync(path.join(dir, relative), 'latin1'));
  }
  return files;
}

it('after edits that rename a meeting and close an action, the served site is what a full build writes', async () => {
  wiki = tempWiki();
  const port = 20000 + Math.floor(Math.random() * 20000);
  const env = { ...process.env, NO_COLOR: '1', SIGWIKI_TODAY: '2026-11-23' };
  const child = spawn(process.execPath, [BIN, 'serve', '--port', String(port)], { cwd: wiki.dir, detached: true, stdio: ['ignore', 'ignore', 'pipe'], env });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  server = { child, exited: new Promise((resolve) => child.once('exit', resolve)) };
  const site = `http://127.0.0.1:${port}`;
  await poll(`${site}/groups/mirageos/2016-02-17/`, (body) => body.includes('Containers, 2.7 prep'), 90);
  await poll(`${site}/search/`, () => true, 10);

  const edited = (text: string) => `${text.replace(TITLE, 'title: "Renamed by the serve test"')}\nA note added while serving.\n`;
  wiki.edit(MEETING, edited);
  const rebuilt = () => (stderr.match(/sigwiki serve: rebuilt /g) ?? []).length;
  await poll(`${site}/groups/mirageos/2016-02-17/`, (body) => body.includes('A note added while serving') && rebuilt() > 0, 90, () => wiki!.edit(MEETING, (text) => text));
  // A second save closes an open action of another group: the open-actions pages change too.
  const afterFirst = rebuilt();
  wiki.edit('content/groups/example-wg/2026-09-29.md', (text) => `${text}\nDONE ewg-20260901-3: a fallback bridge is booked\n`);
  await poll(`${site}/actions/`, (body) => !body.includes('ewg-20260901-3') && rebuilt() > afterFirst, 90, () => wiki!.edit('content/groups/example-wg/2026-09-29.md', (text) => text));
  const settled = rebuilt();

  const full = path.join(wiki.dir, 'full');
  const build = runCli(['build', '--output', full], { cwd: wiki.dir, today: '2026-11-23' });
  expect(build.status, build.stderr).toBe(0);
  // No rebuild ran while the site was read.
  const served = siteFiles(path.join(wiki.dir, '_site'));
  expect(rebuilt()).toBe(settled);
  const built = siteFiles(full);
  expect([...served.keys()].sort()).toEqual([...built.keys()].sort());
  const differ = [...built].filter(([file, text]) => served.get(file) !== text).map(([file]) => file);
  expect(differ).toEqual([]);
}, 240_000);
