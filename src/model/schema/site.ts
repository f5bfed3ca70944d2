// Schema of content/sigwiki.yaml: the site as a whole.
import { z } from 'zod';
import { TimeZoneSchema } from './common.js';

export const RepositorySchema = z.strictObject({
  url: z.string().regex(/^https?:\/\/\S+$/, 'the repository url must start with https://').transform((url) => url.replace(/\/+$/, '')),
  branch: z.string().min(1).default('main'),
  path: z.string().default('content').transform((path) => path.replace(/^\/+|\/+$/g, '')),
});

export const SiteSchema = z.strictObject({
  title: z.string().min(1),
  description: z.string().optional(),
  url: z.string().regex(/^https?:\/\/\S+$/, 'the site url must start with https://').optional(),
  timeZone: TimeZoneSchema.default('UTC'),
  repository: RepositorySchema.optional(),
});

export type Repository = z.output<typeof RepositorySchema>;
export type Site = z.output<typeof SiteSchema>;
