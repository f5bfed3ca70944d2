// Unchanged files are known by their stat and not read; any write, even one that puts the
// modification time back, makes a file read and hashed again; files changed just before a run
// are not trusted on the next.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { parseContent } from '../../src/load/parse-content.js';
import { readRepo } from '../../src/load/read-repo.js';
import { StatIndex } from '../../src/load/stat-index.js';
import { GROUP, PEOPLE, SITE } from '../helpers/content.js';

let dir: string;
let cacheDir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'sigwiki-stat-'));
  cacheDir = path.join(dir, 'cache');
  const files: Record<string, string> = { 'content/sigwiki.yaml': SITE, 'content/people.yaml': PEOPLE, 'content/groups/virt/group.yaml': GROUP };
  for (const day of [1, 2, 3]) files[`content/groups/virt/2014-04-0${day}.md`] = `---\ndate: 2014-04-0${day}\n---\nACTION LK: item ${day}\n`;
  for (const [relative, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, relative)), { recursive: true });
    writeFileSync(path.join(dir, relative), text);
  }
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** One check-like run over the folder; with no margin, a file written before the run is trusted after it. */
const run = async (statMarginMs = 0) => parseContent(await readRepo('content', dir), { render: false, cacheDir, workers: 0, statMarginMs });
/**
 * Runs until every file is trusted: a file written in the very millisecond a run looked is not
 * trusted by the next (the clock cannot tell it from a later write), only by the one after.
 */
const settle = async () => {
  expect((await run()).hashed).toBe(6);
  await run();
};

test('a later run reads no file; an edited one is read, hashed and parsed again', async () => {
  await settle();
  const second = await run();
  expect([second.hashed, second.cached, second.parsed]).toEqual([0, 6, 0]);

  const file = path.join(dir, 'content/groups/virt/2014-04-02.md');
  writeFileSync(file, readFileSync(file, 'utf8').replace('item 2', 'item 9'));
  const third = await run();
  expect([third.hashed, third.parsed]).toEqual([1, 1]);
  expect(third.records.minutes.get('content/groups/virt/2014-04-02.md')!.body.actions[0]!.listed!.text).toBe('item 9');
});

test('a write that keeps the size and sets the modification time back is still seen', async () => {
  await settle();
  const file = path.join(dir, 'content/groups/virt/2014-04-03.md');
  const before = statSync(file);
  writeFileSync(file, readFileSync(file, 'utf8').replace('item 3', 'item 7'));
  utimesSync(file, before.atime, before.mtime);
  expect(statSync(file).size).toBe(before.size);
  const again = await run();
  expect([again.hashed, again.parsed]).toEqual([1, 1]);
  expect(again.records.minutes.get('content/groups/virt/2014-04-03.md')!.body.actions[0]!.listed!.text).toBe('item 7');
});

test('a recorded key is given back only for the very same size, times and inode, and only past the margin', () => {
  const index = new StatIndex(path.join(dir, 'no-index-yet'), 1000);
  const stat = { size: 10, mtimeMs: 5000.25, ctimeMs: 5000.25, ino: 7, seenAt: 9000 };
  index.record('a.md', stat, 'key-a');
  index.record('b.md', { ...stat, ctimeMs: 8500 }, 'key-b');
  index.save();
  const later = new StatIndex(path.join(dir, 'no-index-yet'), 1000);
  expect(later.keyOf('a.md', { ...stat, seenAt: 20_000 })).toBe('key-a');
  for (const change of [{ size: 11 }, { mtimeMs: 5000.26 }, { ctimeMs: 6000 }, { ino: 8 }]) {
    expect(later.keyOf('a.md', { ...stat, ...change, seenAt: 20_000 })).toBeUndefined();
  }
  // b.md changed 500 ms before the run that recorded it looked: inside the margin.
  expect(later.keyOf('b.md', { ...stat, ctimeMs: 8500, seenAt: 20_000 })).toBeUndefined();
  expect(later.keyOf('c.md', { ...stat, seenAt: 20_000 })).toBeUndefined();
});

test('files that changed within the margin before a run are hashed again on the next', async () => {
  await run(60_000);
  // Every file was written moments ago, well within a minute of the run that saw them.
  expect((await run(60_000)).hashed).toBe(6);
});

test('a removed file drops out of the index and the cache, and comes back hashed and parsed', async () => {
  await settle();
  const file = path.join(dir, 'content/groups/virt/2014-04-01.md');
  const text = readFileSync(file, 'utf8');
  unlinkSync(file);
  expect((await run()).hashed).toBe(0);
  writeFileSync(file, text);
  const back = await run();
  expect([back.hashed, back.cached, back.parsed]).toEqual([1, 5, 1]);
});
