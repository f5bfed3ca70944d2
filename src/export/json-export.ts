// The wiki as versioned plain data (actions.json, meetings.json, people.json), references by id and url.
import { siteRoot } from '../feeds/feed-urls.js';
import { urlBasePath } from '../model/urls.js';
import type { Action, Group, Meeting, Person, Wiki } from '../model/wiki.js';
import {
  EXPORT_VERSION,
  type ActionExport,
  type ActionsExport,
  type GroupExport,
  type MeetingExport,
  type MeetingsExport,
  type PeopleExport,
  type PersonExport,
  type SiteExport,
} from './schema.js';

/** Suggested site paths of the three exports. */
export const JSON_EXPORT_PATHS = { actions: '/data/actions.json', meetings: '/data/meetings.json', people: '/data/people.json' } as const;

// `basePath` below is the path the site is served under (default: the path of `wiki.site.url`).
// `url` fields stay site paths; the envelope's `site.url` and `site.basePath` say where they are.

/** Every action, in meeting order (oldest meeting first, then position in the minutes). */
export function actionsJson(wiki: Wiki, basePath?: string): ActionsExport {
  return { ...envelope(wiki, basePath), actions: wiki.actions.map(actionJson) };
}

/** Every group (by name) and every meeting (newest first). */
export function meetingsJson(wiki: Wiki, basePath?: string): MeetingsExport {
  return { ...envelope(wiki, basePath), groups: wiki.groups.map(groupJson), meetings: wiki.meetings.map(meetingJson) };
}

/** Every person, by name. */
export function peopleJson(wiki: Wiki, basePath?: string): PeopleExport {
  return { ...envelope(wiki, basePath), people: wiki.people.map(personJson) };
}

function envelope(wiki: Wiki, basePath: string | undefined): { version: typeof EXPORT_VERSION; generated: string; site: SiteExport } {
  const { site } = wiki;
  return {
    version: EXPORT_VERSION,
    generated: wiki.asOf,
    site: {
      title: site.title,
      description: site.description ?? null,
      // Where the site is published: its URL with the base path as its path, ending in `/`.
      url: site.url === undefined ? null : (siteRoot(site.url, basePath) ?? null),
      basePath: basePath ?? urlBasePath(site.url),
      timeZone: site.timeZone,
      repository: site.repository ? { url: site.repository.url, branch: site.repository.branch, path: site.repository.path } : null,
    },
  };
}

const ids = (list: readonly { id: string }[]): string[] => list.map((thing) => thing.id);

function actionJson(action: Action): ActionExport {
  return {
    id: action.id,
    group: action.group.id,
    meeting: { slug: action.meeting.slug, url: action.meeting.url },
    date: action.meeting.date,
    owners: ids(action.owners),
    text: action.text,
    status: action.status,
    due: action.due ?? null,
    overdue: action.overdue,
    closedOn: action.closedBy?.date ?? null,
    closedBy: action.closedBy?.url ?? null,
    closeNote: action.closeNote ?? null,
    ageDays: action.ageDays,
    url: action.url,
    file: action.meeting.file,
    line: action.line,
  };
}

function groupJson(group: Group): GroupExport {
  return {
    id: group.id,
    name: group.name,
    url: group.url,
    timeZone: group.timeZone,
    actionPrefix: group.actionPrefix,
    roles: group.roles.map(({ role, people }) => ({ role, people: ids(people) })),
    venues: group.venues.map((venue) => ({ id: venue.id, name: venue.name, kind: venue.kind, url: venue.url ?? null })),
  };
}

function meetingJson(meeting: Meeting): MeetingExport {
  return {
    group: meeting.group.id,
    slug: meeting.slug,
    date: meeting.date,
    title: meeting.title,
    url: meeting.url,
    file: meeting.file,
    editUrl: meeting.editUrl ?? null,
    historyUrl: meeting.historyUrl ?? null,
    chair: ids(meeting.chair),
    scribe: ids(meeting.scribe),
    attendees: ids(meeting.attendees),
    regrets: ids(meeting.regrets),
    venue: meeting.venue?.id ?? null,
    actionsRaised: ids(meeting.actions),
    actionsClosed: ids(meeting.closed),
  };
}

function personJson(person: Person): PersonExport {
  return {
    id: person.id,
    name: person.name,
    aliases: [...person.aliases],
    links: [...person.links],
    url: person.url,
    roles: person.roles.map(({ group, role }) => ({ group: group.id, role })),
    openActions: ids(person.openActions),
    closedActions: ids(person.closedActions),
    attended: person.attendance.map(({ group, meetings }) => ({ group: group.id, slugs: meetings.map((meeting) => meeting.slug) })),
  };
}

/** What differs between two wikis, as far as the exports can show it (from model/views/changed-pages.ts). */
export interface ExportChanges {
  /** Site paths of meetings edited, added, or whose actions changed; and of meetings removed. */
  meetings: ReadonlySet<string>;
  removed: ReadonlySet<string>;
  /** Site paths of the people those meetings name, before and after. */
  people: ReadonlySet<string>;
}

/**
 * The paths of the exports whose text differs between `before` and `after`, two wikis with the
 * same settings, day, groups and people (else every export may differ). Each entry of an export
 * comes from one meeting, action or person, and reads nothing `changes` would not list when it
 * changes; so comparing the entries of the listed ones, and the lists' lengths, is enough.
 * `serve` uses it to skip making the exports (50 MB at 10k minutes) for an edit they do not show.
 */
export function changedExports(before: Wiki, after: Wiki, changes: ExportChanges): Set<string> {
  const touched = (url: string) => changes.meetings.has(url) || changes.removed.has(url);
  const differ = <T>(list: (wiki: Wiki) => readonly T[], listed: (item: T) => boolean, entry: (item: T) => unknown) => {
    const a = list(before);
    const b = list(after);
    if (a.length !== b.length) return true;
    const entries = (items: readonly T[]) => JSON.stringify(items.filter(listed).map(entry));
    return entries(a) !== entries(b);
  };
  const paths = new Set<string>();
  if (differ((wiki) => wiki.actions, (action) => touched(action.meeting.url), actionJson)) paths.add(JSON_EXPORT_PATHS.actions);
  if (differ((wiki) => wiki.meetings, (meeting) => touched(meeting.url), meetingJson)) paths.add(JSON_EXPORT_PATHS.meetings);
  if (differ((wiki) => wiki.people, (person) => changes.people.has(person.url), personJson)) paths.add(JSON_EXPORT_PATHS.people);
  return paths;
}
