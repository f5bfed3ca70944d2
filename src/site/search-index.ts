// Builds the static search index of a written site with pagefind (its binary ships in the npm package).
import { copyFileSync, linkSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';

/**
 * The pages that carry `data-pagefind-body` (see model/urls.ts): groups, meetings and people.
 * pagefind would otherwise parse every page only to skip it; at 10k minutes the action lists
 * and year pages are half the site's bytes.
 */
const SEARCHABLE_PAGES = '{groups/*/index.html,groups/*/[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*/index.html,people/*/index.html}';

/**
 * Indexes every page of `siteDir` that marks its searchable part with `data-pagefind-body`,
 * and writes the index and pagefind's search UI to `<siteDir>/pagefind/`. Returns the number of
 * pages indexed.
 */
export async function indexSite(siteDir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  try {
    if (!index) throw new Error(`pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: siteDir, glob: SEARCHABLE_PAGES });
    if (added.errors.length > 0) throw new Error(`pagefind could not index ${siteDir}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
    if (written.errors.length > 0) throw new Error(`pagefind could not write its index: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}

/** pagefind's content-addressed files: named by a hash of their content, never rewritten. */
const IMMUTABLE = /^(?:fragment|index|filter)$|\.pf_meta$/;

/**
 * Gives the search index about to be written into `newSite` the content-addressed files of the
 * index in `previousSite` (hard links, else copies). pagefind does not write such a file again
 * when it exists, so a rebuild compresses only what changed: gzip at its best level of every
 * page's fragment was a third of the index's time. The other files (the entry point naming the
 * current index, the scripts) are always written afresh, so the previous site, which the links
 * share files with, is never changed.
 *
 * Files the new index no longer uses stay, unreferenced. Once they outnumber the live pages'
 * fragments, nothing is seeded and the next index starts clean. Returns whether it seeded.
 */
export function seedSearchIndex(previousSite: string, newSite: string): boolean {
  const from = path.join(previousSite, 'pagefind');
  const to = path.join(newSite, 'pagefind');
  let livePages: number;
  try {
    const entry = JSON.parse(readFileSync(path.join(from, 'pagefind-entry.json'), 'utf8')) as { languages?: Record<string, { page_count?: number }> };
    livePages = Object.values(entry.languages ?? {}).reduce((sum, language) => sum + (language.page_count ?? 0), 0);
  } catch {
    return false;
  }
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

function share(source: string, target: string): void {
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
