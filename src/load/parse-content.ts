// Parses every content file of a wiki on its own: reused from the cache when unchanged, minutes
// in worker threads when there are many.
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ContentFile, ContentFiles } from '../model/content-files.js';
import { parseSiteFile, type ParsedContent, type SiteFileRecord } from '../model/content-records.js';
import { parseGroupFile, type GroupFileRecord } from '../model/parse-group-file.js';
import { parseMinutes, type MinutesRecord } from '../model/parse-minutes.js';
import { parsePeople, type PeopleRecord } from '../model/parse-people.js';
import { fileKey, RecordCache } from './record-cache.js';

/** Below this many files per thread, starting workers costs more than it saves. */
const FILES_PER_WORKER = 300;

export interface ParseContentOptions {
  render: boolean;
  /** Folder for the cache, or false for none. */
  cacheDir: string | false;
  /** Most worker threads to use; default one per CPU, 0 or 1 to parse in this thread. */
  workers?: number;
  /** Fewest minutes files to give each worker (default 300): fewer are parsed in this thread. */
  filesPerWorker?: number;
}

/** What was parsed and how: the records, and how many files came from the cache. */
export interface ParsedFiles {
  records: ParsedContent & Required<Pick<ParsedContent, 'groupFiles' | 'minutes'>>;
  cached: number;
  parsed: number;
}

/** Where each kind of file is kept in the cache: a pack per group folder, one for the rest. */
const WIKI_PACK = 'wiki';
const groupPack = (id: string) => `groups/${id}`;

/** Parses every file of `files`, reusing and refreshing the cache when there is one. */
export async function parseContent(files: ContentFiles, options: ParseContentOptions): Promise<ParsedFiles> {
  const cache = options.cacheDir === false ? undefined : new RecordCache(options.cacheDir, files.root, options.render);
  await cache?.open();
  let cached = 0;
  let parsed = 0;
  /** The record of one file, from the cache or from `parse`. */
  const recordOf = <T,>(pack: string, file: ContentFile, parse: (file: ContentFile) => T): T => {
    const key = fileKey(file);
    const stored = cache?.get(pack, key) as T | undefined;
    if (stored !== undefined) {
      cached++;
      return stored;
    }
    parsed++;
    const record = parse(file);
    cache?.set(pack, key, record);
    return record;
  };

  const site: SiteFileRecord | undefined = files.siteFile && recordOf(WIKI_PACK, files.siteFile, parseSiteFile);
  const people: PeopleRecord | undefined = files.peopleFile && recordOf(WIKI_PACK, files.peopleFile, parsePeople);
  const groupFiles = new Map<string, GroupFileRecord>();
  for (const folder of files.groups) {
    if (folder.groupFile) groupFiles.set(folder.groupFile.path, recordOf(groupPack(folder.id), folder.groupFile, parseGroupFile));
  }

  const minutes = new Map<string, MinutesRecord>();
  const missing: { file: ContentFile; pack: string; key: string }[] = [];
  for (const folder of files.groups) {
    for (const file of folder.minutes) {
      const key = fileKey(file);
      const stored = cache?.get(groupPack(folder.id), key) as MinutesRecord | undefined;
      if (stored) minutes.set(file.path, stored);
      else missing.push({ file, pack: groupPack(folder.id), key });
    }
  }
  const threads = Math.min(options.workers ?? os.availableParallelism(), Math.floor(missing.length / (options.filesPerWorker ?? FILES_PER_WORKER)));
  const fresh = await parseMinutesFiles(
    missing.map((entry) => entry.file),
    options.render,
    threads,
  );
  fresh.forEach((record, index) => {
    const { file, pack, key } = missing[index]!;
    minutes.set(file.path, record);
    cache?.set(pack, key, record);
  });
  cached += minutes.size - missing.length;
  parsed += missing.length;

  try {
    cache?.save();
  } catch {
    // A cache that cannot be written (read-only or full disk) only costs speed.
  }
  // The map's order is the files' order, whatever came from where.
  const ordered = new Map(files.groups.flatMap((folder) => folder.minutes.map((file) => [file.path, minutes.get(file.path)!] as const)));
  return { records: { site, people, groupFiles, minutes: ordered }, cached, parsed };
}

/** Parses `files` in `count` worker threads (in this one when fewer than two), keeping their order. */
async function parseMinutesFiles(files: ContentFile[], render: boolean, count: number): Promise<MinutesRecord[]> {
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
