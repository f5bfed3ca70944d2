// Builds the static search index of a written site with pagefind (its binary ships in the npm package).
import * as pagefind from 'pagefind';

/**
 * Indexes every page of `siteDir` that marks its searchable part with `data-pagefind-body`,
 * and writes the index and pagefind's search UI to `<siteDir>/pagefind/`. Returns the number of
 * pages indexed.
 */
export async function indexSite(siteDir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  try {
    if (!index) throw new Error(`pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw new Error(`pagefind could not index ${siteDir}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
    if (written.errors.length > 0) throw new Error(`pagefind could not write its index: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}
