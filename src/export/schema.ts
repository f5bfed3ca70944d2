// The JSON export's contract: zod schemas of actions.json, meetings.json and people.json (version 1).
import { z } from 'zod';

// Strict objects everywhere: a field the exporter adds without adding it here fails the tests,
// so this file stays the documented shape (docs/data-export.md).

/** `YYYY-MM-DD`. */
const DaySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/**
 * A root-relative site path such as `/groups/centos-virt/2014-04-11/`; append it without its `/`
 * to `site.url`, or to `site.basePath` for a link on the same host, to publish.
 */
const SitePathSchema = z.string().regex(/^\/(?!\/)/);
const IdSchema = z.string().min(1);

/** The export format version. Fields may be added within a version; removing or renaming one bumps it. */
export const EXPORT_VERSION = 1;

export const SiteExportSchema = z.strictObject({
  title: z.string(),
  description: z.string().nullable(),
  /** The published address, ending in `/`, when sigwiki.yaml names it. */
  url: z.string().nullable(),
  /** The path the site is served under, `/` or `/minutes/`: the path of `url`, or `build --base-path`. */
  basePath: z.string().regex(/^\/(?:[^/]+\/)*$/),
  timeZone: z.string(),
  repository: z.strictObject({ url: z.string(), branch: z.string(), path: z.string() }).nullable(),
});

const envelope = {
  version: z.literal(EXPORT_VERSION),
  /** The day the export describes (the build's `asOf`): ages and overdue flags are for that day. */
  generated: DaySchema,
  site: SiteExportSchema,
};

export const ActionExportSchema = z.strictObject({
  id: IdSchema,
  group: IdSchema,
  meeting: z.strictObject({ slug: z.string(), url: SitePathSchema }),
  /** The raising meeting's date. */
  date: DaySchema,
  owners: z.array(IdSchema),
  text: z.string(),
  status: z.enum(['open', 'done', 'dropped']),
  due: DaySchema.nullable(),
  overdue: z.boolean(),
  closedOn: DaySchema.nullable(),
  /** The url of the meeting that closed it. */
  closedBy: SitePathSchema.nullable(),
  closeNote: z.string().nullable(),
  /** Whole days open: to `generated` when open, to `closedOn` otherwise. */
  ageDays: z.number().int(),
  url: SitePathSchema,
  /** The minutes file, relative to the content folder's parent, and the 1-based line. */
  file: z.string(),
  line: z.number().int().positive(),
});

export const ActionsExportSchema = z.strictObject({ ...envelope, actions: z.array(ActionExportSchema) });

export const GroupExportSchema = z.strictObject({
  id: IdSchema,
  name: z.string(),
  url: SitePathSchema,
  timeZone: z.string(),
  actionPrefix: z.string(),
  roles: z.array(z.strictObject({ role: z.string(), people: z.array(IdSchema) })),
  venues: z.array(z.strictObject({ id: IdSchema, name: z.string(), kind: z.string(), url: z.string().nullable() })),
});

export const MeetingExportSchema = z.strictObject({
  group: IdSchema,
  slug: z.string(),
  date: DaySchema,
  title: z.string(),
  url: SitePathSchema,
  file: z.string(),
  editUrl: z.string().nullable(),
  historyUrl: z.string().nullable(),
  chair: z.array(IdSchema),
  scribe: z.array(IdSchema),
  attendees: z.array(IdSchema),
  regrets: z.array(IdSchema),
  /** A venue id of the meeting's group. */
  venue: IdSchema.nullable(),
  actionsRaised: z.array(IdSchema),
  actionsClosed: z.array(IdSchema),
});

export const MeetingsExportSchema = z.strictObject({ ...envelope, groups: z.array(GroupExportSchema), meetings: z.array(MeetingExportSchema) });

export const PersonExportSchema = z.strictObject({
  id: IdSchema,
  name: z.string(),
  aliases: z.array(z.string()),
  links: z.array(z.string()),
  url: SitePathSchema,
  roles: z.array(z.strictObject({ group: IdSchema, role: z.string() })),
  openActions: z.array(IdSchema),
  closedActions: z.array(IdSchema),
  /** Meetings chaired, minuted or attended, per group, newest first. */
  attended: z.array(z.strictObject({ group: IdSchema, slugs: z.array(z.string()) })),
});

export const PeopleExportSchema = z.strictObject({ ...envelope, people: z.array(PersonExportSchema) });

export type SiteExport = z.output<typeof SiteExportSchema>;
export type ActionExport = z.output<typeof ActionExportSchema>;
export type ActionsExport = z.output<typeof ActionsExportSchema>;
export type GroupExport = z.output<typeof GroupExportSchema>;
export type MeetingExport = z.output<typeof MeetingExportSchema>;
export type MeetingsExport = z.output<typeof MeetingsExportSchema>;
export type PersonExport = z.output<typeof PersonExportSchema>;
export type PeopleExport = z.output<typeof PeopleExportSchema>;
