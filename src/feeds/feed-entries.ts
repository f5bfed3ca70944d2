// Turns one meeting or one action into an Atom entry: id, title, dates, links, summary, content.
import { longDate } from '../model/days.js';
import type { Action, Meeting, Person } from '../model/wiki.js';
import type { Site } from '../model/schema/site.js';
import type { AtomEntry, AtomPerson } from './atom-document.js';
import { absoluteLinks, feedUrl } from './feed-urls.js';
import { tagUri } from './tag-uri.js';

/**
 * Midnight UTC of a `YYYY-MM-DD` day. Minutes carry a date (in the group's time zone) and no
 * time, so every entry is stamped at the start of its day.
 */
export function dayStamp(date: string): string {
  return `${date}T00:00:00Z`;
}

/**
 * The entry for one meeting. With `withGroupName`, a title that does not mention the group gets
 * it in front, for the feed that mixes groups. Links are joined to `root` (see feed-urls.ts
 * `siteRoot`); the id depends on `site` alone.
 */
export function meetingEntry(site: Site, meeting: Meeting, withGroupName: boolean, root: string | undefined): AtomEntry {
  const { group } = meeting;
  const link = feedUrl(root, meeting.url);
  return {
    id: tagUri(site, meeting.date.slice(0, 4), `${group.id}/${meeting.slug}`),
    title: withGroupName && !meeting.title.includes(group.name) ? `${group.name}: ${meeting.title}` : meeting.title,
    updated: dayStamp(meeting.date),
    link,
    authors: minutesAuthors(root, meeting),
    categories: [group.id],
    summary: meetingSummary(meeting),
    contentHtml: absoluteLinks(meeting.html, root, link),
  };
}

/** The entry for one action; it is updated on the day it is closed. Links as for {@link meetingEntry}. */
export function actionEntry(site: Site, action: Action, root: string | undefined): AtomEntry {
  const link = feedUrl(root, action.url);
  const status = action.overdue ? 'Overdue' : { open: 'Open', done: 'Done', dropped: 'Dropped' }[action.status];
  return {
    id: tagUri(site, action.meeting.date.slice(0, 4), `${action.group.id}/actions/${action.id}`),
    title: `${status}: ${action.text}`,
    updated: dayStamp(actionUpdated(action)),
    link,
    authors: minutesAuthors(root, action.meeting),
    categories: [action.status, action.group.id],
    summary: actionSummary(action),
    contentHtml: absoluteLinks(`<p>${action.textHtml}</p>`, root, link),
  };
}

/** The day an action last changed, `YYYY-MM-DD`: its closing meeting's, else its raising meeting's. */
export function actionUpdated(action: Action): string {
  return action.closedBy?.date ?? action.meeting.date;
}

function minutesAuthors(root: string | undefined, meeting: Meeting): AtomPerson[] {
  if (meeting.scribe.length === 0) return [{ name: meeting.group.name, uri: feedUrl(root, meeting.group.url) }];
  return meeting.scribe.map((person) => ({ name: person.name, uri: feedUrl(root, person.url) }));
}

function meetingSummary(meeting: Meeting): string {
  const parts: string[] = [];
  const present = unique([...meeting.chair, ...meeting.scribe, ...meeting.attendees]);
  parts.push(present.length > 0 ? `Attended by ${names(present)}.` : 'No attendance recorded.');
  if (meeting.regrets.length > 0) parts.push(`Regrets: ${names(meeting.regrets)}.`);
  parts.push(`${count(meeting.actions.length, 'action')} raised, ${meeting.closed.length} closed.`);
  return parts.join(' ');
}

function actionSummary(action: Action): string {
  const parts = [`${action.id}, raised at ${action.meeting.title} on ${longDate(action.meeting.date)}.`];
  parts.push(action.owners.length > 0 ? `Owners: ${names(action.owners)}.` : 'No owner.');
  if (action.due !== undefined) parts.push(`Due ${longDate(action.due)}${action.overdue ? ' (overdue)' : ''}.`);
  if (action.closedBy) {
    const note = action.closeNote ? `: ${action.closeNote}` : '';
    parts.push(`${action.status === 'done' ? 'Done' : 'Dropped'} at ${action.closedBy.title} on ${longDate(action.closedBy.date)}${note}.`);
  } else {
    parts.push(`Open for ${count(action.ageDays, 'day')}.`);
  }
  return parts.join(' ');
}

function unique(people: Person[]): Person[] {
  return [...new Set(people)];
}

function names(people: Person[]): string {
  const list = people.map((person) => person.name);
  return list.length <= 1 ? list.join('') : `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
