// Reads a content folder from disk: the only module that touches the file system for content.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ContentFile, ContentFiles, GroupFolder } from '../model/content-files.js';
import { groupFileDates } from './git-dates.js';

/**
 * Reads `contentDir` (e.g. `content`): sigwiki.yaml, people.yaml and every group folder.
 * File paths in the result are relative to `cwd` and use `/`, as messages show them.
 * Hidden files and anything that is not `group.yaml` or `*.md` in a group folder are ignored.
 * With `history`, each group folder also gets the time its group.yaml last changed in git (for
 * the calendar feeds); a check does without, since `git log` walks the whole history.
 */
export async function readRepo(contentDir: string, cwd = process.cwd(), options: { history?: boolean } = {}): Promise<ContentFiles> {
  const root = toPosix(path.relative(cwd, path.resolve(cwd, contentDir))) || '.';
  const seenAt = Date.now();
  const list = (relative: string) => listedFile(cwd, relative, seenAt);

  const groupsDir = path.resolve(cwd, root, 'groups');
  // git runs while the files are read.
  const history = options.history === false ? undefined : groupFileDates(root, cwd);
  const groupIds = listDir(groupsDir).filter((entry) => entry.isDirectory() && !entry.name.startsWith('.')).map((entry) => entry.name);
  const groups = groupIds.sort().map((id): GroupFolder => {
    const folder = `${root}/groups/${id}`;
    const minutesNames = listDir(path.resolve(cwd, folder))
      .filter((entry) => entry.isFile() && entry.name.endsWith('.md') && !entry.name.startsWith('.') && entry.name.toLowerCase() !== 'readme.md')
      .map((entry) => entry.name)
      .sort();
    const minutes = minutesNames.map((name) => list(`${folder}/${name}`));
    return {
      id,
      path: folder,
      groupFile: list(`${folder}/group.yaml`),
      minutes: minutes.filter((file): file is ContentFile => file !== undefined),
    };
  });
  const lastModified = await history;
  for (const group of groups) group.lastModified = lastModified?.get(`${group.path}/group.yaml`);
  return { root, siteFile: list(`${root}/sigwiki.yaml`), peopleFile: list(`${root}/people.yaml`), groups };
}

// Files are listed and read synchronously: for thousands of small files that is several times
// faster than as many promises queued on libuv's four threads (1.8 s for 10k minutes on tmpfs).
function listedFile(cwd: string, relative: string, seenAt: number): ContentFile | undefined {
  const absolute = path.resolve(cwd, relative);
  let stats;
  try {
    stats = statSync(absolute);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  let text: string | undefined;
  // Read when first asked for: with the cache, an unchanged file is known by its stat alone
  // (see StatIndex), and is never read. A getter on the object itself, so that copies to
  // worker threads carry the text.
  const file = {
    path: relative,
    get text() {
      return (text ??= readFileSync(absolute, 'utf8'));
    },
  };
  STATS.set(file, { size: stats.size, mtimeMs: stats.mtimeMs, ctimeMs: stats.ctimeMs, ino: stats.ino, seenAt });
  return file;
}

/** What the file system said about a file when it was listed, and when that was. */
export interface FileStat {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
  /** `Date.now()` just before the content folder was listed. */
  seenAt: number;
}

const STATS = new WeakMap<ContentFile, FileStat>();

/** The stat of a file read by {@link readRepo}; undefined for files made in memory. */
export function statOf(file: ContentFile): FileStat | undefined {
  return STATS.get(file);
}

function listDir(dir: string) {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}
