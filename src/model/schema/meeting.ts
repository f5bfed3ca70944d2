// Schema of a minutes file's front matter.
import { z } from 'zod';
import { IsoDateSchema, NameSchema, PersonRefsSchema } from './common.js';

const people = (what: string) => PersonRefsSchema.default([]).describe(`${what}: one person or a list, by id, name or alias from people.yaml`);

export const MeetingFrontMatterSchema = z.strictObject({
  date: IsoDateSchema.describe('The meeting day, YYYY-MM-DD; must equal the date in the file name'),
  title: NameSchema.optional().describe('Default: "<group name>, <date>"'),
  chair: people('Who chaired'),
  scribe: people('Who took the minutes'),
  attendees: people('Who attended'),
  regrets: people('Who sent apologies'),
  venue: NameSchema.optional().describe('A venue id from the group’s group.yaml'),
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
