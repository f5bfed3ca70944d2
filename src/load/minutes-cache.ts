// A cache of parsed minutes keyed by each file's content, so unchanged files are not parsed again.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
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
  try {
    await readdir(modules);
    return path.join(modules, '.cache', 'sigwiki');
  } catch {
    return path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'sigwiki');
  }
}

/** The key of one file: its path (the record depends on the name) and its text. */
export function fileKey(file: ContentFile): string {
  return createHash('sha1').update(file.path).update('\0').update(file.text).digest('base64url');
}

/** The file's content. JSON, because JSON.parse reads it faster than v8.deserialize. */
interface StoredCache {
  /** The code that wrote the records: a record is only reused by the same parser. */
  fingerprint: string;
  records: [key: string, record: MinutesRecord][];
}

/**
 * The parsed minutes of one content folder, rendered or not, stored as one JSON file.
 * Stale entries are dropped on save, so the file holds only the current content.
 */
export class MinutesCache {
  readonly file: string;
  private readonly fingerprint: Promise<string>;
  private records = new Map<string, MinutesRecord>();

  constructor(cacheDir: string, contentRoot: string, render: boolean) {
    const folder = createHash('sha1').update(path.resolve(contentRoot)).digest('hex').slice(0, 12);
    this.file = path.join(cacheDir, `minutes-${render ? 'rendered' : 'checked'}-${folder}.json`);
    this.fingerprint = codeFingerprint();
  }

  /** Reads the cache file; a missing, unreadable or outdated one counts as empty. */
  async load(): Promise<void> {
    try {
      const stored = JSON.parse(await readFile(this.file, 'utf8')) as StoredCache;
      if (stored.fingerprint === (await this.fingerprint) && Array.isArray(stored.records)) this.records = new Map(stored.records);
    } catch {
      this.records = new Map();
    }
  }

  /** How many records the cache holds. */
  get size(): number {
    return this.records.size;
  }

  get(key: string): MinutesRecord | undefined {
    return this.records.get(key);
  }

  /** Replaces the cached records with `current` and writes them, atomically. */
  async save(current: Map<string, MinutesRecord>): Promise<void> {
    this.records = current;
    const data: StoredCache = { fingerprint: await this.fingerprint, records: [...current] };
    await mkdir(path.dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    await writeFile(temporary, JSON.stringify(data));
    await rename(temporary, this.file);
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
    return hash.digest('base64url');
  })();
  return fingerprint;
}
