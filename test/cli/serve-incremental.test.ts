// `sigwiki serve` as a real process: after an edit it writes the pages that show the change and leaves the others alone.
import { spawn, type ChildProcess } from 'node:child_process';
import { statSync } from 'node:fs';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { BIN } from '../helpers/run-cli.js';
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
