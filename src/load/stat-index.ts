// Knows a content file unchanged since a run that hashed it from its stat alone, as git's index does.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { FileStat } from './read-repo.js';

/** Size, modification and change times, inode, the content key, and when the stat was taken. */
type Entry = [size: number, mtimeMs: number, ctimeMs: number, ino: number, key: string, seenAt: number];

/**
 * Content keys by path, with the stat each file had when it was hashed. A file whose size,
 * times and inode are all as recorded keeps its key without being read: for a 10k wiki that is
 * 58 MB not read and hashed on every check. The change time moves on any write, even one that
 * puts the modification time back. An entry is trusted only if the file last changed at least
 * `marginMs` before the run that recorded it looked: a write after that look, on a file system
 * that keeps times to the second or two, then always shows as a new time (git calls such
 * files "racily clean").
 */
export class StatIndex {
  private stored: Record<string, Entry> = {};
  private current: Record<string, Entry> = {};
  private changed = false;

  private readonly file: string;
  private readonly marginMs: number;

  constructor(file: string, marginMs = 2000) {
    this.file = file;
    this.marginMs = marginMs;
    try {
      const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
      if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) this.stored = parsed as Record<string, Entry>;
    } catch {
      // No index yet, or a damaged one: every file is hashed.
    }
  }

  /** The key recorded for `path` if the file is provably unchanged since, else undefined. */
  keyOf(path: string, stat: FileStat): string | undefined {
    const entry = this.stored[path];
    if (!Array.isArray(entry) || entry.length !== 6) return undefined;
    const [size, mtimeMs, ctimeMs, ino, key, seenAt] = entry;
    const same = size === stat.size && mtimeMs === stat.mtimeMs && ctimeMs === stat.ctimeMs && ino === stat.ino;
    if (!same || Math.max(mtimeMs, ctimeMs) >= seenAt - this.marginMs || typeof key !== 'string') return undefined;
    this.current[path] = entry;
    return key;
  }

  /** Records the key of a file just hashed. */
  record(path: string, stat: FileStat, key: string): void {
    this.current[path] = [stat.size, stat.mtimeMs, stat.ctimeMs, stat.ino, key, stat.seenAt];
    this.changed = true;
  }

  /** Writes the entries of this run's files (so removed files drop out), whole or not at all. */
  save(): void {
    if (!this.changed && Object.keys(this.current).length === Object.keys(this.stored).length) return;
    const temporary = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(this.current));
    renameSync(temporary, this.file);
  }
}
