// Atom 1.0 feeds (RFC 4287): the newest minutes of the wiki or of a group, and a person's actions.
import type { Group, Person, Wiki } from '../model/wiki.js';
import { atomDocument } from './atom-document.js';
import { actionEntry, actionUpdated, dayStamp, meetingEntry } from './feed-entries.js';
import { feedUrl, minutesFeedPath, personFeedPath, siteRoot } from './feed-urls.js';
import { tagUri } from './tag-uri.js';

/** How many meetings a minutes feed holds. */
export const MINUTES_FEED_SIZE = 50;

/**
 * The minutes feed: the newest {@link MINUTES_FEED_SIZE} meetings of the whole wiki, or of `group`,
 * newest first. Publish it at {@link minutesFeedPath}(group). Links are absolute when
 * `wiki.site.url` is set and root-relative otherwise; `basePath` is the path the site is served
 * under (default: the path of `wiki.site.url`, see {@link siteRoot}).
 */
export function minutesFeed(wiki: Wiki, group?: Group, basePath?: string): string {
  const { site } = wiki;
  const root = siteRoot(site.url, basePath);
  const newestFirst = group ? [...group.meetings].reverse() : wiki.meetings;
  const meetings = newestFirst.slice(0, MINUTES_FEED_SIZE);
  const oldest = newestFirst.at(-1)?.date ?? wiki.asOf;
  const name = group?.name ?? site.title;
  const home = feedUrl(root, group?.url ?? '/');
  return atomDocument({
    id: tagUri(site, oldest.slice(0, 4), group ? `${group.id}/feed` : 'feed'),
    title: `${name}: minutes`,
    subtitle: group ? undefined : site.description,
    updated: dayStamp(meetings[0]?.date ?? wiki.asOf),
    selfLink: feedUrl(root, minutesFeedPath(group)),
    alternateLink: home,
    authors: [{ name, uri: home }],
    entries: meetings.map((meeting) => meetingEntry(site, meeting, group === undefined, root)),
  });
}

/**
 * A person's actions, open and closed, most recently changed first (raised for open actions,
 * closed for the others; ties by id). Publish it at {@link personFeedPath}(person). `basePath` as
 * for {@link minutesFeed}.
 */
export function personActionsFeed(wiki: Wiki, person: Person, basePath?: string): string {
  const { site } = wiki;
  const root = siteRoot(site.url, basePath);
  const actions = [...person.openActions, ...person.closedActions].sort(
    (a, b) => actionUpdated(b).localeCompare(actionUpdated(a)) || a.id.localeCompare(b.id),
  );
  const oldest = actions.reduce((min, action) => (action.meeting.date < min ? action.meeting.date : min), wiki.asOf);
  const home = feedUrl(root, person.url);
  return atomDocument({
    id: tagUri(site, oldest.slice(0, 4), `people/${person.id}/actions`),
    title: `Actions of ${person.name}`,
    subtitle: `${person.openActions.length} open, ${person.closedActions.length} closed, in ${site.title}`,
    updated: dayStamp(actions[0] ? actionUpdated(actions[0]) : wiki.asOf),
    selfLink: feedUrl(root, personFeedPath(person)),
    alternateLink: home,
    authors: [{ name: site.title, uri: feedUrl(root, '/') }],
    entries: actions.map((action) => actionEntry(site, action, root)),
  });
}

export { minutesFeedPath, personFeedPath } from './feed-urls.js';
