// A rebuild reuses the previous search index's content-addressed files: the index it writes is
// the one a fresh build writes, plus unreferenced leftovers, which are bounded.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, expect, test } from 'vitest';
import { seedSearchIndex } from '../../src/site/search-index.js';
import { runCli } from '../helpers/run-cli.js';
import { tempWiki } from '../helpers/temp-wiki.js';

const wiki = tempWiki();
afterAll(() => wiki.remove());

/** Every file under `dir`, relative to it. */
const files = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => statSync(path.join(dir, name)).isFile()).sort();
const fragments = (site: string) => files(path.join(site, 'pagefind', 'fragment'));

test('a rebuild after an edit writes the index a fresh build writes, reusing the unchanged files', () => {
  const site = path.join(wiki.dir, '_site');
  const build = (output: string) => expect(runCli(['build', '--output', output], { cwd: wiki.dir }).status).toBe(0);
  build(site);
  const before = new Map(fragments(site).map((name) => [name, statSync(path.join(site, 'pagefind', 'fragment', name)).ino]));

  wiki.edit('content/groups/centos-virt/2014-04-11.md', (text) => `${text}\nThe zebracorn migration was discussed at length.\n`);
  build(site);
  const fresh = path.join(wiki.dir, '_fresh');
  build(fresh);

  // Every page's fragment in the fresh index is in the rebuilt one, byte for byte. (Other files
  // are compared by what they find, in test/browser/untrusted.test.ts: pagefind writes filter
  // values in an order that varies from run to run, so their hashes do too.)
  for (const name of fragments(fresh)) {
    expect(fragments(site)).toContain(name);
    expect(readFileSync(path.join(site, 'pagefind', 'fragment', name))).toEqual(readFileSync(path.join(fresh, 'pagefind', 'fragment', name)));
  }
  const entry = JSON.parse(readFileSync(path.join(site, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: { en: { hash: string; page_count: number } } };
  expect(entry.languages.en.page_count).toBe(fragments(fresh).length);
  expect(files(path.join(site, 'pagefind'))).toContain(`pagefind.${entry.languages.en.hash}.pf_meta`);
  // Unchanged pages' fragments were reused, not written again; the edited page's old fragment stays behind.
  const kept = fragments(site).filter((name) => before.get(name) === statSync(path.join(site, 'pagefind', 'fragment', name)).ino);
  expect(kept.length).toBeGreaterThan(0);
  expect(fragments(site).length).toBe(fragments(fresh).length + 1);
});

/** Which page each search fragment of `site` is of: site path to fragment file name. */
const fragmentsByPage = (site: string) =>
  new Map(
    fragments(site).map((name) => {
      // A fragment is gzip of pagefind's marker followed by the page's JSON.
      const json = gunzipSync(readFileSync(path.join(site, 'pagefind', 'fragment', name))).toString('utf8').replace(/^pagefind_dcd/, '');
      return [(JSON.parse(json) as { url: string }).url, name];
    }),
  );

test("a build on a later day keeps every meeting's search fragment, so it can reuse them", () => {
  const day = (today: string) => {
    const output = path.join(wiki.dir, `_day-${today}`);
    expect(runCli(['build', '--output', output], { cwd: wiki.dir, today }).status).toBe(0);
    return fragmentsByPage(output);
  };
  const first = day('2026-11-23');
  const later = day('2026-12-09');
  const meetings = [...first.keys()].filter((url) => /^\/groups\/[^/]+\/\d{4}-\d{2}-\d{2}\/$/.test(url));
  expect(meetings.length).toBeGreaterThan(3);
  // The meetings' pages do change: their actions have been open 16 days longer.
  expect(readFileSync(path.join(wiki.dir, '_day-2026-12-09', 'groups/centos-virt/2014-04-11/index.html'), 'utf8')).toContain('open for 12 years');
  for (const url of meetings) expect(later.get(url), url).toBe(first.get(url));
});

test('nothing is seeded from a site without an index, or once leftovers outnumber live pages', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'sigwiki-seed-'));
  try {
    const previous = path.join(dir, 'old');
    expect(seedSearchIndex(previous, path.join(dir, 'new-1'))).toBe(false);

    mkdirSync(path.join(previous, 'pagefind', 'fragment'), { recursive: true });
    writeFileSync(path.join(previous, 'pagefind', 'pagefind-entry.json'), JSON.stringify({ languages: { en: { page_count: 2 } } }));
    writeFileSync(path.join(previous, 'pagefind', 'pagefind.js'), 'script');
    writeFileSync(path.join(previous, 'pagefind', 'pagefind.en_1.pf_meta'), 'meta');
    for (const n of [1, 2, 3]) writeFileSync(path.join(previous, 'pagefind', 'fragment', `en_${n}.pf_fragment`), `page ${n}`);
    // A write that never happened: pagefind would keep the empty file, since it exists.
    writeFileSync(path.join(previous, 'pagefind', 'fragment', 'en_4.pf_fragment'), '');
    expect(seedSearchIndex(previous, path.join(dir, 'new-2'))).toBe(true);
    // Only the content-addressed files that have content: the entry point and scripts are written afresh.
    expect(files(path.join(dir, 'new-2', 'pagefind'))).toEqual(['fragment/en_1.pf_fragment', 'fragment/en_2.pf_fragment', 'fragment/en_3.pf_fragment', 'pagefind.en_1.pf_meta']);

    writeFileSync(path.join(previous, 'pagefind', 'fragment', 'en_5.pf_fragment'), 'page 5');
    expect(seedSearchIndex(previous, path.join(dir, 'new-3'))).toBe(false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a wiki of more pages than a part is indexed in parts, each reused by a rebuild, and only the parts are left', () => {
  const env = { SIGWIKI_SEARCH_PART_PAGES: '4' };
  const site = path.join(wiki.dir, '_parts');
  const build = () => expect(runCli(['build', '--output', site], { cwd: wiki.dir, env }).status).toBe(0);
  build();
  const manifest = JSON.parse(readFileSync(path.join(site, 'pagefind', 'sigwiki-parts.json'), 'utf8')) as { parts: string[] };
  const folders = ['pagefind/', ...manifest.parts];
  expect(folders.length).toBeGreaterThan(2);
  expect(readdirSync(site).filter((name) => name.startsWith('pagefind')).sort()).toEqual(folders.map((folder) => folder.slice(0, -1)).sort());
  // No part has more than its 4 pages, and together they hold every group, person and meeting page once.
  const pageCounts = folders.map((folder) => (JSON.parse(readFileSync(path.join(site, folder, 'pagefind-entry.json'), 'utf8')) as { languages: { en: { page_count: number } } }).languages.en.page_count);
  for (const count of pageCounts) expect(count).toBeLessThanOrEqual(4);
  const single = path.join(wiki.dir, '_single');
  expect(runCli(['build', '--output', single], { cwd: wiki.dir }).status).toBe(0);
  expect(pageCounts.reduce((sum, count) => sum + count, 0)).toBe(fragments(single).length);
  expect(readdirSync(site)).not.toContain('.sigwiki-search-parts');

  // The last part's fragments are hard links of the previous build's, not written again.
  const last = path.join(site, folders.at(-1)!, 'fragment');
  const before = new Map(files(last).map((name) => [name, statSync(path.join(last, name)).ino]));
  build();
  const after = path.join(site, folders.at(-1)!, 'fragment');
  expect(files(after).filter((name) => before.get(name) === statSync(path.join(after, name)).ino).length).toBe(before.size);
}, 180_000);
