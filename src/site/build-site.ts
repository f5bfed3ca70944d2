// Runs Eleventy over a checked wiki into a folder of its own, then publishes it in one atomic step (publish.ts).
import { stat } from 'node:fs/promises';
import path from 'node:path';
import Eleventy from '@11ty/eleventy';
import type { WikiResult } from '../model/wiki.js';
import { PACKAGE_ROOT } from '../package-root.js';
import { pageBatches } from './page-batches.js';
import { preloadWiki } from './plugin.js';
import { describeFsError, discardRelease, fsErrorCode, OutputRefused, publishRelease, PublishFailed, startRelease } from './publish.js';
import { seedSearchIndex } from './search-index.js';

/** Root of the sigwiki package, where `.eleventy.js` and `layouts/` live (re-exported for serve). */
export { PACKAGE_ROOT };
export { OutputRefused, PublishFailed };

/** Folders are relative to the process's working directory, as Eleventy takes them. */
export interface BuildSiteOptions {
  contentDir: string;
  outputDir: string;
  /** The path the site is served under, `/minutes/` (normalised, see model/urls.ts); default `/`. */
  basePath?: string;
  quiet?: boolean;
}

/** What a build that published its site has to say: old builds it could not remove. */
export interface BuiltSite {
  warnings: string[];
}

/** Errors whose code says more than Eleventy's wrapping message ("Having trouble copying …"). */
const PLAIN_CODES = new Set(['ENOSPC', 'EDQUOT', 'EROFS', 'EACCES', 'EPERM']);

/**
 * Writes the site for `wiki` and publishes it at `outputDir`, a symlink switched to the new
 * build's folder in one rename (see publish.ts). Throws {@link OutputRefused} when the output
 * is a file or a folder sigwiki did not write, and {@link PublishFailed} otherwise; its
 * `outputUnchanged` says whether the previous site is still published, as it is for every
 * failure before the switch. A failed build's folder is removed.
 */
export async function buildSite(wiki: WikiResult, options: BuildSiteOptions): Promise<BuiltSite> {
  const output = path.resolve(options.outputDir);
  let started;
  try {
    started = await startRelease(output);
  } catch (error) {
    if (error instanceof OutputRefused) throw error;
    throw new PublishFailed(`could not prepare ${options.outputDir}: ${describeFsError(error)}`, true, { cause: error });
  }
  const { release, warnings } = started;
  process.env.SIGWIKI_CONTENT = options.contentDir;
  try {
    try {
      seedSearchIndex(output, release.dir);
    } catch {
      // Only a head start: the index is then written whole (the published site was just replaced).
    }
    // One Eleventy run per batch of pages: a run keeps every page it renders until it ends, so
    // node's memory is that of one batch, not of the whole wiki (see page-batches.ts).
    const batches = pageBatches(wiki.wiki);
    for (const [index, render] of batches.entries()) {
      preloadWiki(wiki, { render, last: index === batches.length - 1 });
      await writePages(release.dir, options);
    }
    if (!(await exists(path.join(release.dir, 'index.html')))) throw new Error(`Eleventy wrote no index.html into ${release.dir}`);
  } catch (error) {
    await discardRelease(release);
    const code = fsErrorCode(error);
    const message = code !== undefined && PLAIN_CODES.has(code) ? `${describeFsError(error)} while writing ${options.outputDir}` : (error as Error).message;
    throw new PublishFailed(message, true, { cause: error });
  }
  try {
    warnings.push(...(await publishRelease(release)));
  } catch (error) {
    await discardRelease(release);
    throw error;
  }
  return { warnings };
}

/** One Eleventy run into `dir`, over the wiki and pages given to preloadWiki. */
async function writePages(dir: string, options: BuildSiteOptions): Promise<void> {
  const eleventy = new Eleventy(relative(path.join(PACKAGE_ROOT, 'layouts')), relative(dir), {
    configPath: path.join(PACKAGE_ROOT, '.eleventy.js'),
    quietMode: options.quiet ?? true,
    pathPrefix: options.basePath ?? '/',
  });
  // Eleventy logs a failed write with its stack; the caller reports the error in one line.
  if (options.quiet ?? true) eleventy.disableLogger();
  await eleventy.write();
}

function relative(target: string): string {
  return path.relative(process.cwd(), target) || '.';
}

async function exists(target: string): Promise<boolean> {
  try {
    await stat(target);
    return true;
  } catch {
    return false;
  }
}
