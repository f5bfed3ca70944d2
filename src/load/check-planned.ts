// Checks a wiki as it would be after some files are written, without writing them: for `import`.
import path from 'node:path';
import { linkWiki } from '../model/link-wiki.js';
import type { ContentFile, ContentFiles } from '../model/content-files.js';
import type { WikiResult } from '../model/wiki.js';
import { today, buildInstant } from './load-wiki.js';
import { parseContent } from './parse-content.js';
import { readRepo } from './read-repo.js';

/** Options for {@link checkPlannedWiki}. */
export interface PlannedWikiOptions {
  /** Content folder, relative to `cwd`. */
  contentDir: string;
  cwd: string;
  /**
   * Files as they would be written, by path relative to `cwd` with `/` (`content/people.yaml`,
   * `content/groups/<group>/<date>.md`). A path that exists is replaced, others are added.
   */
  planned: ReadonlyMap<string, string>;
  /** `YYYY-MM-DD` to compute ages for; default today (or `SIGWIKI_TODAY`). */
  asOf?: string;
}

/**
 * Runs the checks of `sigwiki check` (same reading, parsing and linking) on the content folder
 * with `planned` laid over it in memory. Nothing is written and no cache is used, so the answer is
 * the one `check` would give once the files are written. A planned minutes file in a group folder
 * that does not exist is left out: the caller refuses those before planning.
 */
export async function checkPlannedWiki(options: PlannedWikiOptions): Promise<WikiResult> {
  const files = await readRepo(options.contentDir, options.cwd, { history: false });
  overlay(files, options.planned);
  const parsed = await parseContent(files, { render: false, cacheDir: false, workers: 1 });
  const asOf = options.asOf ?? today();
  return linkWiki(files, parsed.records, { asOf, now: buildInstant(asOf), render: false });
}

/** The path `readRepo` gives a file of `contentDir`, e.g. `./content/` + `people.yaml` → `content/people.yaml`. */
export function contentPath(contentDir: string, cwd: string, relative: string): string {
  const root = path.relative(cwd, path.resolve(cwd, contentDir)).split(path.sep).join('/') || '.';
  return `${root}/${relative}`;
}

function overlay(files: ContentFiles, planned: ReadonlyMap<string, string>): void {
  for (const [file, text] of planned) {
    const memory: ContentFile = { path: file, text };
    // A planned file replaces what was read, and is readable whatever the disk said of the old one.
    files.unreadable?.delete(file);
    if (file === `${files.root}/people.yaml`) {
      files.peopleFile = memory;
      continue;
    }
    const group = files.groups.find((folder) => file.startsWith(`${folder.path}/`) && !file.slice(folder.path.length + 1).includes('/'));
    if (!group) continue;
    const at = group.minutes.findIndex((minutes) => minutes.path === file);
    if (at >= 0) group.minutes[at] = memory;
    else group.minutes.push(memory);
    group.minutes.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }
}
