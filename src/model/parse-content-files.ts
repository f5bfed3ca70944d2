// Parses every content file on its own, in this thread: the records linking needs.
import type { ContentFiles } from './content-files.js';
import type { ContentRecords } from './content-records.js';
import { parseGroupFile } from './parse-group-file.js';
import { parseMinutes } from './parse-minutes.js';
import { parsePeople } from './parse-people.js';
import { parseSiteFile } from './parse-site-file.js';

/** The kinds of content file, each with its own parser (see load/content-parsers.ts). */
export type ContentFileKind = 'site' | 'people' | 'group' | 'minutes';

/** The record of each file of `files`, taken from `have` when it holds one, else parsed. */
export function parseContentFiles(files: ContentFiles, options: { render: boolean }, have: Partial<ContentRecords> = {}): ContentRecords {
  const groupFiles = new Map(have.groupFiles);
  const minutes = new Map(have.minutes);
  for (const folder of files.groups) {
    if (folder.groupFile && !groupFiles.has(folder.groupFile.path)) groupFiles.set(folder.groupFile.path, parseGroupFile(folder.groupFile));
    for (const file of folder.minutes) {
      if (!minutes.has(file.path)) minutes.set(file.path, parseMinutes(file, options));
    }
  }
  return {
    site: files.siteFile && (have.site ?? parseSiteFile(files.siteFile)),
    people: files.peopleFile && (have.people ?? parsePeople(files.peopleFile)),
    groupFiles,
    minutes,
  };
}
