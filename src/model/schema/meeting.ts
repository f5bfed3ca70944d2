// Schema of a minutes file's front matter.
import { z } from 'zod';
import { IsoDateSchema, PersonRefsSchema } from './common.js';

export const MeetingFrontMatterSchema = z.strictObject({
  date: IsoDateSchema,
  title: z.string().min(1).optional(),
  chair: PersonRefsSchema.default([]),
  scribe: PersonRefsSchema.default([]),
  attendees: PersonRefsSchema.default([]),
  regrets: PersonRefsSchema.default([]),
  venue: z.string().min(1).optional(),
});

/**
 * Keys that steer Eleventy or other static-site generators. Minutes are never Eleventy templates,
 * so these would do nothing; they are refused so nobody believes they work.
 */
export const RESERVED_KEYS: ReadonlySet<string> = new Set([
  'permalink',
  'layout',
  'eleventyComputed',
  'eleventyExcludeFromCollections',
  'eleventyNavigation',
  'eleventyImport',
  'eleventyDataSchema',
  'pagination',
  'tags',
  'templateEngineOverride',
  'dynamicPermalink',
  'permalinkBypassOutputDir',
  'collections',
  'page',
  'pkg',
  'draft',
]);

export type MeetingFrontMatter = z.output<typeof MeetingFrontMatterSchema>;
