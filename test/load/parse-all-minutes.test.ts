// The minutes cache: reuse unchanged files, reparse changed ones, forget removed ones, survive
// damage; and worker threads (the compiled code, as the CLI runs it) give the same records.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { ContentFiles } from '../../src/model/content-files.js';
import { parseAllMinutes } from '../../src/load/parse-all-minutes.js';
import { parseMinutes } from '../../src/model/parse-minutes.js';
import { contentFiles, GROUP, PEOPLE, SITE } from '../helpers/content.js';

let cacheDir: string;
beforeEach(() => {
  cacheDir = mkdtempSync(path.join(tmpdir(), 'sigwiki-cache-test-'));
});
afterEach(() => rmSync(cacheDir, { recursive: true, force: true }));

function minutes(day: number, extra = ''): string {
  const date = `2014-04-${String(day).padStart(2, '0')}`;
  return `---\ndate: ${date}\nattendees: [LK, GD, Nobody]\n---\n# Notes\n\n- ACTION LK: item for ${date}\n\nSome <b>raw</b> text.${extra}\n`;
}

function wiki(days: number[], changed?: number): ContentFiles {
  const files: Record<string, string> = { 'content/sigwiki.yaml': SITE, 'content/people.yaml': PEOPLE, 'content/groups/virt/group.yaml': GROUP };
  for (const day of days) files[`content/groups/virt/2014-04-${String(day).padStart(2, '0')}.md`] = minutes(day, day === changed ? '\n\nA late note.' : '');
  return contentFiles(files);
}

const all = (files: ContentFiles) => files.groups.flatMap((group) => group.minutes);

test('a second run reuses every record; a changed file is parsed again, and only it', async () => {
  const first = await parseAllMinutes(wiki([1, 2, 3]), { render: true, cacheDir });
  expect([first.cached, first.parsed]).toEqual([0, 3]);
  const second = await parseAllMinutes(wiki([1, 2, 3]), { render: true, cacheDir });
  expect([second.cached, second.parsed]).toEqual([3, 0]);
  expect(second.records).toEqual(first.records);

  const edited = wiki([1, 2, 3], 2);
  const third = await parseAllMinutes(edited, { render: true, cacheDir });
  expect([third.cached, third.parsed]).toEqual([2, 1]);
  const file = all(edited).find((candidate) => candidate.path.endsWith('2014-04-02.md'))!;
  expect(third.records.get(file.path)).toEqual(parseMinutes(file, { render: true }));
  expect(third.records.get(file.path)!.body.html).toContain('A late note.');
});

test('records of files that are gone are dropped from the cache', async () => {
  await parseAllMinutes(wiki([1, 2, 3]), { render: false, cacheDir });
  await parseAllMinutes(wiki([1]), { render: false, cacheDir });
  expect(recordFiles()).toHaveLength(1);
  const again = await parseAllMinutes(wiki([1, 2]), { render: false, cacheDir });
  expect([again.cached, again.parsed]).toEqual([1, 1]);
});

test('checked and rendered records are kept apart', async () => {
  await parseAllMinutes(wiki([1]), { render: false, cacheDir });
  const rendered = await parseAllMinutes(wiki([1]), { render: true, cacheDir });
  expect(rendered.parsed).toBe(1);
  expect([...rendered.records.values()][0]!.body.html).toContain('<h1');
});

const recordFiles = () => readdirSync(cacheDir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.json')).sort();

test('one file per record; a damaged one is parsed again and rewritten', async () => {
  await parseAllMinutes(wiki([1, 2]), { render: false, cacheDir });
  const files = recordFiles();
  expect(files).toHaveLength(2);
  writeFileSync(path.join(cacheDir, files[0]!), '{"path": "content/groups/virt/2014-04-0');
  const again = await parseAllMinutes(wiki([1, 2]), { render: false, cacheDir });
  expect([again.cached, again.parsed]).toEqual([1, 1]);
  expect((await parseAllMinutes(wiki([1, 2]), { render: false, cacheDir })).cached).toBe(2);
});

test("another version's records are never read, and are removed", async () => {
  await parseAllMinutes(wiki([1, 2]), { render: false, cacheDir });
  const [file] = recordFiles();
  const [mode, version] = file!.split(path.sep);
  const older = path.join(cacheDir, mode!, 'an-older-version');
  mkdirSync(older);
  writeFileSync(path.join(older, path.basename(file!)), readFileSync(path.join(cacheDir, file!)));
  rmSync(path.join(cacheDir, mode!, version!), { recursive: true });
  const again = await parseAllMinutes(wiki([1, 2]), { render: false, cacheDir });
  expect([again.cached, again.parsed]).toEqual([0, 2]);
  expect(recordFiles().every((name) => !name.includes('an-older-version'))).toBe(true);
});

test('without a cache every file is parsed each time', async () => {
  const run = () => parseAllMinutes(wiki([1, 2]), { render: false, cacheDir: false });
  expect((await run()).parsed).toBe(2);
  expect((await run()).parsed).toBe(2);
  expect(readdirSync(cacheDir)).toEqual([]);
});

test('worker threads of the compiled code give the records this thread gives', async () => {
  // Workers need compiled scripts: `npm test` compiles src/ to dist/ first.
  const compiled = (await import(new URL('../../dist/load/parse-all-minutes.js', import.meta.url).href)) as typeof import('../../src/load/parse-all-minutes.js');
  const files = wiki(Array.from({ length: 28 }, (_, index) => index + 1));
  const threaded = await compiled.parseAllMinutes(files, { render: true, cacheDir: false, workers: 3, filesPerWorker: 5 });
  const inline = await parseAllMinutes(files, { render: true, cacheDir: false, workers: 0 });
  expect(threaded.parsed).toBe(28);
  expect([...threaded.records.keys()]).toEqual(all(files).map((file) => file.path));
  expect(threaded.records).toEqual(inline.records);

  // What worker threads parsed is cached: a second run finds every record.
  await compiled.parseAllMinutes(files, { render: true, cacheDir, workers: 3, filesPerWorker: 5 });
  const again = await compiled.parseAllMinutes(files, { render: true, cacheDir, workers: 3, filesPerWorker: 5 });
  expect([again.cached, again.parsed]).toEqual([28, 0]);
  expect(again.records).toEqual(inline.records);
  expect(recordFiles()).toHaveLength(28);
});
