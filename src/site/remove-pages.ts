// Removes the written pages of meetings a `serve` rebuild found gone, so the preview does not keep serving them.
import { rmdirSync, rmSync } from 'node:fs';
import path from 'node:path';

/**
 * Removes `<outputDir><url>index.html` for each site path in `urls` (`/groups/x/2014-04-11/`),
 * and its folder when that is then empty. A path that would leave the output folder is skipped
 * (paths come from validated ids, but the file system is not trusted with them unchecked).
 */
export function removePages(outputDir: string, urls: Iterable<string>): void {
  const root = path.resolve(outputDir);
  for (const url of urls) {
    const folder = path.resolve(root, `.${url}`);
    if (!folder.startsWith(`${root}${path.sep}`)) continue;
    rmSync(path.join(folder, 'index.html'), { force: true });
    try {
      rmdirSync(folder);
    } catch {
      // not empty (it holds other pages) or gone already
    }
  }
}
