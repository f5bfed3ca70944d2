// A rebuild reuses the previous search index's content-addressed files: the index it writes is
// the one a fresh build writes, plus unreferenced leftovers, which are bounded; a large wiki's
// parts are indexed a few at a time.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { concurrentParts, indexSite, MAX_CONCURRENT_PARTS, seedSearchIndex } from '../../src/site/search-index.js';
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

describe('parts indexed at once', () => {
  // A stand-in for pagefind's binary that notes each part's start, and can fail one part or hold
  // the first until another has started: the real binary does the indexing.
  const dir = mkdtempSync(path.join(tmpdir(), 'sigwiki-parts-'));
  const marks = path.join(dir, 'marks');
  const wrapper = path.join(dir, 'pagefind-wrapper.sh');
  const saved = { ...process.env };
  beforeAll(async () => {
    const pagefindDir = path.dirname(fileURLToPath(import.meta.resolve('pagefind')));
    const { resolveBinaryPath } = (await import(pathToFileURL(path.join(pagefindDir, 'resolveBinary.js')).href)) as { resolveBinaryPath: (names: string[]) => string };
    const real = resolveBinaryPath(['pagefind_extended', 'pagefind']);
    mkdirSync(marks);
    writeFileSync(
      wrapper,
      [
        '#!/bin/sh',
        'out=""; previous=""',
        'for arg in "$@"; do [ "$previous" = "--output-path" ] && out="$arg"; previous="$arg"; done',
        'part=$(basename "$out")',
        `touch "${marks}/$part"`,
        'if [ "$part" = "$TEST_FAIL_PART" ]; then echo "disk full writing $part" >&2; exit 3; fi',
        'if [ "$part" = "$TEST_WAITER" ]; then',
        `  tries=0; while [ ! -e "${marks}/$TEST_WAIT_FOR" ]; do`,
        `    tries=$((tries+1)); if [ $tries -gt 600 ]; then touch "${marks}/$part-gave-up"; echo "$TEST_WAIT_FOR never started beside $part" >&2; exit 4; fi; sleep 0.05`,
        '  done',
        'fi',
        `exec "${real}" "$@"`,
        '',
      ].join('\n'),
      { mode: 0o755 },
    );
    process.env.PAGEFIND_BINARY_PATH = wrapper;
    process.env.SIGWIKI_SEARCH_PART_PAGES = '3';
  });
  afterEach(() => {
    for (const name of ['TEST_FAIL_PART', 'TEST_WAITER', 'TEST_WAIT_FOR']) delete process.env[name];
    rmSync(marks, { recursive: true, force: true });
    mkdirSync(marks);
  });
  afterAll(() => {
    process.env = saved;
    rmSync(dir, { recursive: true, force: true });
  });

  /**
   * A written site of 2 group, 2 person and 4 meeting pages: three parts of at most 3 pages, of
   * 0, 2 and 2 meetings, so the second and third start first (most meetings first).
   */
  const site = (name: string) => {
    const root = path.join(dir, name);
    const page = (relative: string, words: string) => {
      mkdirSync(path.join(root, path.dirname(relative)), { recursive: true });
      writeFileSync(path.join(root, relative), `<!doctype html><html lang="en"><head><title>${words}</title></head><body><main data-pagefind-body><h1>${words}</h1><p>${words} zebracorn</p></main></body></html>`);
    };
    for (const group of ['infra', 'docs']) {
      page(`groups/${group}/index.html`, `Group ${group}`);
      for (const date of ['2024-01-02', '2024-02-03']) page(`groups/${group}/${date}/index.html`, `Meeting ${group} ${date}`);
    }
    for (const person of ['ada', 'bob']) page(`people/${person}/index.html`, `Person ${person}`);
    return root;
  };
  const pageCount = (folder: string) => (JSON.parse(readFileSync(path.join(folder, 'pagefind-entry.json'), 'utf8')) as { languages: { en: { page_count: number } } }).languages.en.page_count;

  test('two parts run at once, and every part is written and named in the manifest', async () => {
    const root = site('together');
    // The second part does not start indexing until the third has started: one after another would fail.
    process.env.TEST_WAITER = 'pagefind-1';
    process.env.TEST_WAIT_FOR = 'pagefind-2';
    expect(await indexSite(root, { parallel: 2 })).toBe(8);
    expect(JSON.parse(readFileSync(path.join(root, 'pagefind', 'sigwiki-parts.json'), 'utf8'))).toEqual({ parts: ['pagefind-1/', 'pagefind-2/'] });
    expect(['pagefind', 'pagefind-1', 'pagefind-2'].map((folder) => pageCount(path.join(root, folder)))).toEqual([3, 3, 2]);
    expect(readdirSync(root)).not.toContain('.sigwiki-search-parts');
  });

  test('a failing part ends the part running beside it, starts no other, and leaves no staging folder', async () => {
    const root = site('failing');
    // The second part waits for a part that never comes, until it is ended (else it gives up after 30 s, and says so).
    process.env.TEST_WAITER = 'pagefind-1';
    process.env.TEST_WAIT_FOR = 'pagefind-never';
    process.env.TEST_FAIL_PART = 'pagefind-2';
    // The error is the failure's, naming site and part, not that of the part it ended.
    await expect(indexSite(root, { parallel: 2 })).rejects.toThrow(`pagefind could not index ${root} (part 3 of 3): disk full writing pagefind-2`);
    expect(readdirSync(marks).sort()).toEqual(['pagefind-1', 'pagefind-2']);
    expect(readdirSync(root)).not.toContain('.sigwiki-search-parts');
    expect(readdirSync(root)).not.toContain('pagefind-1');
  });

  test('one part at once per two cores, as half the free memory allow, at most four', () => {
    const gb = 1024 ** 3;
    expect(concurrentParts(5, 2500, 2, 20 * gb)).toBe(1);
    expect(concurrentParts(5, 2500, 4, 20 * gb)).toBe(2);
    expect(concurrentParts(5, 2500, 32, 64 * gb)).toBe(MAX_CONCURRENT_PARTS);
    expect(concurrentParts(5, 2500, 8, 3 * gb)).toBe(2);
    expect(concurrentParts(5, 2500, 8, gb)).toBe(1);
    expect(concurrentParts(1, 2500, 8, 64 * gb)).toBe(1);
  });
});
