// Schema of content/people.yaml: everyone who appears in minutes.
import { z } from 'zod';
import { IdSchema, SafeUrlSchema } from './common.js';

export const PersonSchema = z.strictObject({
  id: IdSchema,
  name: z.string().min(1),
  aliases: z.array(z.union([z.string().min(1), z.number().transform(String)])).default([]),
  links: z.array(SafeUrlSchema).default([]),
});

export const PeopleSchema = z.array(PersonSchema);

export type PersonRecord = z.output<typeof PersonSchema>;
