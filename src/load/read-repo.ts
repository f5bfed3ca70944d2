// Reads a content folder from disk: the only module that touches the file system for content.
import { lstatSync, readdirSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { SigwikiMessage } from '../diagnostics/message.js';
import type { ContentFile, ContentFiles, GroupFolder } from '../model/content-files.js';
import { groupFileDates } from './git-dates.js';
import { inspectFile, readContentText, RefusedFile, type Refusal } from './read-content-file.js';

/**
 * Reads `contentDir` (e.g. `content`): sigwiki.yaml, people.yaml and every group folder.
 * File paths in the result are relative to `cwd` and use `/`, as messages show them.
 * Only regular files are read, never through a symbolic link and at most 10 MB each (see
 * read-content-file.ts): whatever is refused gets an error in `messages` and its path in `unreadable`. Hidden
 * entries and READMEs are passed over in silence; any other entry sigwiki does not read gets a
 * warning, so that a `.markdown` file or a stray folder is not dropped unnoticed.
 * With `history`, each group folder also gets the time its group.yaml last changed in git (for
 * the calendar feeds); a check does without, since `git log` walks the whole history.
 */
export async function readRepo(contentDir: string, cwd = process.cwd(), options: { history?: boolean } = {}): Promise<ContentFiles> {
  const root = toPosix(path.relative(cwd, path.resolve(cwd, contentDir))) || '.';
  const seenAt = Date.now();
  const messages: SigwikiMessage[] = [];
  const unreadable = new Set<string>();
  const refuse = (shown: string, refusal: Refusal) => {
    unreadable.add(shown);
    messages.push(new SigwikiMessage(refusal.reason, { file: shown, ruleId: refusal.ruleId, hint: refusal.hint }));
  };
  const ignore = (shown: string, reason: string, hint: string) =>
    messages.push(new SigwikiMessage(reason, { file: shown, ruleId: 'file-ignored', severity: 'warning', hint }));
  const list = (relative: string) => listedFile(cwd, relative, seenAt, refuse);
  const folder = (relative: string) => listFolder(cwd, relative, refuse);

  // git runs while the files are read.
  const history = options.history === false ? undefined : groupFileDates(root, cwd);
  const groupIds: string[] = [];
  for (const entry of folder(`${root}/groups`)) {
    const shown = `${root}/groups/${entry.name}`;
    if (entry.name.startsWith('.') || isReadme(entry.name)) continue;
    if (entry.isDirectory()) groupIds.push(entry.name);
    else if (entry.isSymbolicLink()) refuse(shown, refusalAt(cwd, shown));
    else ignore(shown, `${shown} is not a group folder, so it is not read`, 'groups/ holds one folder per group, groups/<group-id>/group.yaml; move the file into one, or delete it');
  }
  const groups = groupIds.sort().map((id): GroupFolder => {
    const groupPath = `${root}/groups/${id}`;
    const minutesNames: string[] = [];
    for (const entry of folder(groupPath)) {
      const shown = `${groupPath}/${entry.name}`;
      if (entry.name.startsWith('.') || isReadme(entry.name) || entry.name === 'group.yaml') continue;
      if (entry.name.endsWith('.md') && entry.isFile()) minutesNames.push(entry.name);
      else if (entry.isSymbolicLink() || (entry.name.endsWith('.md') && !entry.isDirectory())) refuse(shown, refusalAt(cwd, shown));
      else ignore(shown, ...ignoredEntry(shown, entry.name, entry.isDirectory()));
    }
    const minutes = minutesNames.sort().map((name) => list(`${groupPath}/${name}`));
    return {
      id,
      path: groupPath,
      groupFile: list(`${groupPath}/group.yaml`),
      minutes: minutes.filter((file): file is ContentFile => file !== undefined),
    };
  });
  const lastModified = await history;
  for (const group of groups) group.lastModified = lastModified?.get(`${group.path}/group.yaml`);
  return { root, siteFile: list(`${root}/sigwiki.yaml`), peopleFile: list(`${root}/people.yaml`), groups, messages, unreadable };
}

/** Why an entry of a group folder is not read, and what to do about it. */
function ignoredEntry(shown: string, name: string, isFolder: boolean): [string, string] {
  const stem = name.replace(/\.[^.]*$/, '');
  if (isFolder && name.endsWith('.md')) return [`${shown} is a folder, so it is not read as minutes`, `minutes are files: move its text into a file named ${name}`];
  if (isFolder) return [`${shown} is a folder inside a group folder, so it is not read`, 'a group folder holds group.yaml and minutes files named YYYY-MM-DD.md; groups do not nest'];
  if (name === 'group.yml') return [`${shown} is not read`, 'rename it to group.yaml'];
  if (/\.(?:markdown|mdown|mkdn?|mdx|md|txt)$/i.test(name)) return [`${shown} is not read: minutes files end in .md`, `rename it to ${stem}.md`];
  return [`${shown} is not read`, 'a group folder holds group.yaml and minutes files named YYYY-MM-DD.md; move other files out of content/'];
}

function isReadme(name: string): boolean {
  return name.toLowerCase() === 'readme.md';
}

/** The refusal for an entry that was listed as something sigwiki will not read. */
function refusalAt(cwd: string, shown: string): Refusal {
  const found = inspectFile(path.resolve(cwd, shown), shown);
  return found && 'refusal' in found ? found.refusal : { ruleId: 'file-not-regular', reason: `${shown} is not a regular file`, hint: 'replace it with a plain file' };
}

// Files are listed and read synchronously: for thousands of small files that is several times
// faster than as many promises queued on libuv's four threads (1.8 s for 10k minutes on tmpfs).
function listedFile(cwd: string, relative: string, seenAt: number, refuse: (shown: string, refusal: Refusal) => void): ContentFile | undefined {
  const absolute = path.resolve(cwd, relative);
  const found = inspectFile(absolute, relative);
  if (!found) return undefined;
  if ('refusal' in found) {
    refuse(relative, found.refusal);
    return undefined;
  }
  const { stats } = found;
  let text: string | undefined;
  // Read when first asked for: with the cache, an unchanged file is known by its stat alone
  // (see StatIndex), and is never read. A getter on the object itself, so that copies to
  // worker threads carry the text. A file that fails to read now (it changed since it was
  // listed) reads as empty, and is marked unreadable so that linking passes over it.
  const file = {
    path: relative,
    get text() {
      if (text === undefined) {
        try {
          text = readContentText(absolute, relative);
        } catch (error) {
          if (!(error instanceof RefusedFile)) throw error;
          refuse(relative, error.refusal);
          text = '';
        }
      }
      return text;
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

/**
 * The entries of a folder of the content folder, which must be a real folder: a symbolic link,
 * a file or an unreadable folder in its place is refused. A folder that is not there has none.
 */
function listFolder(cwd: string, relative: string, refuse: (shown: string, refusal: Refusal) => void): Dirent[] {
  const absolute = path.resolve(cwd, relative);
  try {
    const stats = lstatSync(absolute);
    if (stats.isSymbolicLink()) {
      refuse(relative, refusalAt(cwd, relative));
      return [];
    }
    if (!stats.isDirectory()) {
      refuse(relative, { ruleId: 'file-not-regular', reason: `${relative} is not a folder`, hint: `make ${relative} a folder` });
      return [];
    }
    return readdirSync(absolute, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return [];
    refuse(relative, {
      ruleId: 'file-read',
      reason: `${relative} cannot be listed (${code ?? 'an I/O error'})`,
      hint: 'give the user running sigwiki read and search permission on the folder (chmod a+rx)',
    });
    return [];
  }
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}
