// A cache of parsed minutes keyed by each file's content, so unchanged files are not parsed again.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ContentFile } from '../model/content-files.js';
import type { MinutesRecord } from '../model/parse-minutes.js';

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

/** The key of one file: its path (the record depends on the name) and its text. Hex, so keys
 * stay distinct as file names on case-insensitive file systems. */
export function fileKey(file: ContentFile): string {
  return createHash('sha1').update(file.path).update('\0').update(file.text).digest('hex');
}

/**
 * The parsed minutes of one content folder, rendered or not: one small JSON file per record in
 * a folder named after the code's fingerprint. A rebuild after one edit writes one file (with
 * one JSON file for all, it re-serialised 100+ MB), and no run holds the whole cache in one
 * string. A damaged record file reads as a miss.
 */
export class MinutesCache {
  /** `<cacheDir>/minutes-<rendered|checked>-<hash of the content folder>`. */
  readonly folder: string;
  private dir = '';
  private present = new Set<string>();

  constructor(cacheDir: string, contentRoot: string, render: boolean) {
    const content = createHash('sha1').update(path.resolve(contentRoot)).digest('hex').slice(0, 12);
    this.folder = path.join(cacheDir, `minutes-${render ? 'rendered' : 'checked'}-${content}`);
  }

  /** Finds the records written by this very code (other code's records are never read). */
  async open(): Promise<void> {
    this.dir = path.join(this.folder, await codeFingerprint());
    try {
      this.present = new Set(readdirSync(this.dir).filter((name) => name.endsWith('.json')).map((name) => name.slice(0, -'.json'.length)));
    } catch {
      this.present = new Set();
    }
  }

  /** How many records the cache holds. */
  get size(): number {
    return this.present.size;
  }

  get(key: string): MinutesRecord | undefined {
    if (!this.present.has(key)) return undefined;
    try {
      return JSON.parse(readFileSync(this.recordFile(key), 'utf8')) as MinutesRecord;
    } catch {
      return undefined;
    }
  }

  put(key: string, record: MinutesRecord): void {
    if (this.present.size === 0) mkdirSync(this.dir, { recursive: true });
    writeFileSync(this.recordFile(key), JSON.stringify(record));
    this.present.add(key);
  }

  /** Deletes the records of files that are gone, and every other code version's records. */
  prune(keep: ReadonlySet<string>): void {
    for (const key of this.present) {
      if (keep.has(key)) continue;
      rmSync(this.recordFile(key), { force: true });
      this.present.delete(key);
    }
    for (const other of safeList(this.folder)) {
      if (path.join(this.folder, other) !== this.dir) rmSync(path.join(this.folder, other), { recursive: true, force: true });
    }
  }

  private recordFile(key: string): string {
    return path.join(this.dir, `${key}.json`);
  }
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

let fingerprint: Promise<string> | undefined;

/**
 * A hash of sigwiki's own code (every compiled module, or every source module when run from
 * source), its package.json (which pins the parsers' versions) and the Node version. Any change
 * to how minutes are read makes old records unusable.
 */
function codeFingerprint(): Promise<string> {
  fingerprint ??= (async () => {
    const codeRoot = fileURLToPath(new URL('../', import.meta.url));
    const hash = createHash('sha1').update(process.version);
    hash.update(await readFile(new URL('../../package.json', import.meta.url)));
    const entries = await readdir(codeRoot, { recursive: true, withFileTypes: true });
    const modules = entries
      .filter((entry) => entry.isFile() && /\.(?:js|ts)$/.test(entry.name))
      .map((entry) => path.join(entry.parentPath, entry.name))
      .sort();
    for (const module of modules) hash.update(module.slice(codeRoot.length)).update(await readFile(module));
    return hash.digest('hex').slice(0, 20);
  })();
  return fingerprint;
}
