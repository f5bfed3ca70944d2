// Reads one content file safely: a regular file only, never through a symlink, at most 10 MB.
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, type Stats } from 'node:fs';
import type { RuleId } from '../diagnostics/message.js';

/**
 * The largest content file sigwiki reads, in bytes (10 MiB). The minutes of a long meeting are
 * tens of kilobytes; a larger file is a mistake or an attack, and reading it whole would only
 * exhaust memory (a link to `/dev/zero` grew a check to 16 GB).
 */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** Why a file of the content folder is not read: the message's rule, reason and hint. */
export interface Refusal {
  ruleId: Extract<RuleId, 'file-symlink' | 'file-not-regular' | 'file-too-large' | 'file-read'>;
  reason: string;
  hint: string;
}

/** A refusal thrown by {@link readContentText}, so that callers can tell it from a bug. */
export class RefusedFile extends Error {
  readonly refusal: Refusal;

  constructor(refusal: Refusal, cause?: unknown) {
    super(refusal.reason, cause === undefined ? undefined : { cause });
    this.name = 'RefusedFile';
    this.refusal = refusal;
  }
}

/**
 * What is at `absolute`, without following a symlink: its stats when it is a regular file sigwiki
 * may read, a refusal when it is something else (a symlink, a folder, a device, too large or not
 * readable), undefined when nothing is there. `shown` is the path messages use.
 */
export function inspectFile(absolute: string, shown: string): { stats: Stats } | { refusal: Refusal } | undefined {
  let stats: Stats;
  try {
    stats = lstatSync(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    return { refusal: ioRefusal(shown, error) };
  }
  const refusal = refusalOf(stats, shown) ?? (readableBy(stats) ? undefined : ioRefusal(shown, Object.assign(new Error('EACCES'), { code: 'EACCES' })));
  return refusal ? { refusal } : { stats };
}

/**
 * Reads a regular file as UTF-8 (invalid bytes become U+FFFD, as `readFileSync` does). Opened
 * with O_NOFOLLOW and checked again on the open descriptor, so a symlink or a file swapped in
 * after {@link inspectFile} is still refused; stops reading past {@link MAX_FILE_BYTES}.
 * @throws RefusedFile when the file is refused or cannot be read.
 */
export function readContentText(absolute: string, shown: string): string {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO put in place of a file must not wait for a writer.
    fd = openSync(absolute, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') throw new RefusedFile(symlinkRefusal(shown), error);
    throw new RefusedFile(ioRefusal(shown, error), error);
  }
  try {
    const refusal = refusalOf(fstatSync(fd), shown);
    if (refusal) throw new RefusedFile(refusal);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(64 * 1024);
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      chunks.push(read === chunk.length ? chunk : chunk.subarray(0, read));
      total += read;
      // The size was checked, but a file may grow while it is read.
      if (total > MAX_FILE_BYTES) throw new RefusedFile(tooLarge(shown, total));
    }
    return Buffer.concat(chunks, total).toString('utf8');
  } catch (error) {
    if (error instanceof RefusedFile) throw error;
    throw new RefusedFile(ioRefusal(shown, error), error);
  } finally {
    closeSync(fd);
  }
}

function refusalOf(stats: Stats, shown: string): Refusal | undefined {
  if (stats.isSymbolicLink()) return symlinkRefusal(shown);
  if (stats.isDirectory()) {
    return { ruleId: 'file-not-regular', reason: `${shown} is a folder, not a file`, hint: `replace the folder with a file named ${baseName(shown)}` };
  }
  if (!stats.isFile()) {
    return { ruleId: 'file-not-regular', reason: `${shown} is not a regular file`, hint: 'sigwiki reads only plain files; replace it with one' };
  }
  if (stats.size > MAX_FILE_BYTES) return tooLarge(shown, stats.size);
  return undefined;
}

function symlinkRefusal(shown: string): Refusal {
  return {
    ruleId: 'file-symlink',
    reason: `${shown} is a symbolic link; sigwiki does not follow links`,
    hint: 'replace the link with the file itself: content is read only from plain files inside the content folder',
  };
}

function tooLarge(shown: string, size: number): Refusal {
  return {
    ruleId: 'file-too-large',
    reason: `${shown} is ${megabytes(size)}; the largest file sigwiki reads is ${megabytes(MAX_FILE_BYTES)}`,
    hint: 'split it into smaller files (minutes of one meeting each)',
  };
}

function ioRefusal(shown: string, error: unknown): Refusal {
  const code = (error as NodeJS.ErrnoException).code ?? 'an I/O error';
  const reasons: Record<string, [string, string]> = {
    EACCES: ['is not readable', 'give the user running sigwiki read permission (chmod a+r)'],
    EPERM: ['is not readable', 'give the user running sigwiki read permission (chmod a+r)'],
    ELOOP: ['is a loop of symbolic links', 'replace the link with the file itself'],
    EISDIR: ['is a folder, not a file', `replace the folder with a file named ${baseName(shown)}`],
  };
  const [what, hint] = reasons[code] ?? [`cannot be read (${code})`, 'check the file and the disk it is on'];
  return { ruleId: 'file-read', reason: `${shown} ${what}`, hint };
}

/** The supplementary groups of this process, asked for once. */
let groups: Set<number> | undefined;

/**
 * Whether the mode bits let this process read the file: a check up front, so that the common
 * unreadable file is reported when the folder is listed, not when (and if) it is read.
 */
function readableBy(stats: Stats): boolean {
  if (typeof process.geteuid !== 'function' || typeof process.getegid !== 'function') return true;
  const uid = process.geteuid();
  if (uid === 0) return true;
  if (stats.uid === uid) return (stats.mode & 0o400) !== 0;
  groups ??= new Set(process.getgroups?.() ?? []);
  if (stats.gid === process.getegid() || groups.has(stats.gid)) return (stats.mode & 0o040) !== 0;
  return (stats.mode & 0o004) !== 0;
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
}

function baseName(shown: string): string {
  return shown.slice(shown.lastIndexOf('/') + 1);
}
