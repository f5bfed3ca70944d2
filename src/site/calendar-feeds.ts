// The .ics feeds of the site: one per group, one for all groups, one per person.
import { ics, type IcsGroup } from '../calendar/ics.js';
import type { Group, Person, Wiki } from '../model/wiki.js';

/** Site paths of the feeds. */
export const CALENDAR_PATHS = {
  all: '/meetings.ics',
  group: (group: Pick<Group, 'id'>) => `/groups/${group.id}/meetings.ics`,
  person: (person: Pick<Person, 'id'>) => `/people/${person.id}/meetings.ics`,
};

/** Calendar apps refresh subscriptions this often (REFRESH-INTERVAL, X-PUBLISHED-TTL). */
const REFRESH_SECONDS = 6 * 3600;

/** The feed of one group's meetings. */
export function groupCalendar(wiki: Wiki, group: Group): string {
  return calendar(wiki, `${group.name} meetings`, absolute(wiki, group.url), [group]);
}

/** The feed of every group's meetings. */
export function allCalendar(wiki: Wiki): string {
  return calendar(wiki, `${wiki.site.title}: all meetings`, absolute(wiki, '/'), wiki.groups);
}

/** The feed of the groups a person holds a role in or recently attended (see Person.calendarGroups). */
export function personCalendar(wiki: Wiki, person: Person): string {
  return calendar(wiki, `Meetings for ${person.name}`, absolute(wiki, person.url), person.calendarGroups);
}

/** `webcal://` form of a feed's address, which calendar apps open as a subscription. */
export function webcalUrl(wiki: Wiki, path: string): string | undefined {
  const url = absolute(wiki, path);
  return url?.replace(/^https?:/, 'webcal:');
}

function calendar(wiki: Wiki, name: string, url: string | undefined, groups: readonly Group[]): string {
  return ics({
    name,
    url,
    host: wiki.site.url ? new URL(wiki.site.url).host : 'sigwiki.invalid',
    generatedAt: wiki.now,
    refreshSeconds: REFRESH_SECONDS,
    groups: groups.filter((group) => group.cadence).map((group) => icsGroup(wiki, group)),
  });
}

function icsGroup(wiki: Wiki, group: Group): IcsGroup {
  return {
    group: { id: group.id, name: group.name, url: absolute(wiki, group.url) },
    venues: Object.fromEntries(group.venues.map((venue) => [venue.id, venue])),
    cadence: group.cadence!,
    defaultTimeZone: group.timeZone,
    lastModified: group.lastModified,
  };
}

function absolute(wiki: Wiki, path: string): string | undefined {
  return wiki.site.url ? new URL(path.replace(/^\//, ''), wiki.site.url.endsWith('/') ? wiki.site.url : `${wiki.site.url}/`).href : undefined;
}
