// Reads a content folder and builds its wiki: the entry point shared by the build and `check`.
import path from 'node:path';
import { linkWiki } from '../model/link-wiki.js';
import type { WikiResult } from '../model/wiki.js';
import { parseContent } from './parse-content.js';
import { defaultCacheDir, type KeptRecordCaches } from './record-cache.js';
import { readRepo } from './read-repo.js';

/** Options for {@link loadWiki}. */
export interface LoadOptions {
  /** Content folder, relative to `cwd`. */
  contentDir: string;
  cwd?: string;
  /** `YYYY-MM-DD` to compute ages for; default today (UTC), or `SIGWIKI_TODAY` when set. */
  asOf?: string;
  /** ISO instant for "next meeting"; default now, or `SIGWIKI_NOW` / noon UTC of `SIGWIKI_TODAY`. */
  now?: string;
  /** False when nothing will be published (checks): minutes are not rendered to HTML. */
  render?: boolean;
  /**
   * Folder for the cache of parsed minutes, or false for none. Default `SIGWIKI_CACHE_DIR`, else
   * `node_modules/.cache/sigwiki` under `cwd` (see {@link defaultCacheDir}).
   */
  cacheDir?: string | false;
  /**
   * Most worker threads for parsing; default one per CPU, 1 to parse in this thread. `serve`
   * parses its edits in its own thread: the parsers stay loaded there between saves, where a
   * new worker would load them again each time (seconds on a busy machine).
   */
  workers?: number;
  /**
   * Record caches kept open between loads (`serve` passes the same map on every save), so the
   * cache's packs are read from disk once, not after every edit.
   */
  keptCaches?: KeptRecordCaches;
}

/** Reads and builds the wiki. Content problems are messages in the result, never exceptions. */
export async function loadWiki(options: LoadOptions): Promise<WikiResult> {
  const cwd = options.cwd ?? process.cwd();
  const render = options.render ?? true;
  const files = await readRepo(options.contentDir, cwd, { history: render });
  const cacheDir = options.cacheDir ?? (process.env.SIGWIKI_CACHE_DIR || (await defaultCacheDir(cwd)));
  const parsed = await parseContent(files, { render, cacheDir: cacheDir === false ? false : path.resolve(cwd, cacheDir), workers: options.workers, keptCaches: options.keptCaches });
  const asOf = options.asOf ?? today();
  return linkWiki(files, parsed.records, { asOf, now: options.now ?? buildInstant(asOf), render });
}

/** The instant the build stands at: `SIGWIKI_NOW`, noon UTC of a fixed `SIGWIKI_TODAY`, or now. */
export function buildInstant(asOf: string): string {
  const override = process.env.SIGWIKI_NOW;
  if (override && !Number.isNaN(Date.parse(override))) return new Date(override).toISOString();
  if (process.env.SIGWIKI_TODAY) return `${asOf}T12:00:00.000Z`;
  return new Date().toISOString();
}

/** Today's date in UTC, or the `SIGWIKI_TODAY` override that makes builds reproducible. */
export function today(): string {
  const override = process.env.SIGWIKI_TODAY;
  if (override && /^\d{4}-\d{2}-\d{2}$/.test(override)) return override;
  return new Date().toISOString().slice(0, 10);
}
