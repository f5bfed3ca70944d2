// The parser of each kind of content file, loaded on first use: a check after one minutes file
// changed need not wait for the group, people and site parsers (and their schemas and calendar
// libraries) to load, a third of the parsers' load time.
import type { ContentFile } from '../model/content-files.js';
import type { ContentFileKind } from '../model/parse-content-files.js';

export type ContentParser = (file: ContentFile, options: { render: boolean }) => unknown;

const LOADERS: Record<ContentFileKind, () => Promise<ContentParser>> = {
  minutes: async () => (await import('../model/parse-minutes.js')).parseMinutes,
  group: async () => (await import('../model/parse-group-file.js')).parseGroupFile,
  people: async () => (await import('../model/parse-people.js')).parsePeople,
  site: async () => (await import('../model/parse-site-file.js')).parseSiteFile,
};
const loading = new Map<ContentFileKind, Promise<ContentParser>>();

/** The parser of `kind`, its module imported once. */
export function parserFor(kind: ContentFileKind): Promise<ContentParser> {
  let parser = loading.get(kind);
  if (!parser) {
    parser = LOADERS[kind]();
    loading.set(kind, parser);
  }
  return parser;
}

/** Parses `entries` in their order, loading the parsers of the kinds among them. */
export async function parseEntries(entries: { kind: ContentFileKind; file: ContentFile }[], render: boolean): Promise<unknown[]> {
  const kinds = [...new Set(entries.map((entry) => entry.kind))];
  const parsers = new Map(await Promise.all(kinds.map(async (kind) => [kind, await parserFor(kind)] as const)));
  return entries.map((entry) => parsers.get(entry.kind)!(entry.file, { render }));
}
