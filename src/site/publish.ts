// Publishes a built site in one atomic step: each build writes a folder of its own, and the output path is a symlink switched to it by rename(2).
import { randomBytes } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { lstat, mkdir, readdir, readlink, rename, rm, rmdir, symlink, unlink } from 'node:fs/promises';
import path from 'node:path';

/*
 * Why a symlink. A folder cannot be replaced by another in one step from Node: renaming the old
 * one away and the new one in is two renames, and a build killed between them left no site at
 * all. Linux's renameat2(RENAME_EXCHANGE) swaps two folders atomically, but Node does not offer
 * it (nor does coreutils before 9.5, nor macOS under that name). rename(2) of a symlink over a
 * symlink is atomic everywhere: a reader finds either the old link or the new one, each naming a
 * complete site. So the output path (`_site`) is a symlink to `.sigwiki-site/_site/<build id>/`,
 * relative, so the folder can move. Static hosts, `tar --directory _site` (what GitHub's
 * upload-pages-artifact runs), `rsync -a _site/ …` and `cp -r _site/. …` all follow it; `rsync -a
 * _site …` and `cp -r _site …` without the trailing slash copy the link itself (docs/architecture.md).
 *
 * Each build's folder is named `<pid>-<start>-<random>`: the process that writes it and when that
 * process started (from /proc, so a reused pid is not mistaken for the builder; 0 elsewhere). A
 * folder whose builder is gone and that the output does not point to is a leftover (a killed
 * build, a full disk) and the next build removes it, after ending any pagefind still indexing it.
 * A folder of a build still running is never touched, so concurrent builds stay safe: the last to
 * switch wins and removes the others' finished folders.
 */

/** Where the versions of `output` live: `<parent>/.sigwiki-site/<name>/`. */
export function versionsFolder(output: string): string {
  return path.join(path.dirname(output), '.sigwiki-site', path.basename(output));
}

/** A build's own folder, before and after it is published. */
export interface Release {
  /** Absolute path of the output symlink (`…/_site`). */
  output: string;
  /** Absolute path of this build's folder, where Eleventy writes. */
  dir: string;
}

/** The output cannot be used as it is: the build is refused before anything is written. */
export class OutputRefused extends Error {
  override name = 'OutputRefused';
}

/** Publishing failed; `outputUnchanged` says whether the output is still the previous site. */
export class PublishFailed extends Error {
  override name = 'PublishFailed';
  readonly outputUnchanged: boolean;
  constructor(message: string, outputUnchanged: boolean, options?: ErrorOptions) {
    super(message, options);
    this.outputUnchanged = outputUnchanged;
  }
}

/**
 * Makes a new folder for a build of `output` (absolute), after removing what killed builds left.
 * Refuses an output that is a plain file, or a folder that holds something other than a site
 * (no `index.html`): replacing it would throw away files sigwiki did not write. Returns the
 * release and the leftovers it could not remove, as warnings.
 */
export async function startRelease(output: string): Promise<{ release: Release; warnings: string[] }> {
  await refuseForeignOutput(output);
  const versions = versionsFolder(output);
  await mkdir(versions, { recursive: true });
  const warnings = await removeLeftovers(output);
  const dir = path.join(versions, `${process.pid}-${startTimeOf(process.pid) ?? 0}-${randomBytes(4).toString('hex')}`);
  // Recursive: a failed concurrent build may have just removed the emptied versions folder.
  await mkdir(dir, { recursive: true });
  return { release: { output, dir }, warnings };
}

/**
 * Points the output at the release in one rename(2). Before that the output is the previous
 * site, whatever fails (PublishFailed with outputUnchanged). Afterwards nothing fails: what
 * cannot be removed of older versions is returned as warnings.
 *
 * One case is not atomic: the first build over a plain `_site/` folder (an older sigwiki wrote
 * one, or the user did). rename(2) cannot put a symlink where a folder is, so the folder is first
 * moved into the versions folder, and for that moment there is no `_site`. It happens once.
 */
export async function publishRelease(release: Release): Promise<string[]> {
  const { output, dir } = release;
  const link = `${dir}.link`;
  try {
    await symlink(path.relative(path.dirname(output), dir), link);
  } catch (error) {
    throw new PublishFailed(`could not write ${link}: ${describeFsError(error)}`, true, { cause: error });
  }
  let movedAway: string | undefined;
  for (let attempt = 0; ; attempt++) {
    try {
      await rename(link, output);
      break;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // A folder is in the way (see above); another build may be moving it at the same moment.
      if (attempt < 3 && (code === 'EISDIR' || code === 'ENOTEMPTY' || code === 'EEXIST' || code === 'ENOTDIR')) {
        const aside = path.join(versionsFolder(output), `0-0-folder-${randomBytes(4).toString('hex')}`);
        try {
          await rename(output, aside);
          movedAway = aside;
        } catch (moveError) {
          if ((moveError as NodeJS.ErrnoException).code === 'ENOENT') continue;
          await unlink(link).catch(() => undefined);
          throw new PublishFailed(`could not replace the folder ${output}: ${describeFsError(moveError)}`, true, { cause: moveError });
        }
        continue;
      }
      await unlink(link).catch(() => undefined);
      const restored = movedAway === undefined || (await rename(movedAway, output).then(() => true, () => false));
      throw new PublishFailed(`could not switch ${output} to the new site: ${describeFsError(error)}`, restored, { cause: error });
    }
  }
  return removeLeftovers(output);
}

/** Removes a release that will not be published (the build failed), and an empty versions folder. */
export async function discardRelease(release: Release): Promise<void> {
  await rm(release.dir, { recursive: true, force: true });
  await rm(`${release.dir}.link`, { force: true });
  await removeEmptyVersions(release.output);
}

/**
 * Removes every version of `output` that is neither published nor being written by a running
 * build, and the temporary siblings older sigwiki versions left (`_site.tmp-*`, `_site.old-*`).
 * A pagefind process still indexing a removed folder is ended first (Linux: found in /proc),
 * else it would write into the folder again. Returns what could not be removed, as warnings.
 */
export async function removeLeftovers(output: string): Promise<string[]> {
  const versions = versionsFolder(output);
  const warnings: string[] = [];
  const candidates: string[] = [];
  for (const name of await readdir(versions).catch(() => [] as string[])) {
    const owner = /^(\d+)-(\d+)-/.exec(name);
    if (!owner) continue;
    // Checked before the link is read: a builder that is gone has switched the link if it ever will.
    if (isRunning(Number(owner[1]), Number(owner[2]))) continue;
    candidates.push(path.join(versions, name));
  }
  const legacy = new RegExp(`^${escapeRegExp(path.basename(output))}\\.(?:tmp|old)-[0-9a-f]{8}$`);
  for (const name of await readdir(path.dirname(output)).catch(() => [] as string[])) {
    if (legacy.test(name)) candidates.push(path.join(path.dirname(output), name));
  }
  if (candidates.length === 0) return warnings;
  const published = await publishedFolder(output);
  for (const candidate of candidates) {
    if (candidate === published) continue;
    endPagefindIndexing(candidate);
    try {
      await rm(candidate, { recursive: true, force: true });
    } catch (error) {
      warnings.push(`could not remove the old build ${path.relative(process.cwd(), candidate)}: ${describeFsError(error)}; the next build tries again`);
    }
  }
  return warnings;
}

/** The folder `output` links to, absolute, or undefined when it is no symlink. */
async function publishedFolder(output: string): Promise<string | undefined> {
  try {
    return path.resolve(path.dirname(output), await readlink(output));
  } catch {
    return undefined;
  }
}

async function refuseForeignOutput(output: string): Promise<void> {
  let kind: 'missing' | 'link' | 'folder' | 'other' = 'missing';
  try {
    const stat = await lstat(output);
    kind = stat.isSymbolicLink() ? 'link' : stat.isDirectory() ? 'folder' : 'other';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new OutputRefused(`cannot read ${output}: ${describeFsError(error)}`);
  }
  if (kind === 'other') throw new OutputRefused(`${output} is a file, not a site folder: remove it or choose another --output`);
  if (kind !== 'folder') return;
  const entries = await readdir(output).catch(() => [] as string[]);
  if (entries.length > 0 && !entries.includes('index.html')) {
    throw new OutputRefused(`${output} holds files but no index.html, so it is no site sigwiki built: remove it or choose another --output`);
  }
}

async function removeEmptyVersions(output: string): Promise<void> {
  const versions = versionsFolder(output);
  // rmdir refuses a folder that is not empty, so a concurrent build's folder is safe.
  await rmdir(versions).catch(() => undefined);
  await rmdir(path.dirname(versions)).catch(() => undefined);
}

/** Whether process `pid` is alive and, where the start time is known, is the one that started then. */
function isRunning(pid: number, started: number): boolean {
  if (pid === 0) return false;
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  // Without a start time (not Linux) a live pid is taken as the builder's.
  return started === 0 || startTimeOf(pid) === started;
}

/**
 * When process `pid` started, in clock ticks since boot (field 22 of /proc/<pid>/stat), or
 * undefined without /proc or for a zombie (a process that has ended but not been waited for).
 */
function startTimeOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The fields after the command name, which is in parentheses and may hold spaces: state is first.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (fields[0] === 'Z') return undefined;
    return Number(fields[19]);
  } catch {
    return undefined;
  }
}

/**
 * Ends every pagefind process whose command line indexes `site` (Linux, from /proc). Only a
 * process that is pagefind (its program's or script's name says so) with `--site <site>` is signalled, so a
 * reused pid is never hit. Elsewhere an orphaned pagefind finishes by itself, and whatever it
 * writes after the folder is removed is a leftover for the next build.
 */
function endPagefindIndexing(site: string): void {
  let names: string[];
  try {
    names = readdirSync('/proc');
  } catch {
    return;
  }
  for (const name of names) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const args = readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0');
      // The program, or the script an interpreter runs (a `#!` file: `/bin/sh …/pagefind --site …`).
      if (!args.slice(0, 2).some((arg) => /^pagefind/.test(path.basename(arg)))) continue;
      const at = args.indexOf('--site');
      // A part of a large index is read from a folder inside the site (search-index.ts).
      const indexed = at === -1 ? undefined : path.resolve(args[at + 1] ?? '');
      if (indexed === undefined || (indexed !== site && !indexed.startsWith(`${site}${path.sep}`))) continue;
      process.kill(Number(name), 'SIGKILL');
    } catch {
      // ended meanwhile, or not ours to read
    }
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * One line for a file system error: what the code means in words, then the code. A full disk
 * is the common one (a build writes thousands of files).
 */
export function describeFsError(error: unknown): string {
  const code = fsErrorCode(error);
  const words: Record<string, string> = {
    ENOSPC: 'no space left on the disk',
    EDQUOT: 'the disk quota is used up',
    EROFS: 'the file system is read-only',
    EACCES: 'permission denied',
    EPERM: 'not permitted (read-only or immutable)',
  };
  if (code && words[code]) return `${words[code]} (${code})`;
  return code ? `${firstLine(error)} (${code})` : firstLine(error);
}

/** The errno code of `error` or of an error it wraps (Eleventy keeps the original as `originalError`). */
export function fsErrorCode(error: unknown): string | undefined {
  const seen = new Set<unknown>();
  for (let current = error; current && typeof current === 'object' && !seen.has(current); ) {
    seen.add(current);
    const { code, cause, originalError } = current as { code?: unknown; cause?: unknown; originalError?: unknown };
    if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return code;
    current = originalError ?? cause;
  }
  return undefined;
}

function firstLine(error: unknown): string {
  // Node's messages start with the code, which describeFsError puts at the end.
  return String((error as Error)?.message ?? error).split('\n')[0]!.replace(/^E[A-Z]+: /, '');
}
