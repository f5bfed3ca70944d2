// Parses every content file of a wiki on its own: reused from the cache when unchanged, else in
// worker threads.
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ContentFile, ContentFiles } from '../model/content-files.js';
import type { ContentRecords, MinutesRecord, SiteFileRecord } from '../model/content-records.js';
import type { ContentFileKind } from '../model/parse-content-files.js';
import type { GroupFileRecord } from '../model/parse-group-file.js';
import type { PeopleRecord } from '../model/parse-people.js';
import { parseEntries } from './content-parsers.js';
import { statOf } from './read-repo.js';
import { fileKey, keptRecordCache, type KeptRecordCaches } from './record-cache.js';
import { StatIndex } from './stat-index.js';

/** Below this many files per thread, starting workers costs more than it saves. */
const FILES_PER_WORKER = 300;

export interface ParseContentOptions {
  render: boolean;
  /** Folder for the cache, or false for none. */
  cacheDir: string | false;
  /** Most worker threads to use; default one per CPU, 0 or 1 to parse in this thread. */
  workers?: number;
  /** Fewest files to give each worker (default 300): fewer are parsed in one thread. */
  filesPerWorker?: number;
  /** How long before a run a file must have last changed for its stat to be trusted later (default 2 s; see StatIndex). */
  statMarginMs?: number;
  /** Caches to keep open between calls (`serve`): their records stay in memory. */
  keptCaches?: KeptRecordCaches;
}

/** What was parsed and how: the records, and how many files came from the cache. */
export interface ParsedFiles {
  records: ContentRecords;
  cached: number;
  parsed: number;
  /** How many files were read and hashed: the others were known unchanged by their stat. */
  hashed: number;
}

interface Entry {
  kind: ContentFileKind;
  file: ContentFile;
  /** The cache pack it is kept in: one per group folder, one for the wiki's own files. */
  pack: string;
  key: string;
}

/** Parses every file of `files`, reusing and refreshing the cache when there is one. */
export async function parseContent(files: ContentFiles, options: ParseContentOptions): Promise<ParsedFiles> {
  let standby: Worker | undefined;
  try {
    const cache = options.cacheDir === false ? undefined : keptRecordCache(options.keptCaches, options.cacheDir, files.root, options.render);
    cache?.open();
    const stats = cache && new StatIndex(cache.statIndexFile, options.statMarginMs);
    let hashed = 0;
    const entries: Entry[] = [];
    const add = (kind: ContentFileKind, file: ContentFile | undefined, pack: string) => {
      if (!file) return;
      const stat = statOf(file);
      let key = stat && stats?.keyOf(file.path, stat);
      if (key === undefined) {
        key = fileKey(file);
        hashed++;
        if (stat) stats?.record(file.path, stat, key);
      }
      entries.push({ kind, file, pack, key });
    };
    add('site', files.siteFile, 'wiki');
    add('people', files.peopleFile, 'wiki');
    for (const folder of files.groups) {
      add('group', folder.groupFile, `groups/${folder.id}`);
      for (const file of folder.minutes) add('minutes', file, `groups/${folder.id}`);
    }
    // Some file changed since the last run (its stat did): a thread starts loading the parsers
    // while this one reads the cache, so that after an edit the changed file is parsed without
    // waiting a quarter second for the YAML, schema and Markdown libraries. When every file is
    // known unchanged no thread starts, and one that is not needed is stopped.
    if (cache && hashed > 0 && (options.workers ?? os.availableParallelism()) > 1) standby = startWorker();

    const found = entries.map((entry) => cache?.get(entry.pack, entry.key));
    const missing = entries.filter((_, index) => found[index] === undefined);
    if (missing.length > 0) {
      const fresh = await parseFiles(missing, options, standby);
      missing.forEach((entry, index) => cache?.set(entry.pack, entry.key, fresh[index]));
      let next = 0;
      entries.forEach((_, index) => (found[index] ??= fresh[next++]));
    }
    try {
      cache?.save();
      stats?.save();
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
    return { records, cached: entries.length - missing.length, parsed: missing.length, hashed };
  } finally {
    void standby?.terminate();
  }
}

/**
 * Parses the files the cache did not have, in their order: in worker threads when there are
 * enough of them to share (`standby` among them), in `standby` alone when there are few, and
 * in this thread when there is no worker to use. The parsers are loaded only then.
 */
async function parseFiles(entries: Entry[], options: ParseContentOptions, standby: Worker | undefined): Promise<unknown[]> {
  const count = Math.min(options.workers ?? os.availableParallelism(), Math.floor(entries.length / (options.filesPerWorker ?? FILES_PER_WORKER)));
  const extra = count >= 2 ? Array.from({ length: count - (standby ? 1 : 0) }, startWorker) : [];
  const workers = [standby, ...extra].filter((worker): worker is Worker => worker !== undefined);
  if (workers.length === 0) return parseEntries(entries, options.render);
  const share = Math.ceil(entries.length / workers.length);
  const results = await Promise.all(
    workers.map((worker, index) => {
      const part = entries.slice(index * share, (index + 1) * share).map(({ kind, file }) => ({ kind, file: { path: file.path, text: file.text } }));
      return inWorker(worker, part, options.render).finally(() => worker.terminate());
    }),
  );
  return results.flat();
}

/** Starts a parser thread, or returns undefined when run from TypeScript sources (tests), where there is no compiled worker script. */
function startWorker(): Worker | undefined {
  if (!fileURLToPath(import.meta.url).endsWith('.js')) return undefined;
  return new Worker(new URL('./parse-worker.js', import.meta.url));
}

function inWorker(worker: Worker, entries: { kind: ContentFileKind; file: ContentFile }[], render: boolean): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`a parser thread stopped with exit code ${code}`)));
    worker.postMessage({ entries, render });
  });
}
