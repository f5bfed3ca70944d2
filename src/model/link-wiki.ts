// Assembles the whole wiki from the records of its content files: link, derive, render.
// Nothing here parses a file (see build-wiki.ts and load/parse-content.ts), so a check whose
// records all come from the cache never loads the YAML, schema or Markdown libraries.
import { compareMessages, messageFromJson, SigwikiMessage } from '../diagnostics/message.js';
import { buildGroup } from './build-group.js';
import { buildMeeting } from './build-meeting.js';
import { closeActions, compareMeetings } from './close-actions.js';
import type { ContentFiles } from './content-files.js';
import type { ContentRecords } from './content-records.js';
import { actionListPages } from './action-lists.js';
import { checkCadences } from './check-cadences.js';
import { deriveViews } from './derive-views.js';
import { planGroupCalendar, planWikiCalendar } from './group-calendar.js';
import { fillPlaceholders, type BodyClose } from './minutes-body.js';
import { PeopleIndex } from './people-index.js';
import { actionOpening, closeOpening, reviewAnchor } from './render-action.js';
import { PeopleResolver } from './resolve-people.js';
import type { Site } from './schema/site.js';
import { personUrl } from './urls.js';
import { Wiki, type Action, type Group, type Meeting, type Person, type WikiResult } from './wiki.js';

export interface LinkOptions {
  /** The day ages and overdue flags are computed for, `YYYY-MM-DD` (the build date). */
  asOf: string;
  /** The instant upcoming meetings are computed from, ISO 8601; default the start of `asOf` in UTC. */
  now?: string;
  /**
   * False when nothing will be published (`sigwiki check`): minutes are not rendered to HTML,
   * and per-page lists, upcoming meetings and list pages are not made. Default true.
   */
  render?: boolean;
}

/**
 * Links the records of `files` (one for each file, minutes parsed with the same `render`) into
 * the wiki. Never throws for bad content: every problem is a message, sorted by file and line,
 * and the wiki holds whatever could be understood.
 */
export function linkWiki(files: ContentFiles, records: ContentRecords, options: LinkOptions): WikiResult {
  const messages: SigwikiMessage[] = [...(files.messages ?? [])];
  const render = options.render ?? true;
  // A file that could not be read has said so already (in files.messages): its record, if it
  // has one, is of no text, and what it would have defined is not blamed on other files.
  const unreadable = files.unreadable ?? new Set<string>();
  const readable = (path: string) => !unreadable.has(path);
  const { site, failed: siteFailed } = readSite(files, records, messages, unreadable);

  const peoplePath = `${files.root}/people.yaml`;
  const peopleRead = files.peopleFile !== undefined && readable(peoplePath);
  const parsedPeople = (peopleRead && records.people) || { people: [], messages: [], failed: false };
  messages.push(...parsedPeople.messages.map(messageFromJson));
  // When people.yaml is there but unusable, every name in every file would be unknown: one
  // error in people.yaml, not hundreds of knock-on "unknown person" errors.
  const peopleFailed = parsedPeople.failed || unreadable.has(peoplePath);
  const people: Person[] = parsedPeople.people.map((record) => ({
    ...record,
    url: personUrl(record.id),
    roles: [],
    openActions: [],
    closedActions: [],
    attendance: [],
    calendarGroups: [],
  }));
  const resolver = new PeopleResolver(new PeopleIndex(parsedPeople.people), new Map(people.map((person) => [person.id, person])), {
    reportUnknown: !peopleFailed,
  });

  const groups: Group[] = [];
  const closeLines = new Map<Meeting, BodyClose[]>();
  const htmlOf = new Map<Meeting, string>();
  const meetings: Meeting[] = [];
  const groupOfPrefix = new Map<string, Group>();
  for (const folder of files.groups) {
    if (unreadable.has(`${folder.path}/group.yaml`)) continue;
    const group = buildGroup(folder, folder.groupFile && recordOf(records.groupFiles, folder.groupFile.path), site, resolver, messages, { render });
    if (!group) continue;
    const other = groupOfPrefix.get(group.actionPrefix);
    if (other) {
      // Action ids start with the prefix: two groups sharing one would give two actions one id.
      messages.push(
        new SigwikiMessage(`Action prefix \`${group.actionPrefix}\` is already used by ${other.name}`, {
          file: group.file,
          ruleId: 'action-prefix-duplicate',
          hint: 'set a distinct `actionPrefix:` in this group.yaml',
        }),
      );
      continue;
    }
    groupOfPrefix.set(group.actionPrefix, group);
    groups.push(group);
    for (const file of folder.minutes.filter((minutes) => readable(minutes.path))) {
      const record = recordOf(records.minutes, file.path);
      messages.push(...record.messages.map(messageFromJson));
      if (!record.frontMatter) continue;
      const meeting = buildMeeting({ ...record, frontMatter: record.frontMatter }, group, resolver, site.repository, options.asOf, messages, {
        render,
      });
      closeLines.set(meeting, record.body.closes);
      group.meetings.push(meeting);
      meetings.push(meeting);
      htmlOf.set(meeting, record.body.html);
    }
  }

  meetings.sort(compareMeetings);
  const actions = meetings.flatMap((meeting) => meeting.actions);
  const actionsById = new Map<string, Action>();
  for (const action of actions) actionsById.set(action.id, action);
  const references = closeActions(meetings, (meeting) => closeLines.get(meeting) ?? [], actionsById, messages);
  for (const meeting of render ? meetings : []) {
    const refs = references.get(meeting) ?? [];
    // Each action's first review line in a meeting gets an anchor, for the summary at the top.
    const anchored = new Set<string>();
    meeting.html = fillPlaceholders(
      htmlOf.get(meeting) ?? '',
      (index) => actionOpening(meeting.actions[index]!),
      (index) => {
        const ref = refs[index]!;
        const first = ref.action !== undefined && !anchored.has(ref.action.id);
        if (first) anchored.add(ref.action!.id);
        return closeOpening(ref, first ? reviewAnchor(ref.action!.id) : undefined);
      },
    );
  }

  const now = options.now ?? `${options.asOf}T00:00:00Z`;
  // Per-page lists, upcoming meetings and list pages are for pages; a check publishes none.
  if (render) {
    deriveViews(groups, people, meetings, actions);
    for (const group of groups) planGroupCalendar(group, now);
  }
  messages.push(...checkCadences(groups, now));
  const wiki = new Wiki(
    site,
    groups.sort((a, b) => a.name.localeCompare(b.name)),
    people.sort((a, b) => a.name.localeCompare(b.name)),
    [...meetings].reverse(),
    actions,
    options.asOf,
    now,
    render ? planWikiCalendar(groups, now) : [],
    render ? actionListPages(groups, people) : [],
  );
  // The files every other file depends on come first when they failed: their error explains
  // what follows it.
  const failedFirst = new Set([...(siteFailed ? [`${files.root}/sigwiki.yaml`] : []), ...(peopleFailed ? [peoplePath] : [])]);
  messages.sort(compareMessages);
  return { wiki, messages: [...messages.filter((message) => failedFirst.has(message.file)), ...messages.filter((message) => !failedFirst.has(message.file))] };
}

function recordOf<T>(records: ReadonlyMap<string, T>, path: string): T {
  const record = records.get(path);
  if (record === undefined) throw new Error(`no parsed record for ${path}`);
  return record;
}

/** The site of sigwiki.yaml; `failed` when it is missing, unreadable or invalid and a fallback stands in. */
function readSite(files: ContentFiles, records: ContentRecords, messages: SigwikiMessage[], unreadable: ReadonlySet<string>): { site: Site; failed: boolean } {
  const fallback = { site: { title: 'sigwiki', timeZone: 'UTC' }, failed: true };
  if (unreadable.has(files.siteFile?.path ?? `${files.root}/sigwiki.yaml`)) return fallback;
  if (!files.siteFile) {
    messages.push(
      new SigwikiMessage(`${files.root}/sigwiki.yaml is missing`, {
        file: `${files.root}/sigwiki.yaml`,
        ruleId: 'site-missing',
        hint: 'create it with at least `title: <your wiki name>`',
      }),
    );
    return fallback;
  }
  const record = records.site;
  if (!record) throw new Error(`no parsed record for ${files.siteFile.path}`);
  messages.push(...record.messages.map(messageFromJson));
  return record.value ? { site: record.value, failed: false } : fallback;
}

