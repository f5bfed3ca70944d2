// Schema of content/people.yaml: everyone who appears in minutes.
import { z } from 'zod';
import { IdSchema, NameSchema, SafeUrlSchema } from './common.js';

export const PersonSchema = z
  .strictObject({
    id: IdSchema.describe('Unique id, used in page addresses: lower-case letters, digits and hyphens, e.g. lars-kurth'),
    name: NameSchema.describe('The name shown on the site'),
    aliases: z
      .array(z.union([NameSchema, z.number().transform(String)]))
      .default([])
      .describe('Other names minutes may use: initials, IRC nicks, e-mail addresses; each names one person only'),
    links: z.array(SafeUrlSchema).default([]).describe('http(s), mailto or irc links shown on the person’s page'),
  })
  .describe('One person; minutes name them by id, name or alias');

export const PeopleSchema = z.array(PersonSchema);

export type PersonRecord = z.output<typeof PersonSchema>;
