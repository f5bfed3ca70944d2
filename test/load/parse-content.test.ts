// The cache of parsed files: reuse unchanged files, reparse changed ones, forget removed ones,
// survive damage; records from it build the same wiki with the same messages; and worker
// threads (the compiled code, as the CLI runs it) give the same records.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { parseContent } from '../../src/load/parse-content.js';
import type { KeptRecordCaches } from '../../src/load/record-cache.js';
import { buildWiki } from '../../src/model/build-wiki.js';
import type { ContentFiles } from '../../src/model/content-files.js';
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

/** sigwiki.yaml, people.yaml, one group.yaml and a minutes file per day: 3 + days.length files. */
function wiki(days: number[], changed?: number, extra: Record<string, string> = {}): ContentFiles {
  const files: Record<string, string> = { 'content/sigwiki.yaml': SITE, 'content/people.yaml': PEOPLE, 'content/groups/virt/group.yaml': GROUP, ...extra };
  for (const day of days) files[`content/groups/virt/2014-04-${String(day).padStart(2, '0')}.md`] = minutes(day, day === changed ? '\n\nA late note.' : '');
  return contentFiles(files);
}

const all = (files: ContentFiles) => files.groups.flatMap((group) => group.minutes);
const packFiles = () => readdirSync(cacheDir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.json')).sort();
const packSizes = () => packFiles().map((name) => Object.keys(JSON.parse(readFileSync(path.join(cacheDir, name), 'utf8'))).length).sort();

test('a second run reuses every record; a changed file is parsed again, and only it', async () => {
  const first = await parseContent(wiki([1, 2, 3]), { render: true, cacheDir });
  expect([first.cached, first.parsed]).toEqual([0, 6]);
  const second = await parseContent(wiki([1, 2, 3]), { render: true, cacheDir });
  expect([second.cached, second.parsed]).toEqual([6, 0]);
  expect(second.records).toEqual(first.records);

  const edited = wiki([1, 2, 3], 2);
  const third = await parseContent(edited, { render: true, cacheDir });
  expect([third.cached, third.parsed]).toEqual([5, 1]);
  const file = all(edited).find((candidate) => candidate.path.endsWith('2014-04-02.md'))!;
  expect(third.records.minutes.get(file.path)).toEqual(parseMinutes(file, { render: true }));
  expect(third.records.minutes.get(file.path)!.body.html).toContain('A late note.');
  expect([...third.records.minutes.keys()]).toEqual(all(edited).map((candidate) => candidate.path));
});

test('a cache kept open between runs (serve) serves unchanged records from memory, and still writes the edits to disk', async () => {
  const kept: KeptRecordCaches = new Map();
  const first = await parseContent(wiki([1, 2, 3]), { render: true, cacheDir, keptCaches: kept });
  // The packs on disk are damaged: a kept cache does not read them again.
  for (const name of packFiles()) writeFileSync(path.join(cacheDir, name), 'not json');
  const second = await parseContent(wiki([1, 2, 3], 2), { render: true, cacheDir, keptCaches: kept });
  expect([second.cached, second.parsed]).toEqual([5, 1]);
  const unchanged = [...second.records.minutes].filter(([file]) => !file.endsWith('2014-04-02.md'));
  for (const [file, record] of unchanged) expect(record).toBe(first.records.minutes.get(file));
  // The pack of the edited group was written again, whole; a fresh run finds all of it.
  const fresh = await parseContent(wiki([1, 2, 3], 2), { render: true, cacheDir });
  expect([fresh.cached, fresh.parsed]).toEqual([4, 2]);
  expect(fresh.records.minutes).toEqual(second.records.minutes);
});

test('records of files that are gone are dropped from the cache, and so are packs of removed groups', async () => {
  const second = { 'content/groups/kvm/group.yaml': 'name: KVM\n', 'content/groups/kvm/2014-04-09.md': minutes(9) };
  await parseContent(wiki([1, 2, 3], undefined, second), { render: false, cacheDir });
  // One pack per group folder (group.yaml and minutes), one for sigwiki.yaml and people.yaml.
  expect(packSizes()).toEqual([2, 2, 4]);
  await parseContent(wiki([1]), { render: false, cacheDir });
  expect(packSizes()).toEqual([2, 2]);
  const again = await parseContent(wiki([1, 2]), { render: false, cacheDir });
  expect([again.cached, again.parsed]).toEqual([4, 1]);
});

test('checked and rendered records are kept apart', async () => {
  await parseContent(wiki([1]), { render: false, cacheDir });
  const rendered = await parseContent(wiki([1]), { render: true, cacheDir });
  expect(rendered.parsed).toBe(4);
  expect([...rendered.records.minutes.values()][0]!.body.html).toContain('<h1');
});

test('a damaged pack is a miss: its files are parsed again and the pack rewritten', async () => {
  await parseContent(wiki([1, 2]), { render: false, cacheDir });
  const packs = packFiles();
  expect(packs).toHaveLength(2);
  const groupPack = packs.find((name) => readFileSync(path.join(cacheDir, name), 'utf8').includes('2014-04-01.md'))!;
  writeFileSync(path.join(cacheDir, groupPack), '{"a1b2": {"path": "content/groups/virt/2014-04-0');
  const again = await parseContent(wiki([1, 2]), { render: false, cacheDir });
  expect([again.cached, again.parsed]).toEqual([2, 3]);
  expect((await parseContent(wiki([1, 2]), { render: false, cacheDir })).cached).toBe(5);
});

test("another version's records are never read, and are removed", async () => {
  await parseContent(wiki([1, 2]), { render: false, cacheDir });
  const [file] = packFiles();
  const [mode, version] = file!.split(path.sep);
  const older = path.join(cacheDir, mode!, 'an-older-version');
  mkdirSync(older);
  for (const name of packFiles()) writeFileSync(path.join(older, path.basename(name)), readFileSync(path.join(cacheDir, name)));
  rmSync(path.join(cacheDir, mode!, version!), { recursive: true });
  const again = await parseContent(wiki([1, 2]), { render: false, cacheDir });
  expect([again.cached, again.parsed]).toEqual([0, 5]);
  expect(packFiles().every((name) => !name.includes('an-older-version'))).toBe(true);
});

test('without a cache every file is parsed each time', async () => {
  const run = () => parseContent(wiki([1, 2]), { render: false, cacheDir: false });
  expect((await run()).parsed).toBe(5);
  expect((await run()).parsed).toBe(5);
  expect(readdirSync(cacheDir)).toEqual([]);
});

test('a wiki built from cached records has the same problems, at the same places, as one built from the files', async () => {
  // Problems found while reading each YAML file (an ambiguous alias, an unknown venue in the
  // cadence) and while linking (a role holder nobody knows), all with lines to keep.
  const people = `${PEOPLE}- id: lars-kowalski\n  name: Lars Kowalski\n  aliases: [LK2, LarsKurth]\n`;
  const group = `${GROUP}roles:\n  chair: [LK, Zed]\ncadence:\n  repeat: weekly\n  on: friday\n  from: 2014-04-04\n  time: "15:00"\n  venue: bluejeans\n`;
  const files = wiki([1, 2], undefined, { 'content/people.yaml': people, 'content/groups/virt/group.yaml': group });
  const fresh = buildWiki(files, { asOf: '2014-05-01', render: false });
  await parseContent(files, { render: false, cacheDir });
  const reused = await parseContent(files, { render: false, cacheDir });
  expect(reused.parsed).toBe(0);
  const cached = buildWiki(files, { asOf: '2014-05-01', render: false, parsed: reused.records });

  const rules = fresh.messages.map((message) => message.ruleId);
  expect(rules).toEqual(expect.arrayContaining(['alias-ambiguous', 'venue-unknown', 'person-unknown']));
  expect(cached.messages.map((message) => message.toJSON())).toEqual(fresh.messages.map((message) => message.toJSON()));
  expect(cached.wiki.groups[0]!.cadence).toEqual(fresh.wiki.groups[0]!.cadence);
  expect(cached.wiki.people.map((person) => person.id)).toEqual(fresh.wiki.people.map((person) => person.id));
});

test('worker threads of the compiled code give the records this thread gives', async () => {
  // Workers need compiled scripts: `npm test` compiles src/ to dist/ first.
  const compiled = (await import(new URL('../../dist/load/parse-content.js', import.meta.url).href)) as typeof import('../../src/load/parse-content.js');
  const files = wiki(Array.from({ length: 28 }, (_, index) => index + 1));
  const threaded = await compiled.parseContent(files, { render: true, cacheDir: false, workers: 3, filesPerWorker: 5 });
  const inline = await parseContent(files, { render: true, cacheDir: false, workers: 0 });
  expect(threaded.parsed).toBe(31);
  expect([...threaded.records.minutes.keys()]).toEqual(all(files).map((file) => file.path));
  expect(threaded.records).toEqual(inline.records);

  // What worker threads parsed is cached: a second run finds every record.
  await compiled.parseContent(files, { render: true, cacheDir, workers: 3, filesPerWorker: 5 });
  const again = await compiled.parseContent(files, { render: true, cacheDir, workers: 3, filesPerWorker: 5 });
  expect([again.cached, again.parsed]).toEqual([31, 0]);
  expect(again.records).toEqual(inline.records);
  expect(packSizes()).toEqual([2, 29]);
});
