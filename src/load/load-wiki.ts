// Reads a content folder and builds its wiki: the entry point shared by the build and `check`.
import { buildWiki } from '../model/build-wiki.js';
import type { WikiResult } from '../model/wiki.js';
import { readRepo } from './read-repo.js';

/** Options for {@link loadWiki}. */
export interface LoadOptions {
  /** Content folder, relative to `cwd`. */
  contentDir: string;
  cwd?: string;
  /** `YYYY-MM-DD` to compute ages for; default today (UTC), or `SIGWIKI_TODAY` when set. */
  asOf?: string;
}

/** Reads and builds the wiki. Content problems are messages in the result, never exceptions. */
export async function loadWiki(options: LoadOptions): Promise<WikiResult> {
  const files = await readRepo(options.contentDir, options.cwd);
  return buildWiki(files, { asOf: options.asOf ?? today() });
}

/** Today's date in UTC, or the `SIGWIKI_TODAY` override that makes builds reproducible. */
export function today(): string {
  const override = process.env.SIGWIKI_TODAY;
  if (override && /^\d{4}-\d{2}-\d{2}$/.test(override)) return override;
  return new Date().toISOString().slice(0, 10);
}
