// The pages and data files a build writes: all of them, or under `serve` only those an edit changed.
import type { ActionListPage } from '../model/action-lists.js';
import type { ChangedPages } from '../model/views/changed-pages.js';
import type { Action, Group, Meeting, Person, Wiki } from '../model/wiki.js';
import { JSON_EXPORT_PATHS } from '../export/json-export.js';
import type { DataFile } from './data-files.js';

const EXPORT_PATHS: ReadonlySet<string> = new Set(Object.values(JSON_EXPORT_PATHS));

/** The fields of a {@link RenderSet}. */
interface RenderFields {
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
}

/**
 * What the templates paginate over (the `render` global): the wiki's own lists in a full build,
 * their changed part in a `serve` rebuild. Templates still read everything else from `wiki`.
 * A class, as Wiki is, so Eleventy passes it by reference instead of deep-merging a plain
 * object (and every meeting it holds) into each page's data.
 */
export class RenderSet implements RenderFields {
  readonly meetings: Meeting[];
  readonly groups: Group[];
  readonly people: Person[];
  readonly groupYearPages: Wiki['groupYearPages'];
  readonly actionListPages: ActionListPage[];
  readonly openActions: Action[];
  readonly peopleIndex: Person[];
  readonly writeOpenActions: boolean;
  readonly writePeopleIndex: boolean;
  readonly writesDataFile: (file: DataFile) => boolean;
  /** How many item pages (meetings, groups, people, years, action lists) are written. */
  readonly itemPages: number;

  constructor(fields: RenderFields) {
    this.meetings = fields.meetings;
    this.groups = fields.groups;
    this.people = fields.people;
    this.groupYearPages = fields.groupYearPages;
    this.actionListPages = fields.actionListPages;
    this.openActions = fields.openActions;
    this.peopleIndex = fields.peopleIndex;
    this.writeOpenActions = fields.writeOpenActions;
    this.writePeopleIndex = fields.writePeopleIndex;
    this.writesDataFile = fields.writesDataFile;
    this.itemPages = this.meetings.length + this.groups.length + this.people.length + this.groupYearPages.length + this.actionListPages.length;
  }
}

/** Everything: what `build` writes, and the first build of `serve`. */
export function renderAll(wiki: Wiki): RenderSet {
  return new RenderSet({
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
  });
}

/**
 * The pages of `wiki` that show what `changes` lists: changed meetings; changed groups with
 * their year and action-list pages; changed people with their action-list pages; the open
 * actions and people index when they changed. Feeds of a changed group or person are written,
 * and the wiki-wide feed and exports whenever anything changed; calendars only where a person's
 * calendar has other groups (the others come from group.yaml, whose change writes everything);
 * of the exports, those in `changedExports` when it is given. Pages with one of
 * everything (home, groups, calendar, search, 404) are always written: they are few and cheap.
 */
export function renderChanged(wiki: Wiki, changes: ChangedPages, changedExports?: ReadonlySet<string>): RenderSet {
  if (changes.all) return renderAll(wiki);
  const owners = new Set([...changes.groups, ...changes.people]);
  return new RenderSet({
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
      // Calendars come from group.yaml, which changes everything; a person's also from whom they met.
      if (file.path.endsWith('.ics')) return owner !== undefined && changes.calendars.has(owner);
      // The exports, when `changedExports` says which differ (export/json-export.ts).
      if (changedExports && EXPORT_PATHS.has(file.path)) return changedExports.has(file.path);
      // Files of no group or person (the site's feed and exports) may show any change.
      return owner === undefined || owners.has(owner);
    },
  });
}
