// The .ics feeds of the site: one per group, one for all groups, one per person.
import { ics, type IcsGroup } from '../calendar/ics.js';
import { feedUrl, siteRoot } from '../feeds/feed-urls.js';
import type { Group, Person, Wiki } from '../model/wiki.js';

/** Site paths of the feeds. */
export const CALENDAR_PATHS = {
  all: '/meetings.ics',
  group: (group: Pick<Group, 'id'>) => `/groups/${group.id}/meetings.ics`,
  person: (person: Pick<Person, 'id'>) => `/people/${person.id}/meetings.ics`,
};

/** Calendar apps refresh subscriptions this often (REFRESH-INTERVAL, X-PUBLISHED-TTL). */
const REFRESH_SECONDS = 6 * 3600;

// Every function takes `basePath`, the path the site is served under (default: the path of
// `wiki.site.url`); links are absolute and only made when the site URL is known.

/** The feed of one group's meetings. */
export function groupCalendar(wiki: Wiki, group: Group, basePath?: string): string {
  return calendar(wiki, `${group.name} meetings`, absolute(wiki, group.url, basePath), [group], basePath);
}

/** The feed of every group's meetings. */
export function allCalendar(wiki: Wiki, basePath?: string): string {
  return calendar(wiki, `${wiki.site.title}: all meetings`, absolute(wiki, '/', basePath), wiki.groups, basePath);
}

/** The feed of the groups a person holds a role in or recently attended (see Person.calendarGroups). */
export function personCalendar(wiki: Wiki, person: Person, basePath?: string): string {
  return calendar(wiki, `Meetings for ${person.name}`, absolute(wiki, person.url, basePath), person.calendarGroups, basePath);
}

/** `webcal://` form of a feed's address, which calendar apps open as a subscription. */
export function webcalUrl(wiki: Wiki, path: string, basePath?: string): string | undefined {
  const url = absolute(wiki, path, basePath);
  return url?.replace(/^https?:/, 'webcal:');
}

function calendar(wiki: Wiki, name: string, url: string | undefined, groups: readonly Group[], basePath: string | undefined): string {
  return ics({
    name,
    url,
    host: wiki.site.url ? new URL(wiki.site.url).host : 'sigwiki.invalid',
    generatedAt: wiki.now,
    refreshSeconds: REFRESH_SECONDS,
    groups: groups.filter((group) => group.cadence).map((group) => icsGroup(wiki, group, basePath)),
  });
}

function icsGroup(wiki: Wiki, group: Group, basePath: string | undefined): IcsGroup {
  return {
    group: { id: group.id, name: group.name, url: absolute(wiki, group.url, basePath) },
    venues: Object.fromEntries(group.venues.map((venue) => [venue.id, venue])),
    cadence: group.cadence!,
    defaultTimeZone: group.timeZone,
    lastModified: group.lastModified,
  };
}

function absolute(wiki: Wiki, path: string, basePath: string | undefined): string | undefined {
  return wiki.site.url ? feedUrl(siteRoot(wiki.site.url, basePath), path) : undefined;
}
