// The in-memory wiki: every page, feed and check is computed from one of these.
import type { Cadence } from '../calendar/cadence-schema.js';
import type { Occurrence } from '../calendar/occurrences.js';
import type { ZoneTime } from '../calendar/zone-table.js';
import { urgentFirst, type ActionListPage } from './action-lists.js';
import type { UpcomingMeeting } from './group-calendar.js';
import type { SigwikiMessage } from '../diagnostics/message.js';
import type { BodyHeading } from './minutes-body.js';
import type { Site } from './schema/site.js';
import type { Venue as VenueRecord } from './schema/group.js';

/** A venue of a group, with its id. */
export interface Venue extends VenueRecord {
  id: string;
}

export interface Person {
  id: string;
  name: string;
  aliases: string[];
  links: string[];
  /** Site path of the person's page, e.g. `/people/lars-kurth/`. */
  url: string;
  roles: { group: Group; role: string }[];
  /** Open actions: overdue first (longest overdue first), then oldest first. */
  openActions: Action[];
  /** Done and dropped actions, most recently closed first. */
  closedActions: Action[];
  /** Meetings attended (or chaired or minuted), per group, newest first. */
  attendance: { group: Group; meetings: Meeting[] }[];
  /**
   * Groups whose meetings go in the person's calendar feed: those they hold a role in, or whose
   * last three meetings they attended at least once.
   */
  calendarGroups: Group[];
}

export interface Group {
  id: string;
  name: string;
  descriptionHtml: string;
  /** IANA zone the group's dates and times are in. */
  timeZone: string;
  actionPrefix: string;
  roles: { role: string; people: Person[] }[];
  venues: Venue[];
  sections: string[];
  cadence: Cadence | undefined;
  /** Each schedule of the cadence, described in words. */
  schedules: { id: string; name: string | undefined; description: string }[];
  /** The next few meetings from the build time (cancelled ones included, marked). */
  upcoming: UpcomingMeeting[];
  /**
   * Confirmed meetings from the build time for about six months (group-calendar.ts `SOON_DAYS`, `SOON_MAX`):
   * what the next-meeting script chooses from, so a page not rebuilt for months still knows.
   */
  soon: Occurrence[];
  /** The first confirmed meeting of `upcoming`. */
  nextMeeting: UpcomingMeeting | undefined;
  /** The next confirmed meeting's time in common zones; empty without one. */
  nextMeetingZones: readonly ZoneTime[];
  /** ISO instant group.yaml last changed (from git), when known: the .ics SEQUENCE follows it. */
  lastModified: string | undefined;
  /** Path of group.yaml, relative to the content folder's parent. */
  file: string;
  url: string;
  /** Meetings, oldest first. */
  meetings: Meeting[];
  /** Meetings grouped by year, newest year and newest meeting first. */
  meetingsByYear: { year: string; meetings: Meeting[] }[];
  /** Open actions raised in this group: overdue first (longest overdue first), then oldest first. */
  openActions: Action[];
}

export interface Meeting {
  group: Group;
  /** File stem: `2014-04-11`, or `2014-04-11-2` for a second meeting that day. */
  slug: string;
  /** `YYYY-MM-DD`, in the group's time zone. */
  date: string;
  /** The front matter's title, or "<group name>, <long date>". */
  title: string;
  /** The title the minutes gave themselves, if any (lists show the date and this). */
  ownTitle: string | undefined;
  file: string;
  url: string;
  editUrl: string | undefined;
  historyUrl: string | undefined;
  chair: Person[];
  scribe: Person[];
  attendees: Person[];
  regrets: Person[];
  venue: Venue | undefined;
  /** The minutes as HTML: escaped, with actions decorated. Safe to output unescaped. */
  html: string;
  headings: BodyHeading[];
  /** Headings for the "on this page" list; empty for short minutes (see table-of-contents.ts). */
  toc: (BodyHeading & { depth: number })[];
  /** Actions raised in this meeting, in order. */
  actions: Action[];
  /** Actions this meeting closed. */
  closed: Action[];
  previous: Meeting | undefined;
  next: Meeting | undefined;
}

export type ActionStatus = 'open' | 'done' | 'dropped';

export interface Action {
  /** Stable id, e.g. `virt-20140411-3`; also its anchor on the meeting page. */
  id: string;
  group: Group;
  meeting: Meeting;
  /** 1-based line in the minutes file. */
  line: number;
  owners: Person[];
  text: string;
  textHtml: string;
  due: string | undefined;
  status: ActionStatus;
  closedBy: Meeting | undefined;
  closeNote: string | undefined;
  /** Days open: until the wiki's `asOf` date when open, until the closing meeting otherwise. */
  ageDays: number;
  /** Open with a due date before `asOf`. */
  overdue: boolean;
  /** Site path of the action's anchor. */
  url: string;
}

/** The whole wiki. A class, so Eleventy passes it to templates by reference instead of copying it. */
export class Wiki {
  /** Site settings from sigwiki.yaml. */
  readonly site: Site;
  /** Groups by name. */
  readonly groups: Group[];
  /** People by name. */
  readonly people: Person[];
  /** All meetings, newest first. */
  readonly meetings: Meeting[];
  /** All actions, in meeting order. */
  readonly actions: Action[];
  /** The day ages and overdue flags are computed for, `YYYY-MM-DD`. */
  readonly asOf: string;
  /** The instant "next meeting" is computed from (the build time), ISO 8601. */
  readonly now: string;
  /** Meetings of all groups in the coming weeks, soonest first (the calendar page). */
  readonly calendar: UpcomingMeeting[];
  /** Pages of the full action lists too long for their group's or person's page. */
  readonly actionListPages: ActionListPage[];

  // The lists below are fields, not getters: templates read them on every page, and a getter
  // filtering 80k actions on each of 15k pages took 12 s of a 10k-minutes build.
  /** The ten newest meetings across all groups. */
  readonly recentMeetings: Meeting[];
  /** Open actions across all groups: overdue first (longest overdue first), then oldest first. */
  readonly openActions: Action[];
  /** Groups with open actions, with how many (and how many overdue), by name: the actions page's filters. */
  readonly openActionsByGroup: { group: Group; count: number; overdue: number }[];
  /** People who own open actions, with how many, most first (then by name). */
  readonly openActionsByOwner: { person: Person; count: number; overdue: number }[];
  /** One page per group and year of minutes, newest first. */
  readonly groupYearPages: {
    group: Group;
    year: string;
    url: string;
    meetings: Meeting[];
    /** The group's previous and next years with minutes (years without any are skipped). */
    previous: { year: string; url: string } | undefined;
    next: { year: string; url: string } | undefined;
  }[];

  constructor(
    site: Site,
    groups: Group[],
    people: Person[],
    meetings: Meeting[],
    actions: Action[],
    asOf: string,
    now: string,
    calendar: UpcomingMeeting[],
    actionListPages: ActionListPage[],
  ) {
    this.site = site;
    this.groups = groups;
    this.people = people;
    this.meetings = meetings;
    this.actions = actions;
    this.asOf = asOf;
    this.now = now;
    this.calendar = calendar;
    this.actionListPages = actionListPages;
    this.recentMeetings = meetings.slice(0, 10);
    this.openActions = urgentFirst(actions.filter((action) => action.status === 'open'));
    this.openActionsByGroup = tally(this.openActions, (action) => [action.group]).map(([group, count, overdue]) => ({ group, count, overdue }));
    this.openActionsByOwner = tally(this.openActions, (action) => action.owners)
      .map(([person, count, overdue]) => ({ person, count, overdue }))
      .sort((a, b) => b.count - a.count || a.person.name.localeCompare(b.person.name));
    const yearLink = (group: Group, year: string | undefined) => (year === undefined ? undefined : { year, url: `${group.url}${year}/` });
    // meetingsByYear is newest first: the next entry is the year before.
    this.groupYearPages = groups.flatMap((group) =>
      group.meetingsByYear.map(({ year, meetings: ofYear }, index, years) => ({
        group,
        year,
        url: `${group.url}${year}/`,
        meetings: ofYear,
        previous: yearLink(group, years[index + 1]?.year),
        next: yearLink(group, years[index - 1]?.year),
      })),
    );
  }
}

/** How many of `actions` (and of those overdue) each key has, keys in order of name. */
function tally<Key extends { name: string }>(actions: readonly Action[], keysOf: (action: Action) => Key[]): [Key, number, number][] {
  const counts = new Map<Key, [Key, number, number]>();
  for (const action of actions) {
    for (const key of keysOf(action)) {
      const entry = counts.get(key) ?? [key, 0, 0];
      entry[1] += 1;
      if (action.overdue) entry[2] += 1;
      counts.set(key, entry);
    }
  }
  return [...counts.values()].sort((a, b) => a[0].name.localeCompare(b[0].name));
}

/** A wiki together with everything found wrong while building it. */
export interface WikiResult {
  wiki: Wiki;
  messages: SigwikiMessage[];
}
