// `sigwiki serve` as a real process: serves the wiki and rebuilds when a content file changes.
import { spawn, type ChildProcess } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BIN } from '../helpers/run-cli.js';
import { tempWiki, type TempWiki } from '../helpers/temp-wiki.js';

let wiki: TempWiki;
let server: ChildProcess | undefined;
beforeEach(() => {
  wiki = tempWiki();
});
afterEach(async () => {
  // Wait for the server to exit: it may still be writing _site while the folder is removed.
  if (server && server.exitCode === null && server.signalCode === null) {
    const exited = new Promise((resolve) => server!.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
  wiki.remove();
});

/**
 * Fetches `url` until `accept` likes the body, or gives up after `seconds`. `nudge`, if given,
 * runs every few seconds meanwhile.
 */
async function poll(url: string, accept: (body: string) => boolean, seconds: number, nudge?: () => void): Promise<string> {
  const deadline = Date.now() + seconds * 1000;
  let last = '';
  for (let round = 0; Date.now() < deadline; round++) {
    if (nudge && round % 12 === 11) nudge();
    try {
      const response = await fetch(url);
      last = await response.text();
      if (response.ok && accept(last)) return last;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} never matched; last body starts: ${last.slice(0, 200)}`);
}

describe('sigwiki serve', () => {
  it('serves the wiki on localhost and rebuilds after an edit', async () => {
    const port = 20000 + Math.floor(Math.random() * 20000);
    server = spawn(process.execPath, [BIN, 'serve', '--port', String(port)], { cwd: wiki.dir, stdio: 'ignore' });
    const url = `http://127.0.0.1:${port}/groups/mirageos/`;
    await poll(url, (body) => body.includes('<h1>MirageOS community call</h1>'), 60);
    const file = 'content/groups/mirageos/2016-02-17.md';
    wiki.edit(file, (text) => text.replace('title: "Containers, 2.7 prep, Hackathon and Netmap"', 'title: "Renamed by the test"'));
    // An edit made while the file watcher is still starting up can go unseen: write it again
    // every few seconds until the page changes (it never will if rebuilding is broken).
    const body = await poll(url, (text) => text.includes('Renamed by the test'), 90, () => wiki.edit(file, (text) => text));
    expect(body).toContain('Renamed by the test');
  }, 150_000);
});
