// A cache of parsed content files keyed by each file's content, so unchanged files are not parsed again.
import { createHash, hash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ContentFile } from '../model/content-files.js';

/**
 * Where caches go unless told otherwise: `node_modules/.cache/sigwiki` under the working folder
 * (where build tools keep caches, and ignored by git), else `~/.cache/sigwiki`.
 */
export async function defaultCacheDir(cwd: string): Promise<string> {
  const modules = path.join(cwd, 'node_modules');
  const hasModules = await stat(modules).then(
    (found) => found.isDirectory(),
    () => false,
  );
  return hasModules ? path.join(modules, '.cache', 'sigwiki') : path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'sigwiki');
}

/** The key of one file: its path (the record depends on the name) and its text. */
export function fileKey(file: ContentFile): string {
  // One-shot hashing: no Hash object per file.
  return hash('sha1', `${file.path}\0${file.text}`);
}

interface Pack {
  /** The records the pack file held when read. */
  stored: Record<string, unknown>;
  /** The records asked for or added in this run: what the pack file should hold. */
  wanted: Map<string, unknown>;
  changed: boolean;
}

/**
 * The parsed files of one content folder, rendered or not, in a folder named after the code's
 * fingerprint. Records are grouped in packs (one JSON file per group folder): 10k small files
 * took twice as long to read as 40 packs, and one file for all meant re-serialising 100+ MB after
 * every edit. A run keeps in each pack the records it asked for, so records of changed or removed
 * files go at the next write. A damaged pack reads as a miss.
 */
export class RecordCache {
  /** `<cacheDir>/parsed-<rendered|checked>-<hash of the content folder>`. */
  readonly folder: string;
  private dir = '';
  private onDisk = new Set<string>();
  private packs = new Map<string, Pack>();

  constructor(cacheDir: string, contentRoot: string, render: boolean) {
    const content = createHash('sha1').update(path.resolve(contentRoot)).digest('hex').slice(0, 12);
    this.folder = path.join(cacheDir, `parsed-${render ? 'rendered' : 'checked'}-${content}`);
  }

  /** Finds the packs written by this very code (other code's records are never read). */
  open(): void {
    this.dir = path.join(this.folder, codeFingerprint());
    this.onDisk = new Set(safeList(this.dir).filter((name) => name.endsWith('.json')));
  }

  /** Where the {@link StatIndex} of this content folder is kept (not a pack: never pruned as one). */
  get statIndexFile(): string {
    return path.join(this.dir, 'files.stat');
  }

  /** The record stored under `key` in `pack`, if any. */
  get(pack: string, key: string): unknown {
    const entry = this.pack(pack);
    const record = Object.hasOwn(entry.stored, key) ? entry.stored[key] : undefined;
    if (record !== undefined) entry.wanted.set(key, record);
    return record;
  }

  set(pack: string, key: string, record: unknown): void {
    const entry = this.pack(pack);
    entry.wanted.set(key, record);
    entry.changed = true;
  }

  /**
   * Writes the packs that gained or lost records and deletes the packs nobody asked for, and
   * every other code version's records. Each pack is written whole and then renamed into place,
   * so a run that stops half way leaves the old pack, never half a new one.
   */
  save(): void {
    try {
      this.write();
    } finally {
      this.settle();
    }
  }

  private write(): void {
    mkdirSync(this.dir, { recursive: true });
    for (const [name, entry] of this.packs) {
      const file = this.packFile(name);
      this.onDisk.delete(path.basename(file));
      if (!entry.changed && entry.wanted.size === Object.keys(entry.stored).length) continue;
      if (entry.wanted.size === 0) {
        rmSync(file, { force: true });
        continue;
      }
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify(Object.fromEntries(entry.wanted)));
      renameSync(temporary, file);
    }
    for (const stale of this.onDisk) rmSync(path.join(this.dir, stale), { force: true });
    for (const other of safeList(this.folder)) {
      if (path.join(this.folder, other) !== this.dir) rmSync(path.join(this.folder, other), { recursive: true, force: true });
    }
  }

  /**
   * Makes what this run wanted what the next run finds stored, so a cache kept open between runs
   * (see {@link keptRecordCache}) serves them from memory and drops the records nobody asked for.
   */
  private settle(): void {
    for (const entry of this.packs.values()) {
      entry.stored = Object.fromEntries(entry.wanted);
      entry.wanted = new Map();
      entry.changed = false;
    }
  }

  private pack(name: string): Pack {
    let entry = this.packs.get(name);
    if (!entry) {
      entry = { stored: this.read(name), wanted: new Map(), changed: false };
      this.packs.set(name, entry);
    }
    return entry;
  }

  private read(name: string): Record<string, unknown> {
    const file = this.packFile(name);
    if (!this.onDisk.has(path.basename(file))) return {};
    try {
      const stored: unknown = JSON.parse(readFileSync(file, 'utf8'));
      return typeof stored === 'object' && stored !== null && !Array.isArray(stored) ? (stored as Record<string, unknown>) : {};
    } catch {
      return {};
    }
  }

  /** Pack names come from folder names: hashed, they are safe file names everywhere. */
  private packFile(name: string): string {
    return path.join(this.dir, `${createHash('sha1').update(name).digest('hex').slice(0, 16)}.json`);
  }
}

/** Open record caches kept between the loads of one long-running process, by cache folder. */
export type KeptRecordCaches = Map<string, RecordCache>;

/**
 * The cache for `contentRoot`, kept open in `kept` when given: `serve` loads the wiki again on
 * each save, and reading every pack back from disk each time cost more than parsing the edit.
 * Records are shared between loads, which never change them (linking builds new objects).
 */
export function keptRecordCache(kept: KeptRecordCaches | undefined, cacheDir: string, contentRoot: string, render: boolean): RecordCache {
  const cache = new RecordCache(cacheDir, contentRoot, render);
  if (!kept) return cache;
  const open = kept.get(cache.folder) ?? cache;
  kept.set(open.folder, open);
  return open;
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

let fingerprint: string | undefined;

/**
 * A hash of sigwiki's own code (every compiled module, or every source module when run from
 * source), its package.json (which pins the parsers' versions) and the Node version. Any change
 * to how files are read makes old records unusable. Read synchronously: ~100 small files, each
 * awaited in turn, left the thread idle for a tenth of a second.
 */
function codeFingerprint(): string {
  if (fingerprint !== undefined) return fingerprint;
  const codeRoot = fileURLToPath(new URL('../', import.meta.url));
  const hash = createHash('sha1').update(process.version);
  hash.update(readFileSync(new URL('../../package.json', import.meta.url)));
  const modules = readdirSync(codeRoot, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.js$|(?<!\.d)\.ts$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
  for (const module of modules) hash.update(module.slice(codeRoot.length)).update(readFileSync(module));
  fingerprint = hash.digest('hex').slice(0, 20);
  return fingerprint;
}
