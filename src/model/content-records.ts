// What each content file reads as on its own, before files are linked: the unit of caching.
import type { MessageJson, Point } from '../diagnostics/message.js';
import type { GroupFileRecord } from './parse-group-file.js';
import type { ParsedBody } from './minutes-body.js';
import type { PeopleRecord } from './parse-people.js';
import type { MeetingFrontMatter } from './schema/meeting.js';
import type { Site } from './schema/site.js';

/** sigwiki.yaml read and validated. */
export interface SiteFileRecord {
  value: Site | undefined;
  messages: MessageJson[];
}

/** The record of every file of a content folder, each for the very text the build reads. */
export interface ContentRecords {
  /** Undefined when there is no sigwiki.yaml. */
  site: SiteFileRecord | undefined;
  /** Undefined when there is no people.yaml. */
  people: PeopleRecord | undefined;
  /** By path of the group.yaml. */
  groupFiles: ReadonlyMap<string, GroupFileRecord>;
  /** By path of the minutes file, each parsed with the build's `render`. */
  minutes: ReadonlyMap<string, MinutesRecord>;
}

/**
 * A minutes file read on its own, before people and actions are linked. Plain data only (no
 * class instances, no YAML document), so records can cross worker threads and be cached by the
 * file's content: nothing in one depends on another file.
 */
export interface MinutesRecord {
  path: string;
  /** File stem: `2014-04-11` or `2014-04-11-2`. */
  slug: string;
  /** 1 for the first meeting of a day, 2 for `-2.md`, ... */
  ordinal: number;
  /** Undefined when the file cannot be used at all (bad name, broken or invalid front matter). */
  frontMatter: MeetingFrontMatter | undefined;
  /** Where each person reference and the venue are written, for messages made while linking. */
  places: Places;
  body: ParsedBody;
  /** Problems found in this file alone, as {@link SigwikiMessage.toJSON} writes them. */
  messages: MessageJson[];
}

/** The front-matter keys whose values are linked to people. */
export const PERSON_KEYS = ['chair', 'scribe', 'attendees', 'regrets'] as const;
export type PersonKey = (typeof PERSON_KEYS)[number];

/**
 * Where values of a file are written, by `key` or `key/index`, as [line, column]: a 10k wiki
 * keeps 120k of them in its cache, where `{"line":4,"column":8}` doubled their size.
 */
export type Places = Record<string, readonly [line: number, column: number]>;

export function toPlace(point: Point): [number, number] {
  return [point.line, point.column];
}

/** The point at `key` in `places`, else at `fallback`, else the file's start. */
export function pointIn(places: Places, key: string, fallback?: string): Point {
  const place = places[key] ?? (fallback === undefined ? undefined : places[fallback]);
  return place ? { line: place[0], column: place[1] } : { line: 1, column: 1 };
}

/** Where the value at `key` (and, for lists, its `index`-th item) is written. */
export function placeOf(record: MinutesRecord, key: string, index?: number): Point {
  return index === undefined ? pointIn(record.places, key) : pointIn(record.places, `${key}/${index}`, key);
}
