// Builds the static search index of a written site with pagefind (its binary ships in the npm package).
import { execFile, type ChildProcess } from 'node:child_process';
import { copyFileSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, freemem } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

/**
 * The pages that carry `data-pagefind-body` (see model/urls.ts): groups, meetings and people.
 * pagefind would otherwise parse every page only to skip it; at 10k minutes the action lists
 * and year pages are half the site's bytes.
 */
const SEARCHABLE_PAGES = '{groups/*/index.html,groups/*/[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*/index.html,people/*/index.html}';

/** A meeting's page, site-relative. */
const MEETING_PAGE = /^groups\/[^/]+\/\d{4}-\d{2}-\d{2}/;

const PAGEFIND_DIR = path.dirname(fileURLToPath(import.meta.resolve('pagefind')));
let pagefindBinary: string | undefined;
/** pagefind processes still running, for {@link stopIndexing}. */
const running = new Set<ChildProcess>();

/**
 * Finds pagefind's binary, once. Awaiting this before {@link indexSite} lets it start pagefind
 * before its first await, so the caller's work runs while pagefind does. (Not a top-level await:
 * Eleventy's watcher `require`s the config's modules, and that refuses a module with one.)
 */
export async function findPagefind(): Promise<string> {
  if (pagefindBinary === undefined) {
    // The lookup pagefind's own `npx pagefind` wrapper uses (it honours PAGEFIND_BINARY_PATH). It
    // is not among the package's exports, hence the path; package.json pins pagefind's version.
    const { resolveBinaryPath } = (await import(pathToFileURL(path.join(PAGEFIND_DIR, 'resolveBinary.js')).href)) as {
      resolveBinaryPath: (names: string[]) => string;
    };
    pagefindBinary = resolveBinaryPath(['pagefind_extended', 'pagefind']);
  }
  return pagefindBinary;
}

/**
 * Pages per index part. pagefind holds about 150-260 KB per page while it indexes (1.5 GB for the
 * 10k meetings of the benchmark), so a large wiki is indexed in parts of at most this many
 * pages, a few pagefind processes at a time ({@link concurrentParts}), and the search page merges
 * them at query time (pagefind's `mergeIndex`, in layouts/assets/search.js). Memory is then
 * bounded by the part, not the wiki; each part is one more set of requests per query.
 * `SIGWIKI_SEARCH_PART_PAGES` changes it (the tests use a small one to exercise the merging on
 * the example wiki).
 */
export const SEARCH_PART_PAGES = 2500;

/**
 * What one part's pagefind process is assumed to hold at its peak: measured 553-670 MB for parts
 * of 2,100-2,500 meeting pages (the benchmark's), so about 260 KB a page and a little to start.
 */
const PART_BYTES_PER_PAGE = 260 * 1024;
const PART_BASE_BYTES = 32 * 1024 * 1024;

/**
 * The most parts indexed at once on any machine, so that pagefind's peak stays a constant
 * (at most this many parts' peaks, ~2.6 GB at the default part size) however many cores there are.
 */
export const MAX_CONCURRENT_PARTS = 4;

/**
 * How many parts to index at once: one per two cores (a pagefind process already keeps about
 * 1.45 cores busy), no more than half the free memory holds at a part's assumed peak (node's own
 * heap grows meanwhile: the feeds are written beside), no more than {@link MAX_CONCURRENT_PARTS}
 * and no more than there are parts; at least one. On a 2-core machine that is one: two parts at
 * once were measured there (10k, warm, quiet) taking 21-27 s each instead of 8-12 s, with 30%
 * more of pagefind's CPU (its allocator's `madvise` calls interrupt the other core) and twice its
 * peak, for no gain in wall time.
 */
export function concurrentParts(parts: number, pagesPerPart: number, cores = availableParallelism(), freeBytes = freeMemory()): number {
  const byMemory = Math.floor(freeBytes / 2 / (PART_BASE_BYTES + pagesPerPart * PART_BYTES_PER_PAGE));
  return Math.max(1, Math.min(Math.floor(cores / 2), byMemory, MAX_CONCURRENT_PARTS, parts));
}

/** Memory this process may still use: the cgroup's limit counts where there is one (Node ≥ 20.13), else the system's free memory. */
function freeMemory(): number {
  return typeof process.availableMemory === 'function' ? process.availableMemory() : freemem();
}

/** The search page reads this (in the first part's folder) for the other parts' folders. */
export const PARTS_MANIFEST = 'sigwiki-parts.json';

/** Folder of part `index` in the site: `pagefind/` for the first, then `pagefind-1/`, `pagefind-2/`, … */
export function partFolder(index: number): string {
  return index === 0 ? 'pagefind' : `pagefind-${index}`;
}

/** Where the pages of a part are gathered (hard links) for its pagefind process; removed after. */
const STAGING = '.sigwiki-search-parts';

/**
 * The searchable pages of a written site, site-relative, in a stable order: group and person
 * pages, then meetings by group and date. A new meeting therefore moves each later part's
 * boundary by one page, and {@link seedSearchIndex} still finds nearly all of a part's files.
 */
export function searchablePages(siteDir: string): string[] {
  const pages: string[] = [];
  const groups = safeList(path.join(siteDir, 'groups')).sort();
  for (const group of groups) if (isFile(path.join(siteDir, 'groups', group, 'index.html'))) pages.push(`groups/${group}/index.html`);
  for (const person of safeList(path.join(siteDir, 'people')).sort()) {
    if (isFile(path.join(siteDir, 'people', person, 'index.html'))) pages.push(`people/${person}/index.html`);
  }
  for (const group of groups) {
    for (const meeting of safeList(path.join(siteDir, 'groups', group)).sort()) {
      if (/^\d{4}-\d{2}-\d{2}/.test(meeting) && isFile(path.join(siteDir, 'groups', group, meeting, 'index.html'))) {
        pages.push(`groups/${group}/${meeting}/index.html`);
      }
    }
  }
  return pages;
}

/**
 * Indexes every page of `siteDir` that marks its searchable part with `data-pagefind-body`,
 * and writes the index and pagefind's search UI to `<siteDir>/pagefind/`, plus, for a wiki of
 * more than {@link SEARCH_PART_PAGES} such pages, the further parts to `pagefind-1/`, … named
 * in `pagefind/sigwiki-parts.json`. Returns the number of pages indexed.
 *
 * Parts are indexed `parallel` at a time ({@link concurrentParts} unless given), each from its
 * own folder of hard links to its pages, made just before its process starts and removed when
 * it ends. When one part fails the others still running are ended, and the call rejects with the
 * first failure only once every process it started has exited, with the staging folder removed:
 * nothing is left writing into the site.
 *
 * It runs pagefind's command line and waits for the process to exit, rather than its Node API:
 * that API answers "written" once each file's last write is queued, and its `close()` kills the
 * process, so a write still queued was lost (an empty `pagefind-entry.json` was seen in CI). A
 * process that exits by itself finishes its writes first.
 */
export async function indexSite(siteDir: string, options: { parallel?: number } = {}): Promise<number> {
  const site = path.resolve(siteDir);
  const binary = pagefindBinary ?? (await findPagefind());
  const size = partPages();
  const pages = searchablePages(site);
  const parts: string[][] = [];
  for (let start = 0; start < pages.length || start === 0; start += size) parts.push(pages.slice(start, start + size));
  let count = 0;
  if (parts.length === 1) {
    // One part: pagefind reads the pages where they are.
    count += await runPagefind(binary, site, ['--glob', SEARCHABLE_PAGES], path.join(site, partFolder(0)), siteDir);
  } else {
    const staging = path.join(site, STAGING);
    const mine = new Set<ChildProcess>();
    // Parts of most meeting pages first (pagefind's time follows them: a part of 2,040 person and
    // group pages and 460 meetings took 4 s of CPU, one of 2,500 meetings 10-13 s; bytes mislead,
    // as group pages are large but mostly not indexed). The parts started at once run while the
    // main thread writes the feeds and cannot start another, so they should outlast the feeds.
    const meetings = parts.map((part) => part.filter((page) => MEETING_PAGE.test(page)).length);
    const order = parts.map((_, index) => index).sort((a, b) => meetings[b]! - meetings[a]! || a - b);
    let next = 0;
    let failure: { error: unknown } | undefined;
    // Each worker takes the next part until none is left or one has failed. A worker never
    // rejects, so the staging folder is removed only once every process has exited.
    const worker = async () => {
      while (failure === undefined && next < parts.length) {
        const index = order[next++]!;
        const dir = path.join(staging, String(index));
        try {
          for (const page of parts[index]!) {
            mkdirSync(path.dirname(path.join(dir, page)), { recursive: true });
            share(path.join(site, page), path.join(dir, page), true);
          }
          const indexed = await runPagefind(binary, dir, [], path.join(site, partFolder(index)), `${siteDir} (part ${index + 1} of ${parts.length})`, mine);
          // Added after the await: `count += await …` would add to the count read before it, losing the other workers' parts.
          count += indexed;
        } catch (error) {
          if (failure === undefined) {
            failure = { error };
            for (const child of mine) child.kill('SIGTERM');
          }
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }
    };
    const parallel = Math.max(1, Math.min(options.parallel ?? partsAtOnce() ?? concurrentParts(parts.length, size), parts.length));
    try {
      await Promise.all(Array.from({ length: parallel }, worker));
    } finally {
      rmSync(staging, { recursive: true, force: true });
    }
    if (failure !== undefined) throw failure.error;
  }
  const others = parts.slice(1).map((_, index) => `${partFolder(index + 1)}/`);
  writeFileSync(path.join(site, partFolder(0), PARTS_MANIFEST), `${JSON.stringify({ parts: others })}\n`);
  return count;
}

/** `SIGWIKI_SEARCH_PARALLEL`: parts at once, for a machine whose free memory misleads (a shared runner). */
function partsAtOnce(): number | undefined {
  const fromEnv = Number(process.env.SIGWIKI_SEARCH_PARALLEL);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : undefined;
}

function partPages(): number {
  const fromEnv = Number(process.env.SIGWIKI_SEARCH_PART_PAGES);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : SEARCH_PART_PAGES;
}

/** Runs pagefind over `site` into `output`; resolves with the pages it indexed. Errors name the site as `shown` (the path the user gave). */
async function runPagefind(binary: string, site: string, extra: string[], output: string, shown: string, alsoIn?: Set<ChildProcess>): Promise<number> {
  const args = ['--site', site, ...extra, '--output-path', output, '--silent'];
  try {
    // Run from pagefind's own folder: the command line reads a pagefind.yml (which can move the
    // output anywhere) from its working folder, and the wiki's folder is contributed content.
    const indexing = execFileAsync(binary, args, { cwd: PAGEFIND_DIR, maxBuffer: 16 * 1024 * 1024, windowsHide: true });
    for (const set of [running, alsoIn]) {
      set?.add(indexing.child);
      indexing.child.once('exit', () => set?.delete(indexing.child));
    }
    await indexing;
  } catch (error) {
    const { stderr, stdout, message } = error as { stderr?: string; stdout?: string; message: string };
    throw new Error(`pagefind could not index ${shown}: ${(stderr || stdout || message).trim()}`);
  }
  const pages = livePageCount(output);
  if (pages === undefined) throw new Error(`pagefind exited without writing a readable ${path.join(output, 'pagefind-entry.json')}`);
  return pages;
}

/**
 * Ends every pagefind process still indexing (`serve` stopping mid-build): a child process
 * outlives the Node process that started it. Their `indexSite` calls then reject.
 */
export function stopIndexing(): void {
  for (const child of running) child.kill('SIGTERM');
}

/** The pages in the index at `indexDir`, from its entry point; undefined when unreadable. */
function livePageCount(indexDir: string): number | undefined {
  try {
    const entry = JSON.parse(readFileSync(path.join(indexDir, 'pagefind-entry.json'), 'utf8')) as { languages?: Record<string, { page_count?: number }> };
    return Object.values(entry.languages ?? {}).reduce((sum, language) => sum + (language.page_count ?? 0), 0);
  } catch {
    return undefined;
  }
}

/** pagefind's content-addressed files: named by a hash of their content, never rewritten. */
const IMMUTABLE = /^(?:fragment|index|filter)$|\.pf_meta$/;

/**
 * Gives the search index about to be written into `newSite` the content-addressed files of the
 * index in `previousSite` (hard links, else copies), part by part (`pagefind/`, `pagefind-1/`,
 * …). pagefind does not write such a file again when it exists, so a rebuild compresses only
 * what changed: gzip at its best level of every page's fragment was a third of the index's
 * time. The other files (the entry point naming the current index, the scripts) are always
 * written afresh, so the previous site, which the links share files with, is never changed.
 *
 * Files the new index no longer uses stay, unreferenced. Once they outnumber a part's live
 * pages' fragments, nothing is seeded for that part and it starts clean. Returns whether any
 * part was seeded.
 */
export function seedSearchIndex(previousSite: string, newSite: string): boolean {
  let seeded = false;
  for (const folder of safeList(previousSite).filter((name) => /^pagefind(?:-\d+)?$/.test(name))) {
    if (seedPart(path.join(previousSite, folder), path.join(newSite, folder))) seeded = true;
  }
  return seeded;
}

function seedPart(from: string, to: string): boolean {
  const livePages = livePageCount(from);
  if (livePages === undefined) return false;
  const fragments = safeList(path.join(from, 'fragment')).length;
  if (fragments === 0 || fragments > 2 * livePages) return false;
  for (const name of safeList(from).filter((candidate) => IMMUTABLE.test(candidate))) {
    const source = path.join(from, name);
    const isFolder = !name.endsWith('.pf_meta');
    for (const file of isFolder ? safeList(source).map((inner) => path.join(name, inner)) : [name]) {
      mkdirSync(path.dirname(path.join(to, file)), { recursive: true });
      share(path.join(from, file), path.join(to, file));
    }
  }
  return true;
}

function share(source: string, target: string, evenEmpty = false): void {
  // An empty file is a write that never happened (pagefind's process killed before it finished,
  // as earlier sigwiki builds could): pagefind would keep it, since it exists, so let it be written.
  if (!evenEmpty && statSync(source).size === 0) return;
  try {
    linkSync(source, target);
  } catch {
    copyFileSync(source, target);
  }
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}
