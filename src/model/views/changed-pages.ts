// Which pages of a wiki show something that differs between two builds of it: what `serve` renders again after an edit.
import type { Action, Group, Meeting, Person, Wiki } from '../wiki.js';

/**
 * What differs between two wikis, as the pages that show it. Site paths are root-relative
 * (`/groups/x/2014-04-11/`), without a base path.
 */
export interface ChangedPages {
  /**
   * Settings, people.yaml, a group.yaml or the day (`asOf`) changed: nearly every page may show
   * it, so everything is rendered again and the other fields are empty.
   */
  all: boolean;
  /** Meeting pages to render: meetings added, edited, removed, or whose actions or neighbours changed. */
  meetings: Set<string>;
  /** Group pages (and their year and action-list pages, feeds and calendars) to render. */
  groups: Set<string>;
  /** Person pages (and their action-list pages, feeds and calendars) to render. */
  people: Set<string>;
  /** Whether the pages of all open actions (`/actions/`) show something that changed. */
  openActions: boolean;
  /** Whether the people index shows something that changed (its open-action counts). */
  peopleIndex: boolean;
  /** Meeting pages that no longer exist (their files were removed or renamed). */
  removed: Set<string>;
  /**
   * People whose calendar feed has other groups (who attended a group's last meetings changed).
   * Calendars come from group.yaml otherwise, so an edit to minutes changes no other calendar.
   */
  calendars: Set<string>;
}

/**
 * Compares the wiki before an edit with the wiki after it and returns the pages whose data
 * changed: each meeting whose own data differs (its text, people, venue, actions and their
 * status, its neighbours' links), its group, the people it names before and after the edit
 * (chair, scribe, attendees, regrets, owners of actions it raises or closes), and the groups
 * of actions it closes. Anything beyond minutes (settings, people.yaml, group.yaml, the day)
 * gives `all`. Pure: reads both wikis, changes neither.
 */
export function changedPages(before: Wiki, after: Wiki): ChangedPages {
  const changes: ChangedPages = {
    all: false,
    meetings: new Set(),
    groups: new Set(),
    people: new Set(),
    openActions: false,
    peopleIndex: false,
    removed: new Set(),
    calendars: new Set(),
  };
  if (!sameFrame(before, after)) return { ...changes, all: true };
  const old = new Map(before.meetings.map((meeting) => [meeting.url, meeting]));
  const touched: Meeting[] = [];
  for (const meeting of after.meetings) {
    const previous = old.get(meeting.url);
    old.delete(meeting.url);
    if (previous && sameMeeting(previous, meeting)) continue;
    touched.push(meeting);
    if (previous) touched.push(previous);
  }
  for (const gone of old.values()) {
    touched.push(gone);
    changes.removed.add(gone.url);
  }
  for (const meeting of touched) {
    if (!changes.removed.has(meeting.url)) changes.meetings.add(meeting.url);
    changes.groups.add(meeting.group.url);
    for (const person of namedIn(meeting)) changes.people.add(person.url);
    for (const action of meeting.closed) {
      // The page of the meeting that raised it says where it was closed.
      changes.meetings.add(action.meeting.url);
      changes.groups.add(action.group.url);
    }
  }
  for (const url of changes.removed) changes.meetings.delete(url);
  // The /actions/ pages list every open action and count them by group and owner: at 1k
  // minutes ~55 pages of 70 KB, so they are written only when what they show changed, not for
  // each edit to a meeting that raised one.
  changes.openActions = !sameList(before.openActions, after.openActions, openActionKey);
  const openCount = new Map(before.people.map((person) => [person.url, person.openActions.length]));
  changes.peopleIndex = after.people.some((person) => openCount.get(person.url) !== person.openActions.length);
  const groupIds = (person: Person) => person.calendarGroups.map((group) => group.id).join(' ');
  const calendarOf = new Map(before.people.map((person) => [person.url, groupIds(person)]));
  for (const person of after.people) if (calendarOf.get(person.url) !== groupIds(person)) changes.calendars.add(person.url);
  return changes;
}

/** Everyone a meeting's page names, and the owners of the actions it raises and closes. */
function namedIn(meeting: Meeting): Person[] {
  return [
    ...meeting.chair,
    ...meeting.scribe,
    ...meeting.attendees,
    ...meeting.regrets,
    ...meeting.actions.flatMap((action) => action.owners),
    ...meeting.closed.flatMap((action) => action.owners),
  ];
}

/** Whether everything but the minutes is the same: settings, the day, groups and people. */
function sameFrame(before: Wiki, after: Wiki): boolean {
  return (
    before.asOf === after.asOf &&
    JSON.stringify(before.site) === JSON.stringify(after.site) &&
    sameList(before.groups, after.groups, groupKey) &&
    sameList(before.people, after.people, personKey)
  );
}

function sameList<T>(a: readonly T[], b: readonly T[], key: (value: T) => string): boolean {
  return a.length === b.length && a.every((value, index) => key(value) === key(b[index]!));
}

/** What a group.yaml says, as the pages show it (not its meetings or actions, nor the time now). */
function groupKey(group: Group): string {
  const { id, name, descriptionHtml, timeZone, actionPrefix, venues, sections, cadence, schedules, file, url, lastModified } = group;
  const roles = group.roles.map(({ role, people }) => [role, people.map((person) => person.id)]);
  return JSON.stringify([id, name, descriptionHtml, timeZone, actionPrefix, roles, venues, sections, cadence, schedules, file, url, lastModified]);
}

/** What people.yaml and the groups' roles say about a person. */
function personKey(person: Person): string {
  const { id, name, aliases, links, url } = person;
  return JSON.stringify([id, name, aliases, links, url, person.roles.map(({ group, role }) => [group.id, role])]);
}

/** Whether a meeting's page would show the same: its own data, its actions and its neighbours' links. */
function sameMeeting(a: Meeting, b: Meeting): boolean {
  // The HTML is most of a meeting's data: compared on its own rather than copied into a key.
  return a.html === b.html && meetingKey(a) === meetingKey(b);
}

/**
 * Keys already made: each wiki is compared twice under `serve` (as the wiki after one save, then
 * before the next), and its meetings do not change once linked.
 */
const keys = new WeakMap<Meeting, string>();

function meetingKey(meeting: Meeting): string {
  let key = keys.get(meeting);
  if (key === undefined) {
    key = makeMeetingKey(meeting);
    keys.set(meeting, key);
  }
  return key;
}

function makeMeetingKey(meeting: Meeting): string {
  const ids = (people: readonly Person[]) => people.map((person) => person.id);
  const link = (other: Meeting | undefined) => (other ? [other.url, other.title, other.ownTitle] : undefined);
  return JSON.stringify([
    meeting.group.id,
    meeting.slug,
    meeting.date,
    meeting.title,
    meeting.ownTitle,
    meeting.file,
    meeting.editUrl,
    meeting.historyUrl,
    ids(meeting.chair),
    ids(meeting.scribe),
    ids(meeting.attendees),
    ids(meeting.regrets),
    meeting.venue?.id,
    meeting.headings,
    meeting.toc,
    meeting.actions.map(actionKey),
    meeting.closed.map(actionKey),
    link(meeting.previous),
    link(meeting.next),
  ]);
}

/** What the open-actions pages show of an action (names come from people.yaml and group.yaml, which change everything). */
function openActionKey(action: Action): string {
  return JSON.stringify([action.group.id, action.meeting.date, ...actionKey(action)]);
}

function actionKey(action: Action): unknown[] {
  const { id, line, text, textHtml, due, status, closeNote, ageDays, overdue, url } = action;
  return [id, line, action.owners.map((person) => person.id), text, textHtml, due, status, action.closedBy?.url, closeNote, ageDays, overdue, url, action.meeting.url];
}
