// Builds the static search index of a written site with pagefind (its binary ships in the npm package).
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
