// pageBatches: a full build's pages cut into Eleventy runs of bounded size, each page written once.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { dataFiles } from '../../src/site/data-files.js';
import { pageBatches } from '../../src/site/page-batches.js';
import { renderAll } from '../../src/site/render-set.js';
import { buildVirt, minutes } from '../helpers/content.js';
import { runCli } from '../helpers/run-cli.js';

const wiki = buildVirt({
  '2014-04-11.md': minutes('date: 2014-04-11\nchair: LK\nattendees: [LK, GD]', '\n- ACTION KB: provide conferencing details\n'),
  '2014-05-02.md': minutes('date: 2014-05-02\nchair: GD\nattendees: [GD]', '\n- ACTION GD: write the notes\n'),
  '2015-01-09.md': minutes('date: 2015-01-09\nchair: LK\nattendees: [LK]', '\nNotes.\n'),
}).wiki;
const urls = (set: ReturnType<typeof renderAll>) =>
  [set.meetings, set.groups, set.people, set.groupYearPages, set.actionListPages].flat().map((item) => item.url);

it('writes every item page in exactly one batch of at most the given size', () => {
  const all = urls(renderAll(wiki));
  const batches = pageBatches(wiki, 3);
  expect(batches.length).toBe(Math.ceil(all.length / 3));
  expect(batches.every((batch) => batch.itemPages <= 3)).toBe(true);
  const written = batches.flatMap(urls);
  expect(written.slice().sort()).toEqual(all.slice().sort());
  expect(new Set(written).size).toBe(written.length);
});

it('writes the whole-list pages in the first batch and the data files after the last', () => {
  const batches = pageBatches(wiki, 3);
  const files = dataFiles(wiki);
  expect(batches.map((batch) => [batch.writeOpenActions, batch.writePeopleIndex, batch.openActions.length, batch.peopleIndex.length])).toEqual(
    batches.map((_, index) => (index === 0 ? [true, true, wiki.openActions.length, wiki.people.length] : [false, false, 0, 0])),
  );
  expect(batches.map((batch) => files.filter((file) => batch.writesDataFile(file)).length)).toEqual(
    batches.map((_, index) => (index === batches.length - 1 ? files.length : 0)),
  );
});

it('is one batch of everything for a wiki smaller than a batch', () => {
  const [only, ...rest] = pageBatches(wiki, 1000);
  expect(rest).toEqual([]);
  expect(urls(only!)).toEqual(urls(renderAll(wiki)));
});

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Every file of a built site but the search index, with the build's clock time taken out. */
function siteFiles(out: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(out, { recursive: true, withFileTypes: true })) {
    const file = path.relative(out, path.join(entry.parentPath, entry.name));
    if (!entry.isFile() || file.startsWith('pagefind')) continue;
    const text = readFileSync(path.join(out, file), 'utf8');
    files.set(file, text.replace(/when this page was built, [^)]*\)/g, '').replace(/^DTSTAMP:.*$/gm, ''));
  }
  return files;
}

it('builds the same site in batches of 4 pages as in one batch', () => {
  const build = (env: Record<string, string>) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sigwiki-batches-'));
    dirs.push(dir);
    const run = runCli(['build', '--output', path.join(dir, '_site')], { env });
    expect(run.stderr).toMatch(/Built /);
    return siteFiles(path.join(dir, '_site'));
  };
  const batched = build({ SIGWIKI_PAGE_BATCH: '4' });
  const whole = build({});
  expect([...batched.keys()].sort()).toEqual([...whole.keys()].sort());
  expect(whole.size).toBeGreaterThan(50);
  for (const [file, text] of whole) expect(batched.get(file), file).toBe(text);
}, 240_000);
