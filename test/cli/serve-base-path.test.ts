// `sigwiki serve --base-path /minutes/` as a real process: the site is served under the path only.
import { spawn, type ChildProcess } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BIN, runCli } from '../helpers/run-cli.js';
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

/** Fetches `url` (not following redirects) until it answers 200, or gives up after `seconds`. */
async function until200(url: string, seconds: number): Promise<string> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { redirect: 'manual' });
      if (response.status === 200) return await response.text();
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} never answered 200`);
}

describe('sigwiki serve --base-path', () => {
  it('serves the site under the path, sends / there, and prints the address with the path', async () => {
    const port = 20000 + Math.floor(Math.random() * 20000);
    let output = '';
    server = spawn(process.execPath, [BIN, 'serve', '--port', String(port), '--base-path', 'minutes'], { cwd: wiki.dir, stdio: ['ignore', 'pipe', 'pipe'] });
    server.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    server.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const body = await until200(`http://127.0.0.1:${port}/minutes/groups/mirageos/`, 60);
    expect(body).toContain('<h1>MirageOS community call</h1>');
    expect(body).toContain('href="/minutes/assets/style.css"');
    expect((await fetch(`http://127.0.0.1:${port}/minutes/assets/style.css`)).status).toBe(200);
    const root = await fetch(`http://127.0.0.1:${port}/`, { redirect: 'manual' });
    expect([root.status, new URL(root.headers.get('location')!, `http://127.0.0.1:${port}/`).pathname]).toEqual([302, '/minutes/']);
    expect((await fetch(`http://127.0.0.1:${port}/groups/mirageos/`, { redirect: 'manual' })).status).toBe(404);
    expect(output).toContain(`http://localhost:${port}/minutes/`);
  }, 90_000);

  it('refuses a base path that is not a path, as wrong usage', () => {
    const run = runCli(['serve', '--base-path', '/a/../b/'], { cwd: wiki.dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('sigwiki serve: --base-path "/a/../b/" has a ".." segment');
  });
});
