// Schema of content/sigwiki.yaml: the site as a whole.
import { z } from 'zod';
import { parseBasePath } from '../urls.js';
import { hasNoControl, NameSchema, TextSchema, TimeZoneSchema } from './common.js';

export const RepositorySchema = z
  .strictObject({
    url: z
      .string()
      .regex(/^https?:\/\/\S+$/, 'the repository url must start with https://')
      .refine(hasNoControl, 'the repository url must not contain control characters')
      .transform((url) => url.replace(/\/+$/, ''))
      .describe('Web address of the repository, e.g. https://github.com/example/minutes'),
    branch: NameSchema.default('main').describe('Branch the site is built from; default main'),
    path: z
      .string()
      .refine(hasNoControl, 'the path must not contain control characters')
      .default('content')
      .transform((path) => path.replace(/^\/+|\/+$/g, ''))
      .describe('Where the content folder lives in the repository; default content'),
  })
  .describe('Enables "edit this page" and "history" links (GitHub, Gitea and Forgejo style)');

/** Whether `url` parses and its path can be a base path (letters, digits, `-_.~`, no `..`). */
function servablePath(url: string): boolean {
  try {
    return parseBasePath(new URL(url).pathname).ok;
  } catch {
    return false;
  }
}

export const SiteSchema = z.strictObject({
  title: NameSchema.describe('Name of the site, shown on every page'),
  description: TextSchema.optional().describe('Shown on the home page'),
  url: z
    .string()
    .regex(/^https?:\/\/\S+$/, 'the site url must start with https://')
    .refine(hasNoControl, 'the site url must not contain control characters')
    // Its path is where the site is served (the base path of every link), so `check` refuses
    // what `build` could not build under.
    .refine(servablePath, 'the site url must be an address whose path can hold the site, such as https://org.github.io/minutes/')
    .optional()
    .describe('The published address, used in feeds and .ics files, e.g. https://minutes.example.org/'),
  timeZone: TimeZoneSchema.default('UTC').describe('Default IANA time zone for groups without one; default UTC'),
  repository: RepositorySchema.optional(),
});

export type Repository = z.output<typeof RepositorySchema>;
export type Site = z.output<typeof SiteSchema>;
