// Where the feeds live, and how site paths become absolute links when the site URL is known.
import type { Group, Person } from '../model/wiki.js';

/** Site path of the minutes feed: `/feed.xml` for all groups, `/groups/<id>/feed.xml` for one. */
export function minutesFeedPath(group?: Pick<Group, 'id'>): string {
  return group ? `/groups/${group.id}/feed.xml` : '/feed.xml';
}

/** Site path of a person's actions feed: `/people/<id>/actions.xml`. */
export function personFeedPath(person: Pick<Person, 'id'>): string {
  return `/people/${person.id}/actions.xml`;
}

/**
 * A root-relative site path (`/groups/x/`) as a link: joined to `siteUrl` when it is set (keeping
 * any path the site is published under, e.g. `https://example.org/minutes/`), else unchanged.
 */
export function feedUrl(siteUrl: string | undefined, path: string): string {
  if (siteUrl === undefined || !path.startsWith('/') || path.startsWith('//')) return path;
  return normalise(siteUrl).replace(/\/+$/, '') + path;
}

// `https://Example.org/x` → `https://example.org/x`, as `new URL` resolves page-relative links.
function normalise(siteUrl: string): string {
  try {
    return new URL(siteUrl).href;
  } catch {
    return siteUrl;
  }
}

/**
 * Makes the `href` and `src` links of rendered minutes HTML absolute: root-relative ones against
 * the site URL, page-relative ones (`#id`, `notes/`) against `pageUrl` (absolute). Links with a
 * scheme are kept. Without a site URL the HTML is returned unchanged.
 */
export function absoluteLinks(html: string, siteUrl: string | undefined, pageUrl: string): string {
  if (siteUrl === undefined) return html;
  return html.replace(/(\s(?:href|src)=")([^"]*)"/g, (_match, prefix: string, value: string) => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(value)) return `${prefix}${value}"`;
    if (value.startsWith('/') && !value.startsWith('//')) return `${prefix}${feedUrl(siteUrl, value)}"`;
    try {
      return `${prefix}${new URL(value, pageUrl).href}"`;
    } catch {
      return `${prefix}${value}"`;
    }
  });
}
