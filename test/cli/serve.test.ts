// `sigwiki serve` as a real process: serves the wiki, rebuilds on edits, reports content errors once, and stops cleanly.
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { networkInterfaces } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BIN } from '../helpers/run-cli.js';
import { tempWiki, type TempWiki } from '../helpers/temp-wiki.js';
import { poll } from '../helpers/poll.js';

interface Server {
  process: ChildProcess;
  /** Everything written so far. */
  stdout(): string;
  stderr(): string;
  /** Resolves with the exit code (null when ended by a signal). */
  exited: Promise<number | null>;
}

let wiki: TempWiki;
const started: Server[] = [];
beforeEach(() => {
  wiki = tempWiki();
});
afterEach(async () => {
  // Wait for each server to exit: it may still be writing _site while the folder is removed.
  // Whatever a failed test left in its process group goes too.
  for (const server of started.splice(0)) {
    killGroup(server.process.pid!, 'SIGKILL');
    await server.exited;
  }
  wiki.remove();
});

/**
 * Starts `command` in the wiki folder as the leader of a new process group (`detached`), so every
 * process it starts, down to pagefind, can be found by its group afterwards.
 */
function start(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Server {
  const child = spawn(command, args, { cwd: wiki.dir, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1', ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const server = { process: child, stdout: () => stdout, stderr: () => stderr, exited };
  started.push(server);
  return server;
}

function startServe(port: number, env: NodeJS.ProcessEnv = {}, args: string[] = []): Server {
  return start(process.execPath, [BIN, 'serve', '--port', String(port), ...args], env);
}

function randomPort(): number {
  return 20000 + Math.floor(Math.random() * 20000);
}

/** The live processes of process group `group`, from /proc (Linux). */
function processesInGroup(group: number): number[] {
  const found: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the command name, which is in parentheses and may hold spaces: state, ppid, pgrp.
      const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(pgrp) === group && state !== 'Z') found.push(Number(name));
    } catch {
      // exited while being read
    }
  }
  return found;
}

function killGroup(group: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-group, signal);
  } catch {
    // already gone
  }
}

/** Whether something accepts connections on `host`:`port`. */
function listening(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Waits until `check` holds, or fails after `seconds` naming `what`. */
async function until(what: string, check: () => boolean | Promise<boolean>, seconds: number): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`timed out after ${seconds} s waiting for: ${what}`);
}

/**
 * Sends `GET <target>` as written (no client-side normalising) and resolves with the status
 * line's code and the body, or with 0 when the connection ended without an answer.
 */
function rawGet(port: number, target: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port }, () => {
      socket.write(`GET ${target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`);
    });
    let answer = '';
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString('latin1')));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      const status = /^HTTP\/1\.1 (\d{3})/.exec(answer);
      resolve({ status: status ? Number(status[1]) : 0, body: answer.slice(answer.indexOf('\r\n\r\n') + 4) });
    });
  });
}

/** An IPv4 address of this machine other than loopback, if it has one. */
function outsideAddress(): string | undefined {
  return Object.values(networkInterfaces())
    .flat()
    .find((info) => info && info.family === 'IPv4' && !info.internal)?.address;
}

function count(text: string, part: string): number {
  return text.split(part).length - 1;
}

const MEETING = 'content/groups/mirageos/2016-02-17.md';
const TITLE = 'title: "Containers, 2.7 prep, Hackathon and Netmap"';
/** A stack frame as Node prints it, with or without Eleventy's `[11ty]` prefix. */
const STACK_FRAME = /^(\[11ty\])?\s+at .+:\d+:\d+\)?$/m;

describe('sigwiki serve', () => {
  it('serves the wiki on localhost and rebuilds after an edit', async () => {
    const port = randomPort();
    startServe(port);
    const url = `http://127.0.0.1:${port}/groups/mirageos/`;
    await poll(url, (body) => body.includes('<h1>MirageOS community call</h1>'), 60);
    wiki.edit(MEETING, (text) => text.replace(TITLE, 'title: "Renamed by the test"'));
    // An edit made while the file watcher is still starting up can go unseen: write it again
    // every few seconds until the page changes (it never will if rebuilding is broken).
    const body = await poll(url, (text) => text.includes('Renamed by the test'), 90, () => wiki.edit(MEETING, (text) => text));
    expect(body).toContain('Renamed by the test');
  }, 150_000);

  it('prints a content error from an edit once, without a stack trace, keeps the last good site and recovers', async () => {
    const port = randomPort();
    const server = startServe(port);
    const page = `http://127.0.0.1:${port}/groups/mirageos/2016-02-17/`;
    await poll(page, (body) => body.includes('Containers, 2.7 prep'), 60);
    const before = server.stderr().length;
    const broken = (text: string) => text.replace('date: 2016-02-17', 'date: 2016-02-31');
    wiki.edit(MEETING, broken);
    let nudges = 0;
    await until(
      'the report of the broken edit',
      () => {
        if (server.stderr().includes('The last good site is still served')) return true;
        // As above, an early edit can go unseen: save it again now and then.
        if (++nudges % 50 === 0) wiki.edit(MEETING, (text) => text);
        return false;
      },
      60,
    );
    // Let Eleventy finish logging the failed rebuild.
    await until('the failed rebuild to finish', () => server.stdout().includes('Wrote 0 files'), 30);
    const report = server.stderr().slice(before);
    // One report per rebuild: each diagnostic, and the file it is in, once with it.
    const rebuilds = count(report, 'The last good site is still served');
    expect(count(report, '2:7    error    `date`: not a YYYY-MM-DD calendar day  date-invalid')).toBe(rebuilds);
    expect(count(report, MEETING)).toBe(rebuilds);
    expect(report).not.toMatch(STACK_FRAME);
    expect(server.stderr()).not.toMatch(STACK_FRAME);
    // The page built before the error is still there.
    expect(await (await fetch(page)).text()).toContain('Containers, 2.7 prep');

    wiki.edit(MEETING, (text) => text.replace('date: 2016-02-31', 'date: 2016-02-17').replace(TITLE, 'title: "Fixed by the test"'));
    const body = await poll(page, (text) => text.includes('Fixed by the test'), 90, () => wiki.edit(MEETING, (text) => text));
    expect(body).toContain('Fixed by the test');
  }, 200_000);

  it('prints content errors at the start once, serves nothing, and starts serving once a save fixes them (issue 14: 17)', async () => {
    wiki.edit(MEETING, (text) => text.replace('date: 2016-02-17', 'date: 2016-02-31'));
    const port = randomPort();
    const server = startServe(port);
    await until('the report of the errors', () => server.stderr().includes('Nothing is served yet'), 60);
    expect(count(server.stderr(), 'date-invalid')).toBe(1);
    expect(server.stderr()).not.toMatch(STACK_FRAME);
    expect(server.process.exitCode).toBeNull();
    expect(await listening(port)).toBe(false);
    expect(existsSync(path.join(wiki.dir, '_site'))).toBe(false);

    wiki.edit(MEETING, (text) => text.replace('date: 2016-02-31', 'date: 2016-02-17').replace(TITLE, 'title: "Fixed while waiting"'));
    const body = await poll(`http://127.0.0.1:${port}/groups/mirageos/2016-02-17/`, (text) => text.includes('Fixed while waiting'), 90);
    expect(body).toContain('Fixed while waiting');
    expect(server.stderr()).not.toMatch(STACK_FRAME);
  }, 150_000);

  it('stops with exit code 0 while it waits for content errors to be fixed', async () => {
    wiki.edit(MEETING, (text) => text.replace('date: 2016-02-17', 'date: 2016-02-31'));
    const server = startServe(randomPort());
    await until('the report of the errors', () => server.stderr().includes('Nothing is served yet'), 60);
    server.process.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(server.stderr()).toContain('stopped (SIGTERM)');
  }, 60_000);

  it('listens on 127.0.0.1 only, unless --host says otherwise (issue 14: 17)', async (context) => {
    const outside = outsideAddress();
    if (!outside) {
      context.skip('this machine has no network address other than loopback to try');
      return;
    }
    const port = randomPort();
    startServe(port);
    await poll(`http://127.0.0.1:${port}/`, (body) => body.includes('</html>'), 60);
    expect(await listening(port, outside)).toBe(false);

    const open = randomPort();
    startServe(open, {}, ['--host', '0.0.0.0']);
    await poll(`http://127.0.0.1:${open}/`, (body) => body.includes('</html>'), 60);
    expect(await listening(open, outside)).toBe(true);
  }, 150_000);

  it('survives hostile request paths and never serves a file outside the site (issue 14: 17)', async () => {
    const port = randomPort();
    const server = startServe(port);
    await poll(`http://127.0.0.1:${port}/`, (body) => body.includes('</html>'), 60);
    const targets = [
      '/..%2f..%2fetc%2fpasswd',
      '/..%2F..%2F..%2F..%2Fetc%2Fpasswd',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/..\\..\\etc\\passwd',
      '/../../etc/passwd',
      '/%E0%A4%A',
      '/%',
      '/%00',
      '/assets/..%2f..%2f..%2fpackage.json',
      `/${'a/'.repeat(2000)}`,
      'http://evil.example/..%2f..%2fetc%2fpasswd',
      '*',
    ];
    for (const target of targets) {
      const answer = await rawGet(port, target);
      expect([400, 404], `GET ${target} answered ${answer.status}`).toContain(answer.status);
      expect(answer.body).not.toContain('root:');
    }
    // Still alive and serving.
    expect(server.process.exitCode).toBeNull();
    expect((await rawGet(port, '/groups/mirageos/')).status).toBe(200);
    expect(server.stderr()).not.toContain('Node.js v');
  }, 120_000);

  it('ends with one clear error and exit code 1, leaving no half-written _site, when the first build fails', async () => {
    // pagefind failing stands for anything that breaks the build after Eleventy wrote some pages.
    const fake = path.join(wiki.dir, 'broken-pagefind.sh');
    writeFileSync(fake, '#!/bin/sh\necho "broken on purpose" >&2\nexit 3\n');
    chmodSync(fake, 0o755);
    const server = startServe(randomPort(), { PAGEFIND_BINARY_PATH: fake, PAGEFIND_EXTENDED_BINARY_PATH: '' });
    expect(await server.exited).toBe(1);
    expect(server.stderr()).toContain('sigwiki serve: the site could not be built: pagefind could not index ./_site/: broken on purpose');
    // Not an uncaught exception, after which Node names its version.
    expect(server.stderr()).not.toContain('Node.js v');
    expect(existsSync(path.join(wiki.dir, '_site'))).toBe(false);
  }, 60_000);

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`stops on ${signal}: exits 0, frees the port and leaves no process behind`, async () => {
      const port = randomPort();
      const server = startServe(port);
      await poll(`http://127.0.0.1:${port}/`, (body) => body.includes('</html>'), 60);
      const group = server.process.pid!;
      // Only serve itself gets the signal (as from `kill`), not its whole group (as from Ctrl-C).
      server.process.kill(signal);
      expect(await server.exited).toBe(0);
      expect(server.stderr()).toContain(`stopped (${signal})`);
      expect(await listening(port)).toBe(false);
      await until('no process left in the group', () => processesInGroup(group).length === 0, 10);
    }, 120_000);
  }

  it('ends pagefind when stopped while it indexes', async () => {
    // A stand-in for pagefind's binary (pagefind honours PAGEFIND_BINARY_PATH) that notes its
    // process id and then waits far longer than the test.
    const marker = path.join(wiki.dir, 'pagefind.pid');
    const fake = path.join(wiki.dir, 'slow-pagefind.sh');
    writeFileSync(fake, `#!/bin/sh\necho $$ > '${marker}'\nexec sleep 600\n`);
    chmodSync(fake, 0o755);
    const server = startServe(randomPort(), { PAGEFIND_BINARY_PATH: fake, PAGEFIND_EXTENDED_BINARY_PATH: '' });
    await until('pagefind to start', () => existsSync(marker) && readFileSync(marker, 'utf8').trim() !== '', 60);
    const pagefind = Number(readFileSync(marker, 'utf8'));
    expect(processesInGroup(server.process.pid!)).toContain(pagefind);
    server.process.kill('SIGTERM');
    await server.exited;
    expect(await server.exited).toBe(0);
    await until('pagefind to end', () => !processesInGroup(server.process.pid!).includes(pagefind), 10);
    expect(processesInGroup(server.process.pid!)).toEqual([]);
    // The build that pagefind's end broke says nothing about it.
    expect(server.stderr()).not.toMatch(STACK_FRAME);
  }, 120_000);

  it('stops when `npm start` running it gets SIGTERM', async () => {
    const port = randomPort();
    wiki.write('package.json', JSON.stringify({ name: 'wiki', private: true, scripts: { start: `node ${JSON.stringify(BIN)} serve --port ${port}` } }));
    const npm = start('npm', ['start']);
    await poll(`http://127.0.0.1:${port}/`, (body) => body.includes('</html>'), 90);
    // npm passes SIGTERM to the script's shell only, which dies without passing it on.
    npm.process.kill('SIGTERM');
    await npm.exited;
    await until('the port to be free', async () => !(await listening(port)), 30);
    await until('no process left in the group', () => processesInGroup(npm.process.pid!).length === 0, 30);
  }, 150_000);
});
