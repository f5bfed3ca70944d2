// Parses every content file of a wiki on its own: reused from the cache when unchanged, minutes
// in worker threads when there are many.
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ContentFile, ContentFiles } from '../model/content-files.js';
import type { ContentRecords, MinutesRecord, SiteFileRecord } from '../model/content-records.js';
import type { GroupFileRecord } from '../model/parse-group-file.js';
import type { PeopleRecord } from '../model/parse-people.js';
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
  records: ContentRecords;
  cached: number;
  parsed: number;
}

type Kind = 'site' | 'people' | 'group' | 'minutes';
interface Entry {
  kind: Kind;
  file: ContentFile;
  /** The cache pack it is kept in: one per group folder, one for the wiki's own files. */
  pack: string;
  key: string;
}

/** Parses every file of `files`, reusing and refreshing the cache when there is one. */
export async function parseContent(files: ContentFiles, options: ParseContentOptions): Promise<ParsedFiles> {
  const entries: Entry[] = [];
  const add = (kind: Kind, file: ContentFile | undefined, pack: string) => {
    if (file) entries.push({ kind, file, pack, key: fileKey(file) });
  };
  add('site', files.siteFile, 'wiki');
  add('people', files.peopleFile, 'wiki');
  for (const folder of files.groups) {
    add('group', folder.groupFile, `groups/${folder.id}`);
    for (const file of folder.minutes) add('minutes', file, `groups/${folder.id}`);
  }

  const cache = options.cacheDir === false ? undefined : new RecordCache(options.cacheDir, files.root, options.render);
  cache?.open();
  const found = entries.map((entry) => cache?.get(entry.pack, entry.key));
  const missing = entries.filter((_, index) => found[index] === undefined);
  if (missing.length > 0) {
    const fresh = await parseFiles(missing, options);
    missing.forEach((entry, index) => cache?.set(entry.pack, entry.key, fresh[index]));
    let next = 0;
    entries.forEach((_, index) => (found[index] ??= fresh[next++]));
  }
  try {
    cache?.save();
  } catch {
    // A cache that cannot be written (read-only or full disk) only costs speed.
  }

  const groupFiles = new Map<string, GroupFileRecord>();
  const minutes = new Map<string, MinutesRecord>();
  const records: ContentRecords = { site: undefined, people: undefined, groupFiles, minutes };
  entries.forEach((entry, index) => {
    const record = found[index];
    if (entry.kind === 'site') records.site = record as SiteFileRecord;
    else if (entry.kind === 'people') records.people = record as PeopleRecord;
    else if (entry.kind === 'group') groupFiles.set(entry.file.path, record as GroupFileRecord);
    else minutes.set(entry.file.path, record as MinutesRecord);
  });
  return { records, cached: entries.length - missing.length, parsed: missing.length };
}

/**
 * Parses the files the cache did not have, in their order: minutes in `count` worker threads when
 * there are enough of them. The parsers are loaded only now: with a warm cache, a check never
 * loads the YAML, schema and Markdown libraries.
 */
async function parseFiles(entries: Entry[], options: ParseContentOptions): Promise<unknown[]> {
  const parsers = await import('../model/parse-content-files.js');
  const minutes = entries.filter((entry) => entry.kind === 'minutes').map((entry) => entry.file);
  const threads = Math.min(options.workers ?? os.availableParallelism(), Math.floor(minutes.length / (options.filesPerWorker ?? FILES_PER_WORKER)));
  const parsedMinutes = (await parseMinutesFiles(minutes, options.render, threads))[Symbol.iterator]();
  return entries.map((entry) => {
    switch (entry.kind) {
      case 'site':
        return parsers.parseSiteFile(entry.file);
      case 'people':
        return parsers.parsePeople(entry.file);
      case 'group':
        return parsers.parseGroupFile(entry.file);
      case 'minutes':
        return parsedMinutes.next().value;
    }
  });
}

/** Parses `files` in `count` worker threads (in this one when fewer than two), keeping their order. */
async function parseMinutesFiles(files: ContentFile[], render: boolean, count: number): Promise<MinutesRecord[]> {
  const script = new URL('./parse-worker.js', import.meta.url);
  // Run from TypeScript sources (tests), there is no compiled worker script to start.
  const canUseWorkers = fileURLToPath(import.meta.url).endsWith('.js');
  if (!canUseWorkers || count < 2) {
    const { parseMinutes } = await import('../model/parse-minutes.js');
    return files.map((file) => parseMinutes(file, { render }));
  }
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
