// `sigwiki init` as a real process: writes a wiki that checks and builds, never overwrites, asks nothing in scripts.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { askMissing } from '../../src/cli/init.js';
import { runCli } from '../helpers/run-cli.js';

const WRITTEN = [
  'package.json',
  'README.md',
  '.gitignore',
  '.vscode/settings.json',
  '.vscode/extensions.json',
  'content/sigwiki.yaml',
  'content/people.yaml',
  'content/groups/docs-sig/group.yaml',
  'content/groups/docs-sig/2026-11-23.md',
  '.github/workflows/check.yml',
  '.github/workflows/pages.yml',
  '.github/workflows/next-minutes.yml',
];

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'sigwiki-init-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true, maxRetries: 3 }));

const read = (file: string) => readFileSync(path.join(dir, file), 'utf8');

describe('sigwiki init', () => {
  it('writes a wiki that passes check --strict and builds', () => {
    const run = runCli(['init', 'my-minutes', '--title', 'Docs SIG', '--time-zone', 'Europe/Berlin'], { cwd: dir, input: '' });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe(WRITTEN.map((file) => `my-minutes/${file}\n`).join(''));
    expect(run.stderr).toContain('cd my-minutes && npm install && npm start');
    expect(run.stderr).not.toContain('outside this wiki');
    expect(parse(read('my-minutes/content/sigwiki.yaml'))).toEqual({ title: 'Docs SIG', timeZone: 'Europe/Berlin' });
    // Run from this checkout, sigwiki is not installed from anywhere: the registry version.
    expect(JSON.parse(read('my-minutes/package.json')).dependencies).toEqual({ sigwiki: `^${JSON.parse(readFileSync('package.json', 'utf8')).version}` });

    const check = runCli(['check', '--strict', '--content', 'my-minutes/content'], { cwd: dir });
    expect(check.stderr).toContain('✔ no problems');
    expect(check.status).toBe(0);
    const build = runCli(['build', '--content', 'my-minutes/content', '--output', 'my-minutes/_site'], { cwd: dir });
    expect(build.status, build.stderr).toBe(0);
    expect(read('my-minutes/_site/groups/docs-sig/index.html')).toContain('Docs SIG');
    expect(read('my-minutes/_site/groups/docs-sig/2026-11-23/index.html')).toContain('docs-sig-20261123-1');
  });

  it('writes into the current folder by default, taking the options given', () => {
    const run = runCli(
      ['init', '--title', 'Infra', '--url', 'https://example.org/minutes/', '--time-zone', 'UTC', '--group', 'infra-wg', '--group-name', 'Infrastructure WG', '--sigwiki-spec', 'file:../sigwiki-0.1.0.tgz'],
      { cwd: dir, input: '' },
    );
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.split('\n')).toContain('content/groups/infra-wg/2026-11-23.md');
    expect(parse(read('content/sigwiki.yaml'))).toEqual({ title: 'Infra', url: 'https://example.org/minutes/', timeZone: 'UTC' });
    expect(parse(read('content/groups/infra-wg/group.yaml'))).toMatchObject({ name: 'Infrastructure WG', timeZone: 'UTC' });
    expect(JSON.parse(read('package.json')).dependencies).toEqual({ sigwiki: 'file:../sigwiki-0.1.0.tgz' });
    expect(run.stderr).toContain('depends on sigwiki as file:../sigwiki-0.1.0.tgz, outside this wiki');
  });

  it('asks nothing when stdin is not a terminal, and takes the defaults', () => {
    const run = runCli(['init', 'wiki'], { cwd: dir, input: 'Should not be read\n' });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout + run.stderr).not.toContain('[');
    const site = parse(read('wiki/content/sigwiki.yaml'));
    expect(site).toEqual({ title: 'Meeting minutes', timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC' });
    expect(parse(read('wiki/content/groups/working-group/group.yaml')).name).toBe('Working group');
  });

  it('refuses to overwrite a file (exit 3), naming it and writing nothing', () => {
    mkdirSync(path.join(dir, 'my-minutes'));
    writeFileSync(path.join(dir, 'my-minutes/README.md'), 'Ours.\n');
    const run = runCli(['init', 'my-minutes', '--title', 'Docs SIG', '--time-zone', 'Europe/Berlin'], { cwd: dir, input: '' });
    expect(run.status).toBe(3);
    expect(run.stderr).toContain('my-minutes/README.md already exists; sigwiki init never overwrites a file, and wrote nothing');
    expect(run.stdout).toBe('');
    expect(readdirSync(path.join(dir, 'my-minutes'))).toEqual(['README.md']);
    expect(read('my-minutes/README.md')).toBe('Ours.\n');
  });

  it('refuses an existing content file too, deep in the tree', () => {
    mkdirSync(path.join(dir, 'content/groups/docs-sig'), { recursive: true });
    writeFileSync(path.join(dir, 'content/groups/docs-sig/group.yaml'), 'name: Ours\n');
    const run = runCli(['init', '--title', 'Docs SIG', '--time-zone', 'UTC'], { cwd: dir, input: '' });
    expect(run.status).toBe(3);
    expect(run.stderr).toContain('content/groups/docs-sig/group.yaml already exists');
    expect(existsSync(path.join(dir, 'package.json'))).toBe(false);
  });

  it('exits 2 for an unknown time zone, with a suggestion, and for two folders', () => {
    const zone = runCli(['init', 'x', '--time-zone', 'Europe/Berln'], { cwd: dir, input: '' });
    expect(zone.status).toBe(2);
    expect(zone.stderr).toContain('did you mean "Europe/Berlin"?');
    expect(existsSync(path.join(dir, 'x'))).toBe(false);
    expect(runCli(['init', 'a', 'b'], { cwd: dir, input: '' }).status).toBe(2);
  });

  it('is listed in sigwiki --help', () => {
    expect(runCli(['--help']).stdout).toMatch(/^ {2}init {5}write a new wiki repository/m);
  });
});

describe('askMissing', () => {
  it('asks at a terminal for the title and zone not given; an empty answer takes the default', async () => {
    const stdin = Object.assign(new PassThrough(), { isTTY: true });
    const stderr = new PassThrough();
    const answers = ['Docs SIG', ''];
    let prompts = '';
    // Answer each prompt once it is shown, as a person would.
    stderr.on('data', (chunk: Buffer) => {
      prompts += chunk.toString();
      if (chunk.toString().endsWith(']: ')) stdin.write(`${answers.shift()}\n`);
    });
    const io = { stdin, stderr, stdout: new PassThrough(), cwd: dir };
    const asked = await askMissing(io, { title: undefined, timeZone: undefined });
    expect(asked).toEqual({ title: 'Docs SIG', timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC' });
    expect(prompts).toContain('Title of the wiki [Meeting minutes]: ');
    expect(prompts).toContain('Time zone of your meetings [');
  });

  it('asks only for what the options leave out', async () => {
    const stdin = Object.assign(new PassThrough(), { isTTY: true });
    const stderr = new PassThrough();
    stderr.on('data', (chunk: Buffer) => {
      if (chunk.toString().endsWith(']: ')) stdin.write('Asia/Tokyo\n');
    });
    const asked = await askMissing({ stdin, stderr, stdout: new PassThrough(), cwd: dir }, { title: 'Given', timeZone: undefined });
    expect(asked).toEqual({ timeZone: 'Asia/Tokyo' });
  });
});
