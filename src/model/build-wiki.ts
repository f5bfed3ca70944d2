// Builds the whole wiki from the content files in one go: parse each file, then link them.
import type { ContentFiles } from './content-files.js';
import type { ContentRecords } from './content-records.js';
import { linkWiki, type LinkOptions } from './link-wiki.js';
import { parseContentFiles } from './parse-content-files.js';
import type { WikiResult } from './wiki.js';

export interface BuildOptions extends LinkOptions {
  /** Records parsed ahead (from a cache or worker threads); files without one are parsed here. */
  parsed?: Partial<ContentRecords>;
}

/**
 * Builds the wiki. Never throws for bad content: every problem is a message, sorted by file and
 * line, and the wiki holds whatever could be understood.
 */
export function buildWiki(files: ContentFiles, options: BuildOptions): WikiResult {
  return linkWiki(files, parseContentFiles(files, { render: options.render ?? true }, options.parsed), options);
}
