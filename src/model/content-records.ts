// What each content file reads as on its own, before files are linked: the unit of caching.
import type { MessageJson } from '../diagnostics/message.js';
import type { ContentFile } from './content-files.js';
import type { GroupFileRecord } from './parse-group-file.js';
import type { MinutesRecord } from './parse-minutes.js';
import type { PeopleRecord } from './parse-people.js';
import { parseYamlFile } from './parse-yaml-file.js';
import { SiteSchema, type Site } from './schema/site.js';

/** sigwiki.yaml read and validated. */
export interface SiteFileRecord {
  value: Site | undefined;
  messages: MessageJson[];
}

export function parseSiteFile(file: ContentFile): SiteFileRecord {
  const parsed = parseYamlFile(file, SiteSchema);
  return { value: parsed.value, messages: parsed.messages.map((message) => message.toJSON()) };
}

/**
 * Records of content files parsed ahead of linking (from a cache or worker threads), each for
 * the very text the build reads; a file without one is parsed while linking.
 */
export interface ParsedContent {
  site?: SiteFileRecord | undefined;
  people?: PeopleRecord | undefined;
  /** By path of the group.yaml. */
  groupFiles?: ReadonlyMap<string, GroupFileRecord>;
  /** By path of the minutes file, each parsed with the build's `render`. */
  minutes?: ReadonlyMap<string, MinutesRecord>;
}
