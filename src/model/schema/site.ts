// Schema of content/sigwiki.yaml: the site as a whole.
import { z } from 'zod';
import { TimeZoneSchema } from './common.js';

export const RepositorySchema = z
  .strictObject({
    url: z
      .string()
      .regex(/^https?:\/\/\S+$/, 'the repository url must start with https://')
      .transform((url) => url.replace(/\/+$/, ''))
      .describe('Web address of the repository, e.g. https://github.com/example/minutes'),
    branch: z.string().min(1).default('main').describe('Branch the site is built from; default main'),
    path: z
      .string()
      .default('content')
      .transform((path) => path.replace(/^\/+|\/+$/g, ''))
      .describe('Where the content folder lives in the repository; default content'),
  })
  .describe('Enables "edit this page" and "history" links (GitHub, Gitea and Forgejo style)');

export const SiteSchema = z.strictObject({
  title: z.string().min(1).describe('Name of the site, shown on every page'),
  description: z.string().optional().describe('Shown on the home page'),
  url: z
    .string()
    .regex(/^https?:\/\/\S+$/, 'the site url must start with https://')
    .optional()
    .describe('The published address, used in feeds and .ics files, e.g. https://minutes.example.org/'),
  timeZone: TimeZoneSchema.default('UTC').describe('Default IANA time zone for groups without one; default UTC'),
  repository: RepositorySchema.optional(),
});

export type Repository = z.output<typeof RepositorySchema>;
export type Site = z.output<typeof SiteSchema>;
