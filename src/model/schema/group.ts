// Schema of content/groups/<id>/group.yaml: one SIG or working group.
import { z } from 'zod';
import { CadenceSchema } from '../../calendar/cadence-schema.js';
import { PersonRefsSchema, SafeUrlSchema, TimeZoneSchema } from './common.js';

export const VenueKindSchema = z.enum(['video', 'irc', 'chat', 'phone', 'in-person', 'other']);

export const VenueSchema = z.strictObject({
  name: z.string().min(1),
  kind: VenueKindSchema.default('other'),
  url: SafeUrlSchema.optional(),
});

export const GroupSchema = z.strictObject({
  name: z.string().min(1),
  description: z.string().optional(),
  timeZone: TimeZoneSchema.optional(),
  actionPrefix: z
    .string()
    .regex(/^[a-z][a-z0-9-]*$/, 'an action prefix is lower-case letters, digits and hyphens')
    .optional(),
  roles: z.record(z.string().min(1), PersonRefsSchema).default({}),
  venues: z.record(z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'venue ids are lower-case letters, digits and hyphens'), VenueSchema).default({}),
  sections: z.array(z.string().min(1)).optional(),
  cadence: CadenceSchema.optional(),
});

export type Venue = z.output<typeof VenueSchema>;
export type GroupRecord = z.output<typeof GroupSchema>;
