// Schema of content/groups/<id>/group.yaml: one SIG or working group.
import { z } from 'zod';
import { CadenceSchema } from '../../calendar/cadence-schema.js';
import { MAX_ID_LENGTH, NameSchema, PersonRefsSchema, SafeUrlSchema, TextSchema, TimeZoneSchema } from './common.js';
import { ID_TOO_LONG } from '../../calendar/util-schema-values.js';

export const VenueKindSchema = z.enum(['video', 'irc', 'chat', 'phone', 'in-person', 'other']);

export const VenueSchema = z
  .strictObject({
    name: NameSchema.describe('Shown on the site, e.g. "#centos-devel on Libera"'),
    kind: VenueKindSchema.default('other').describe('video | irc | chat | phone | in-person | other'),
    url: SafeUrlSchema.optional().describe('Where to join: an https, mailto or irc link'),
  })
  .describe('One place the group meets; minutes and the cadence name it by its id');

export const GroupSchema = z.strictObject({
  name: NameSchema.describe('Name of the group, e.g. CentOS Virtualization SIG'),
  description: TextSchema.optional().describe('Markdown, shown on the group page'),
  timeZone: TimeZoneSchema.optional().describe('IANA time zone name; default the timeZone of sigwiki.yaml'),
  actionPrefix: z
    .string()
    .max(MAX_ID_LENGTH, ID_TOO_LONG)
    .regex(/^[a-z][a-z0-9-]*$/, 'an action prefix is lower-case letters, digits and hyphens')
    .optional()
    .describe('Prefix of action ids (virt-20140411-3); default the group id'),
  roles: z
    .record(NameSchema, PersonRefsSchema)
    .default({})
    .describe('Role name: one person or a list, by id, name or alias from people.yaml'),
  venues: z
    .record(z.string().max(MAX_ID_LENGTH, ID_TOO_LONG).regex(/^[a-z0-9][a-z0-9-]*$/, 'venue ids are lower-case letters, digits and hyphens'), VenueSchema)
    .default({})
    .describe('Where the group meets, by venue id (lower-case letters, digits and hyphens)'),
  sections: z.array(NameSchema).optional().describe('Headings `sigwiki new` writes into new minutes; default Agenda, Notes, Actions'),
  cadence: CadenceSchema.optional(),
});

export type Venue = z.output<typeof VenueSchema>;
export type GroupRecord = z.output<typeof GroupSchema>;
