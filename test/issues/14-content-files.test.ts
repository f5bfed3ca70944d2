// Issue 14, findings 1, 9 and 12: content is read only from regular files inside content/, at
// most 10 MB each; whatever is refused or ignored gets one diagnostic, never a stack trace.
import { chmodSync, mkdirSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadWiki } from '../../src/load/load-wiki.js';
import { loadPeople } from '../../src/load/people-only.js';
import { MAX_FILE_BYTES, readContentText } from '../../src/load/read-content-file.js';
import { readRepo } from '../../src/load/read-repo.js';
import { buildWiki } from '../../src/model/build-wiki.js';
import { runCli } from '../helpers/run-cli.js';
import { tempWiki, type TempWiki } from '../helpers/temp-wiki.js';

interface Json {
  file: string;
  line?: number;
  ruleId: string;
  severity: string;
  message: string;
  hint?: string;
}

let wiki: TempWiki;
beforeEach(() => {
  wiki = tempWiki();
});
afterEach(() => wiki.remove());

const at = (relative: string) => path.join(wiki.dir, relative);
const SECRET = 'CI-SECRET-TOKEN-0123456789';
const PEOPLE = 'content/people.yaml';
const GROUP = 'content/groups/mirageos/group.yaml';

/** `sigwiki check --format json`: its exit code, its messages, and whether stderr holds a stack trace. */
function check(...args: string[]) {
  const run = runCli(['check', '--no-cache', '--format', 'json', ...args], { cwd: wiki.dir });
  const messages = JSON.parse(run.stdout || '[]') as Json[];
  return {
    status: run.status,
    errors: messages.filter((message) => message.severity === 'error'),
    warnings: messages.filter((message) => message.severity === 'warning'),
    stackTrace: /^ {4}at /m.test(run.stderr),
    stdout: run.stdout,
  };
}

/** Puts a symbolic link to `target` where the file `relative` was. */
function link(relative: string, target: string) {
  rmSync(at(relative), { force: true });
  symlinkSync(target, at(relative));
}

describe('issue 14.1: symlinks are refused, for every kind of file', () => {
  it('a group.yaml linked to a file outside content/ is refused, and its text is published nowhere', async () => {
    const outside = at('secret.txt');
    writeFileSync(outside, `name: ${SECRET}\n`);
    link(GROUP, outside);
    const run = check();
    expect(run.status).toBe(1);
    expect(run.stackTrace).toBe(false);
    expect(run.errors).toEqual([expect.objectContaining({ file: GROUP, ruleId: 'file-symlink' })]);
    expect(run.stdout).not.toContain(SECRET);
    const { wiki: built } = await loadWiki({ contentDir: 'content', cwd: wiki.dir, cacheDir: false, render: false });
    expect(built.groups.map((group) => group.id)).not.toContain('mirageos');
    expect(JSON.stringify(built.groups.map((group) => group.name))).not.toContain(SECRET);
  });

  it('a people.yaml linked elsewhere is refused: no people, one error, no knock-on unknown people', async () => {
    const outside = at('secret.yaml');
    writeFileSync(outside, `- id: leak\n  name: ${SECRET}\n`);
    link(PEOPLE, outside);
    const run = check();
    expect(run.status).toBe(1);
    expect(run.errors).toEqual([expect.objectContaining({ file: PEOPLE, ruleId: 'file-symlink' })]);
    const { wiki: built } = await loadWiki({ contentDir: 'content', cwd: wiki.dir, cacheDir: false, render: false });
    expect(built.people).toEqual([]);
    const people = await loadPeople('content', wiki.dir);
    expect(people.messages.map((message) => message.ruleId)).toEqual(['file-symlink']);
  });

  it('a people.yaml linked to /dev/zero is refused without reading it', () => {
    link(PEOPLE, '/dev/zero');
    const run = check();
    expect(run.status).toBe(1);
    expect(run.stackTrace).toBe(false);
    expect(run.errors).toEqual([expect.objectContaining({ file: PEOPLE, ruleId: 'file-symlink' })]);
  });

  it('a link to a 3 GB sparse file is refused, and so is a 3 GB sparse people.yaml itself', () => {
    const big = at('big.yaml');
    writeFileSync(big, '');
    truncateSync(big, 3 * 1024 ** 3);
    link(PEOPLE, big);
    const linked = check();
    expect(linked.stackTrace).toBe(false);
    expect(linked.errors).toEqual([expect.objectContaining({ file: PEOPLE, ruleId: 'file-symlink' })]);

    rmSync(at(PEOPLE));
    writeFileSync(at(PEOPLE), '');
    truncateSync(at(PEOPLE), 3 * 1024 ** 3);
    const sparse = check();
    expect(sparse.status).toBe(1);
    expect(sparse.stackTrace).toBe(false);
    expect(sparse.errors).toEqual([expect.objectContaining({ file: PEOPLE, ruleId: 'file-too-large', message: expect.stringContaining('10 MB') })]);
  });

  it('a minutes file, a group folder and the groups folder itself are refused when they are links', () => {
    link('content/groups/mirageos/2016-03-02.md', at('content/groups/mirageos/2016-02-17.md'));
    symlinkSync(at('content/groups/mirageos'), at('content/groups/mirror'));
    const run = check();
    expect(run.status).toBe(1);
    expect(run.errors).toEqual([
      expect.objectContaining({ file: 'content/groups/mirageos/2016-03-02.md', ruleId: 'file-symlink' }),
      expect.objectContaining({ file: 'content/groups/mirror', ruleId: 'file-symlink' }),
    ]);

    const groups = at('content/groups');
    rmSync(groups, { recursive: true });
    mkdirSync(at('elsewhere'));
    symlinkSync(at('elsewhere'), groups);
    expect(check().errors).toEqual([expect.objectContaining({ file: 'content/groups', ruleId: 'file-symlink' })]);
  });
});

describe('issue 14.9: I/O errors on people.yaml and group.yaml are diagnostics', () => {
  it('a folder named people.yaml or group.yaml (EISDIR)', () => {
    rmSync(at(PEOPLE));
    mkdirSync(at(PEOPLE));
    rmSync(at(GROUP));
    mkdirSync(at(GROUP));
    const run = check();
    expect(run.status).toBe(1);
    expect(run.stackTrace).toBe(false);
    // One error each: no "unknown person" for every name, no "group folder has no group.yaml".
    expect(run.errors).toEqual([
      expect.objectContaining({ file: PEOPLE, ruleId: 'file-not-regular', message: `${PEOPLE} is a folder, not a file` }),
      expect.objectContaining({ file: GROUP, ruleId: 'file-not-regular' }),
    ]);
  });

  it('a symlink loop (ELOOP)', () => {
    link(PEOPLE, at(PEOPLE));
    const run = check();
    expect(run.stackTrace).toBe(false);
    expect(run.errors).toEqual([expect.objectContaining({ file: PEOPLE, ruleId: 'file-symlink' })]);
  });

  // root reads any file whatever its mode, so there is no EACCES to see as root.
  it.skipIf(process.geteuid?.() === 0)('an unreadable people.yaml (EACCES)', () => {
    chmodSync(at(PEOPLE), 0o000);
    const run = check();
    expect(run.stackTrace).toBe(false);
    expect(run.errors).toEqual([expect.objectContaining({ file: PEOPLE, ruleId: 'file-read', message: `${PEOPLE} is not readable` })]);
  });

  it('a device is refused through its open descriptor too, should it replace a file after listing', () => {
    // /dev/zero says its size is 0 and never ends: it must never be read.
    expect(() => readContentText('/dev/zero', 'zero')).toThrow(/not a regular file/);
    expect(MAX_FILE_BYTES).toBe(10 * 1024 * 1024);
  });

  it('a file that turns into a folder between listing and reading reads as refused, not as a crash', async () => {
    const files = await readRepo('content', wiki.dir, { history: false });
    rmSync(at(PEOPLE));
    mkdirSync(at(PEOPLE));
    expect(files.peopleFile!.text).toBe('');
    expect(files.unreadable).toContain(PEOPLE);
    const { messages } = buildWiki(files, { asOf: '2026-11-23', render: false });
    expect(messages.filter((message) => message.severity === 'error')).toEqual([
      expect.objectContaining({ file: PEOPLE, ruleId: 'file-not-regular' }),
    ]);
  });
});

describe('issue 14.12: entries sigwiki does not read get a warning saying what is expected', () => {
  it('a folder named like minutes, a plain file in groups/ and a .markdown minutes file', () => {
    mkdirSync(at('content/groups/mirageos/2016-03-02.md'));
    wiki.write('content/groups/notes.txt', 'notes\n');
    wiki.write('content/groups/mirageos/2016-03-16.markdown', '---\ndate: 2016-03-16\n---\n');
    // Hidden files and READMEs stay silent.
    wiki.write('content/groups/.gitkeep', '');
    wiki.write('content/groups/mirageos/README.md', '# About\n');
    const run = check();
    expect(run.status).toBe(0);
    const ignored = run.warnings.filter((message) => message.ruleId === 'file-ignored');
    expect(ignored).toEqual([
      expect.objectContaining({ file: 'content/groups/mirageos/2016-03-02.md', message: expect.stringContaining('is a folder') }),
      expect.objectContaining({ file: 'content/groups/mirageos/2016-03-16.markdown', hint: 'rename it to 2016-03-16.md' }),
      expect.objectContaining({ file: 'content/groups/notes.txt', message: expect.stringContaining('not a group folder') }),
    ]);
  });
});
