// Parses every minutes file of a wiki: reused from the cache when unchanged, else in worker threads.
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ContentFile, ContentFiles } from '../model/content-files.js';
import { parseMinutes, type MinutesRecord } from '../model/parse-minutes.js';
import { fileKey, MinutesCache } from './minutes-cache.js';

/** Below this many files per thread, starting workers costs more than it saves. */
const FILES_PER_WORKER = 300;

export interface ParseAllOptions {
  render: boolean;
  /** Folder for the cache, or false for none. */
  cacheDir: string | false;
  /** Most worker threads to use; default one per CPU, 0 or 1 to parse in this thread. */
  workers?: number;
  /** Fewest files to give each worker (default 300): fewer are parsed in this thread. */
  filesPerWorker?: number;
}

/** What was parsed and how: the records by path, and how many came from the cache. */
export interface ParsedMinutes {
  records: Map<string, MinutesRecord>;
  cached: number;
  parsed: number;
}

/** Parses every minutes file of `files`, reusing and refreshing the cache when there is one. */
export async function parseAllMinutes(files: ContentFiles, options: ParseAllOptions): Promise<ParsedMinutes> {
  const minutes = files.groups.flatMap((group) => group.minutes);
  const keys = minutes.map(fileKey);
  const cache = options.cacheDir === false ? undefined : new MinutesCache(options.cacheDir, files.root, options.render);
  await cache?.open();

  const byKey = new Map<string, MinutesRecord>();
  const missing: ContentFile[] = [];
  const missingKeys: string[] = [];
  minutes.forEach((file, index) => {
    const record = cache?.get(keys[index]!);
    if (record) byKey.set(keys[index]!, record);
    else {
      missing.push(file);
      missingKeys.push(keys[index]!);
    }
  });
  const threads = Math.min(options.workers ?? os.availableParallelism(), Math.floor(missing.length / (options.filesPerWorker ?? FILES_PER_WORKER)));
  const fresh = await parseFiles(missing, options.render, threads);
  fresh.forEach((record, index) => byKey.set(missingKeys[index]!, record));

  if (cache) {
    try {
      fresh.forEach((record, index) => cache.put(missingKeys[index]!, record));
      if (fresh.length > 0 || cache.size !== byKey.size) cache.prune(new Set(byKey.keys()));
    } catch {
      // A cache that cannot be written (read-only or full disk) only costs speed.
    }
  }
  const records = new Map<string, MinutesRecord>();
  minutes.forEach((file, index) => records.set(file.path, byKey.get(keys[index]!)!));
  return { records, cached: minutes.length - missing.length, parsed: missing.length };
}

/** Parses `files` in `count` worker threads (in this one when fewer than two), keeping their order. */
async function parseFiles(files: ContentFile[], render: boolean, count: number): Promise<MinutesRecord[]> {
  const script = new URL('./parse-worker.js', import.meta.url);
  // Run from TypeScript sources (tests), there is no compiled worker script to start.
  const canUseWorkers = fileURLToPath(import.meta.url).endsWith('.js');
  if (!canUseWorkers || count < 2) return files.map((file) => parseMinutes(file, { render }));
  const share = Math.ceil(files.length / count);
  const shares = Array.from({ length: count }, (_, index) => files.slice(index * share, (index + 1) * share));
  const results = await Promise.all(shares.map((part) => inWorker(script, part, render)));
  return results.flat();
}

function inWorker(script: URL, files: ContentFile[], render: boolean): Promise<MinutesRecord[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: { files, render } });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`a minutes parser thread stopped with exit code ${code}`));
    });
  });
}
