// The pages and data files a build writes: all of them, or under `serve` only those an edit changed.
import type { ActionListPage } from '../model/action-lists.js';
import type { ChangedPages } from '../model/views/changed-pages.js';
import type { Action, Group, Meeting, Person, Wiki } from '../model/wiki.js';
import type { DataFile } from './data-files.js';

/**
 * What the templates paginate over (the `render` global): the wiki's own lists in a full build,
 * their changed part in a `serve` rebuild. Templates still read everything else from `wiki`.
 */
export interface RenderSet {
  meetings: Meeting[];
  groups: Group[];
  people: Person[];
  groupYearPages: Wiki['groupYearPages'];
  actionListPages: ActionListPage[];
  /** `wiki.openActions` when the `/actions/` pages are written, else empty (and none is written). */
  openActions: Action[];
  /** `wiki.people` when the people index is written, else empty (and none is written). */
  peopleIndex: Person[];
  /** False when the `/actions/` pages are left as they are. */
  writeOpenActions: boolean;
  /** False when the people index pages are left as they are. */
  writePeopleIndex: boolean;
  /** Which feeds, calendars and exports to write. */
  writesDataFile(file: DataFile): boolean;
  /** How many item pages (meetings, groups, people, years, action lists) are written. */
  itemPages: number;
}

/** Everything: what `build` writes, and the first build of `serve`. */
export function renderAll(wiki: Wiki): RenderSet {
  return {
    meetings: wiki.meetings,
    groups: wiki.groups,
    people: wiki.people,
    groupYearPages: wiki.groupYearPages,
    actionListPages: wiki.actionListPages,
    openActions: wiki.openActions,
    peopleIndex: wiki.people,
    writeOpenActions: true,
    writePeopleIndex: true,
    writesDataFile: () => true,
    itemPages: wiki.meetings.length + wiki.groups.length + wiki.people.length + wiki.groupYearPages.length + wiki.actionListPages.length,
  };
}

/**
 * The pages of `wiki` that show what `changes` lists: changed meetings; changed groups with
 * their year and action-list pages; changed people with their action-list pages; the open
 * actions and people index when they changed. Feeds, calendars and exports of a changed group
 * or person are written, and the wiki-wide ones whenever anything changed. Pages with one of
 * everything (home, groups, calendar, search, 404) are always written: they are few and cheap.
 */
export function renderChanged(wiki: Wiki, changes: ChangedPages): RenderSet {
  if (changes.all) return renderAll(wiki);
  const owners = new Set([...changes.groups, ...changes.people]);
  const set = {
    meetings: wiki.meetings.filter((meeting) => changes.meetings.has(meeting.url)),
    groups: wiki.groups.filter((group) => changes.groups.has(group.url)),
    people: wiki.people.filter((person) => changes.people.has(person.url)),
    groupYearPages: wiki.groupYearPages.filter((page) => changes.groups.has(page.group.url)),
    actionListPages: wiki.actionListPages.filter((page) => owners.has(page.owner.url)),
    openActions: changes.openActions ? wiki.openActions : [],
    peopleIndex: changes.peopleIndex ? wiki.people : [],
    writeOpenActions: changes.openActions,
    writePeopleIndex: changes.peopleIndex,
    writesDataFile: (file: DataFile) => {
      const owner = /^\/(?:groups|people)\/[^/]+\//.exec(file.path)?.[0];
      // Files of no group or person (the site's feed, calendar and exports) may show any change.
      return owner === undefined || owners.has(owner);
    },
  };
  return { ...set, itemPages: set.meetings.length + set.groups.length + set.people.length + set.groupYearPages.length + set.actionListPages.length };
}
