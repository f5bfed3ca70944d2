// The site's non-page outputs (feeds, calendars, data exports) as files: written straight from
// the model, since running thousands of plain strings through Eleventy templates only costs time.
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { jsonChunks } from '../export/json-chunks.js';
import { actionsJson, JSON_EXPORT_PATHS, meetingsJson, peopleJson } from '../export/json-export.js';
import { minutesFeed, personActionsFeed } from '../feeds/atom.js';
import { minutesFeedPath, personFeedPath } from '../feeds/feed-urls.js';
import type { Wiki } from '../model/wiki.js';
import { allCalendar, CALENDAR_PATHS, groupCalendar, personCalendar } from './calendar-feeds.js';

/** One output file: its site path (`/feed.xml`) and a function making its text. */
export interface DataFile {
  path: string;
  text: () => string;
  /** The same text in pieces, for a file too large to hold as one string (the JSON exports). */
  chunks?: () => Iterable<string>;
}

/** Pieces joined into writes of about this many characters (one write per piece was slower). */
const WRITE_CHARS = 1 << 20;

/**
 * Every feed, calendar and export of the wiki, in a stable order. `basePath` is the path the site
 * is served under (`/minutes/`): links inside the files carry it. The files' own paths do not:
 * they are where the files go in the output folder. Without `basePath`, the path of the site URL.
 */
export function dataFiles(wiki: Wiki, basePath?: string): DataFile[] {
  const json = (path: string, value: () => object): DataFile => ({
    path,
    text: () => [...jsonChunks(value())].join(''),
    chunks: () => jsonChunks(value()),
  });
  return [
    { path: minutesFeedPath(), text: () => minutesFeed(wiki, undefined, basePath) },
    { path: CALENDAR_PATHS.all, text: () => allCalendar(wiki, basePath) },
    json(JSON_EXPORT_PATHS.actions, () => actionsJson(wiki, basePath)),
    json(JSON_EXPORT_PATHS.meetings, () => meetingsJson(wiki, basePath)),
    json(JSON_EXPORT_PATHS.people, () => peopleJson(wiki, basePath)),
    ...wiki.groups.flatMap((group) => [
      { path: minutesFeedPath(group), text: () => minutesFeed(wiki, group, basePath) },
      ...(group.cadence ? [{ path: CALENDAR_PATHS.group(group), text: () => groupCalendar(wiki, group, basePath) }] : []),
    ]),
    ...wiki.people.flatMap((person) => [
      { path: personFeedPath(person), text: () => personActionsFeed(wiki, person, basePath) },
      ...(person.calendarGroups.length > 0 ? [{ path: CALENDAR_PATHS.person(person), text: () => personCalendar(wiki, person, basePath) }] : []),
    ]),
  ];
}

/**
 * Writes `files` below `outputDir`, but those whose text (in pieces) `unchanged` says is already there. Paths
 * come from validated ids, but each is still checked to stay inside the output folder before
 * anything is written.
 */
export function writeDataFiles(outputDir: string, files: readonly DataFile[], unchanged?: (path: string, pieces: readonly string[]) => boolean): void {
  const root = path.resolve(outputDir);
  const targets = files.map((file) => {
    const target = path.resolve(root, `.${file.path}`);
    if (!target.startsWith(`${root}${path.sep}`)) throw new Error(`refusing to write ${file.path} outside ${outputDir}`);
    return { target, file };
  });
  // Synchronous on purpose: thousands of small files are written several times faster than
  // with one awaited promise each, and nothing else runs meanwhile.
  for (const dir of new Set(targets.map(({ target }) => path.dirname(target)))) mkdirSync(dir, { recursive: true });
  for (const { target, file } of targets) {
    if (unchanged) {
      // Serve compares each text with the last one written, in pieces: joining a 50 MB export
      // into one string cost more than making it (profile of a 10k-minute serve).
      const pieces = file.chunks ? [...file.chunks()] : [file.text()];
      if (!unchanged(file.path, pieces)) writeChunks(target, pieces);
    } else if (file.chunks) writeChunks(target, file.chunks());
    else writeFileSync(target, file.text());
  }
}

function writeChunks(target: string, chunks: Iterable<string>): void {
  const fd = openSync(target, 'w');
  try {
    const write = (text: string) => {
      const bytes = Buffer.from(text);
      for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done);
    };
    let buffered = '';
    for (const chunk of chunks) {
      buffered += chunk;
      if (buffered.length >= WRITE_CHARS) {
        write(buffered);
        buffered = '';
      }
    }
    if (buffered) write(buffered);
  } finally {
    closeSync(fd);
  }
}
