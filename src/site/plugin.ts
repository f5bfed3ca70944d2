// The Eleventy shell: hands the pure wiki model to the templates in layouts/ as global data.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { formatReport } from '../diagnostics/report.js';
import { hasErrors } from '../diagnostics/message.js';
import { loadWiki } from '../load/load-wiki.js';
import type { KeptRecordCaches } from '../load/record-cache.js';
import { parseBasePath } from '../model/urls.js';
import type { Wiki, WikiResult } from '../model/wiki.js';
import { changedExports } from '../export/json-export.js';
import { dataFiles, writeDataFiles, type DataFile } from './data-files.js';
import type { EleventyConfig } from './eleventy-config.js';
import { addFilters } from './filters.js';
import { addOutputs } from './outputs.js';
import { prefixRootLinks } from './prefix-links.js';
import { findPagefind, indexSite } from './search-index.js';
import { changedPages } from '../model/views/changed-pages.js';
import { renderAll, renderChanged, type RenderSet } from './render-set.js';
import { removePages } from './remove-pages.js';

export interface SigwikiPluginOptions {
  /** Content folder, relative to the working directory. */
  contentDir: string;
  /** Absolute path of sigwiki's layouts/ folder (its assets are copied to the site). */
  layoutsDir: string;
}

let preloaded: WikiResult | undefined;
let preloadedBatch: PageBatch | undefined;
let reporter: ((result: WikiResult) => void) | undefined;
let serving: ((rebuilt: Rebuilt) => void) | undefined;

/** What a `serve` rebuild wrote, for its one-line report. */
export interface Rebuilt {
  /** Item pages written (meetings, groups, people, years, action lists), and how many the wiki has. */
  pages: number;
  allPages: number;
  /** Feeds, calendars and exports written, and how many the wiki has. */
  dataFiles: number;
  allDataFiles: number;
  /** Whether the search index was left as it was. */
  searchSkipped: boolean;
}

/**
 * How long the last build's steps after Eleventy's pages took, in milliseconds (`build
 * --timings`): the feeds, calendars and exports, and all of it, the search index included (the
 * two run side by side).
 */
export const afterPagesTimings = { dataFilesMs: 0, afterPagesMs: 0 };

/** One of the Eleventy runs that write a large wiki's pages in batches (see page-batches.ts). */
export interface PageBatch {
  /** The pages this run writes. */
  render: RenderSet;
  /** Whether it is the last run: only then are the feeds, calendars, exports and search index written. */
  last: boolean;
}

/**
 * Hands the next build a wiki the caller already built and checked (the CLI does, so each file
 * is parsed once), and optionally which of its pages to write. Used by one build only: watch
 * rebuilds read the edited files again.
 */
export function preloadWiki(result: WikiResult, batch?: PageBatch): void {
  preloaded = result;
  preloadedBatch = batch;
}

/**
 * Has `report` receive every wiki a watch rebuild loads, before its errors stop the build; the
 * thrown error then only points at `report`'s output (`serve` prints each diagnostic once).
 * Without a reporter the thrown error carries the whole report.
 */
export function reportRebuilds(report: ((result: WikiResult) => void) | undefined): void {
  reporter = report;
}

/**
 * Turns on `serve`'s rebuilds (pass a reporter) or off (undefined). After the first build, a
 * rebuild writes only the pages, feeds and calendars whose data an edit changed (see
 * model/views/changed-pages.ts and render-set.ts), leaves the search index as it was, and
 * tells `report` what it wrote. A change outside the content folder (a layout, while developing
 * sigwiki) writes everything.
 */
export function serveIncrementally(report: ((rebuilt: Rebuilt) => void) | undefined): void {
  serving = report;
}

/**
 * Thrown by the `wiki` global when the content has errors: it stops the build before any page
 * is written, so the last good pages stay. The report is the whole story, so no stack trace.
 */
export class ContentHasErrors extends Error {
  /** Read by Eleventy's error logger, which otherwise prints the stack below the message. */
  readonly skipOriginalStack = true;
}

/**
 * Registers sigwiki on an Eleventy configuration: the `wiki` global, filters, the stylesheet and
 * a watch on the content folder. Content is never Eleventy input, so no template language can
 * run over contributed text.
 *
 * A site served under a sub-path (Eleventy's `pathPrefix`, e.g. `/minutes/`) gets it on every
 * root-relative link of every page (see prefix-links.ts), and in its feeds, calendars and exports
 * from the functions writing them.
 */
export function sigwikiPlugin(eleventyConfig: EleventyConfig, options: SigwikiPluginOptions): void {
  const basePath = pathPrefixOf(eleventyConfig);
  if (basePath !== '/') {
    eleventyConfig.addTransform('sigwiki-base-path', function (this: { page: { outputPath?: string | false } }, content: string) {
      const { outputPath } = this.page;
      return typeof outputPath === 'string' && outputPath.endsWith('.html') ? prefixRootLinks(content, basePath) : content;
    });
  }
  let current: Wiki | undefined;
  // The last wiki whose pages were all written: what a `serve` rebuild compares the edit with.
  let written: Wiki | undefined;
  let everything = true;
  let render: RenderSet | undefined;
  let removed: Set<string> = new Set();
  // False in a batch before the last: the steps after the pages wait for the last batch.
  let finishes = true;
  // Under `serve`, the parsed records stay in memory between saves (load/record-cache.ts).
  const keptCaches: KeptRecordCaches = new Map();
  // Under `serve`, a hash of each feed, calendar and export as last written, by site path.
  const writtenData = new Map<string, string>();
  eleventyConfig.addGlobalData('wiki', async () => {
    // A preloaded wiki's report was printed by the CLI that loaded it.
    const result = preloaded ?? (await loadWiki({ contentDir: options.contentDir, workers: serving ? 1 : undefined, keptCaches: serving ? keptCaches : undefined }));
    if (result !== preloaded) reporter?.(result);
    const batch = result === preloaded ? preloadedBatch : undefined;
    preloaded = undefined;
    preloadedBatch = undefined;
    if (hasErrors(result.messages)) {
      throw new ContentHasErrors(reporter ? 'sigwiki: the content has errors (listed above)' : `sigwiki: the content has errors\n${formatReport(result.messages)}`);
    }
    current = result.wiki;
    const changes = serving && written && !everything ? changedPages(written, current) : undefined;
    render = batch?.render ?? (changes ? renderChanged(current, changes, changedExports(written!, current, changes)) : renderAll(current));
    finishes = batch?.last ?? true;
    removed = changes?.removed ?? new Set();
    return result.wiki;
  });
  // Eleventy reads global data in the order it was added: `wiki` has set this by then.
  eleventyConfig.addGlobalData('render', () => render);
  eleventyConfig.addGlobalData('serving', () => serving !== undefined);
  eleventyConfig.on('eleventy.beforeWatch', (...args: unknown[]) => {
    const content = path.resolve(options.contentDir);
    const queue = (args[0] as string[] | undefined) ?? [];
    everything = !queue.every((file) => isInside(content, file));
  });
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: false });
  eleventyConfig.addWatchTarget(`${options.contentDir}/**`);
  eleventyConfig.addPassthroughCopy({ [path.relative(process.cwd(), path.join(options.layoutsDir, 'assets'))]: 'assets' });
  addFilters(eleventyConfig);
  addOutputs(eleventyConfig, basePath);
  // After every write, so `build` (into its temporary folder) and `serve` both get them: the
  // search index, and the feeds, calendars and exports written while pagefind, in its own
  // process, reads the pages. (Feeding pages to pagefind as they render was measured slower: its
  // service then receives every page's HTML through a pipe.)
  // pagefind's binary is found before the pages are, so that indexSite starts it at once.
  eleventyConfig.on('eleventy.before', () => findPagefind());
  eleventyConfig.on('eleventy.after', async (...args: unknown[]) => {
    // The benchmark's "pages only" row (bench/runner/cases.js): what the pages cost without these.
    if (process.env.SIGWIKI_BENCH_PAGES_ONLY === '1' || !finishes) return;
    // `directories` is the normalised form; the older `dir` ignores the output folder given to the API.
    const { directories } = args[0] as { directories: { output: string } };
    const started = performance.now();
    // Under `serve` the index is written by the first build only: pagefind reads every page.
    const searchSkipped = serving !== undefined && written !== undefined;
    const indexing = searchSkipped ? Promise.resolve() : indexSite(directories.output);
    let files: DataFile[] = [];
    try {
      if (current) {
        const all = dataFiles(current, basePath);
        files = render ? all.filter((file) => render!.writesDataFile(file)) : all;
        writeDataFiles(directories.output, files, serving ? (file, pieces) => sameAsWritten(writtenData, file, pieces) : undefined);
        removePages(directories.output, removed);
        serving?.({
          pages: render?.itemPages ?? 0,
          allPages: renderAll(current).itemPages,
          dataFiles: files.length,
          allDataFiles: all.length,
          searchSkipped,
        });
        written = current;
        everything = false;
      }
    } finally {
      // Never leave pagefind's process running, whatever happened here.
      afterPagesTimings.dataFilesMs = performance.now() - started;
      await indexing;
      afterPagesTimings.afterPagesMs = performance.now() - started;
    }
  });
}

/**
 * Whether `pieces`, joined, are what `written` (a hash by site path) says was last written to `file`, which
 * it then records. The site-wide feed and exports may show any edit, so a `serve` rebuild makes
 * them, but most edits leave them as they were, and the largest (data/actions.json, 5 MB at 1k
 * minutes) cost more to write than to make.
 */
function sameAsWritten(written: Map<string, string>, file: string, pieces: readonly string[]): boolean {
  // A Hash object, not one-shot crypto.hash: that was 5× slower on the 5 MB export.
  const hash = createHash('sha1');
  for (const piece of pieces) hash.update(piece);
  const digest = hash.digest('base64');
  if (written.get(file) === digest) return true;
  written.set(file, digest);
  return false;
}

/**
 * Whether a file Eleventy's watcher names is inside `folder` (absolute). Eleventy reports paths
 * with `./` in front, relative to the working folder or to some folder above it (the one its
 * input, sigwiki's layouts/, shares with the content: `./w/content/x.md`, `./home/me/w/content/x.md`),
 * so the path is tried against the working folder and each folder above the content.
 */
function isInside(folder: string, file: string): boolean {
  const inside = (candidate: string) => candidate.startsWith(`${folder}${path.sep}`);
  if (inside(path.resolve(file))) return true;
  const relative = file.replace(/^\.\//, '');
  for (let base = path.dirname(folder); ; base = path.dirname(base)) {
    if (inside(path.join(base, relative))) return true;
    if (base === path.dirname(base)) return false;
  }
}

// The command line checks --base-path and the site URL's path (site/base-path.ts); a path
// Eleventy was given some other way is checked here.
function pathPrefixOf(eleventyConfig: EleventyConfig): string {
  const parsed = parseBasePath(eleventyConfig.pathPrefix ?? '/');
  if (!parsed.ok) throw new Error(`sigwiki: the path prefix "${eleventyConfig.pathPrefix}" ${parsed.reason}`);
  return parsed.basePath;
}
