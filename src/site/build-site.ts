// Runs Eleventy over a checked wiki, into a temporary folder that replaces the output on success.
import { randomBytes } from 'node:crypto';
import { rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import Eleventy from '@11ty/eleventy';
import type { WikiResult } from '../model/wiki.js';
import { PACKAGE_ROOT } from '../package-root.js';
import { preloadWiki } from './plugin.js';
import { seedSearchIndex } from './search-index.js';

/** Root of the sigwiki package, where `.eleventy.js` and `layouts/` live (re-exported for serve). */
export { PACKAGE_ROOT };

/** Folders are relative to the process's working directory, as Eleventy takes them. */
export interface BuildSiteOptions {
  contentDir: string;
  outputDir: string;
  /** The path the site is served under, `/minutes/` (normalised, see model/urls.ts); default `/`. */
  basePath?: string;
  quiet?: boolean;
}

/**
 * Writes the site for `wiki` to `outputDir`. Everything is written to a sibling temporary
 * folder first and swapped in only when Eleventy succeeds, so a failed build never leaves a
 * half-built site.
 */
export async function buildSite(wiki: WikiResult, options: BuildSiteOptions): Promise<void> {
  const output = path.resolve(options.outputDir);
  const temporary = `${output}.tmp-${randomBytes(4).toString('hex')}`;
  const previous = `${output}.old-${randomBytes(4).toString('hex')}`;
  process.env.SIGWIKI_CONTENT = options.contentDir;
  preloadWiki(wiki);
  try {
    seedSearchIndex(output, temporary);
    const eleventy = new Eleventy(relative(path.join(PACKAGE_ROOT, 'layouts')), relative(temporary), {
      configPath: path.join(PACKAGE_ROOT, '.eleventy.js'),
      quietMode: options.quiet ?? true,
      pathPrefix: options.basePath ?? '/',
    });
    await eleventy.write();
  } catch (error) {
    await rm(temporary, { recursive: true, force: true });
    throw error;
  }
  if (!(await exists(path.join(temporary, 'index.html')))) {
    await rm(temporary, { recursive: true, force: true });
    throw new Error(`Eleventy wrote no index.html into ${temporary}`);
  }
  const hadOutput = await exists(output);
  if (hadOutput) await rename(output, previous);
  try {
    await rename(temporary, output);
  } catch (error) {
    if (hadOutput) await rename(previous, output);
    throw error;
  }
  if (hadOutput) await rm(previous, { recursive: true, force: true });
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
