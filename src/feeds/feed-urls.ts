// Where the feeds live, and how site paths become links: absolute when the site URL is known,
// else under the path the site is served from.
import { urlBasePath } from '../model/urls.js';
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
 * Where the site's pages are, for making links in feeds and calendars: the site URL with its path
 * replaced by `basePath` (`https://example.org/minutes/`) when the URL is known, else `basePath`
 * itself (`/minutes/`), else undefined for a site at the root of an unknown host. Without
 * `basePath`, the URL's own path is the base path, so the two never add up to `/minutes/minutes/`.
 */
export function siteRoot(siteUrl: string | undefined, basePath?: string): string | undefined {
  const base = basePath ?? urlBasePath(siteUrl);
  if (siteUrl === undefined) return base === '/' ? undefined : base;
  try {
    return new URL(base, siteUrl).href;
  } catch {
    return siteUrl;
  }
}

/**
 * A root-relative site path (`/groups/x/`) as a link: joined to `root`, which is an absolute URL
 * (`https://example.org/minutes/`, keeping its path) or a base path (`/minutes/`), see
 * {@link siteRoot}; unchanged when `root` is undefined.
 */
export function feedUrl(root: string | undefined, path: string): string {
  if (root === undefined || !path.startsWith('/') || path.startsWith('//')) return path;
  return normalise(root).replace(/\/+$/, '') + path;
}

// `https://Example.org/x` → `https://example.org/x`, as `new URL` resolves page-relative links; a
// base path is kept as it is.
function normalise(root: string): string {
  try {
    return new URL(root).href;
  } catch {
    return root;
  }
}

/**
 * Makes the `href` and `src` links of rendered minutes HTML absolute: root-relative ones against
 * `root` (see {@link feedUrl}), page-relative ones (`#id`, `notes/`) against `pageUrl` when it is
 * absolute. Links with a scheme are kept. Without a root the HTML is returned unchanged.
 */
export function absoluteLinks(html: string, root: string | undefined, pageUrl: string): string {
  if (root === undefined) return html;
  return html.replace(/(\s(?:href|src)=")([^"]*)"/g, (_match, prefix: string, value: string) => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(value)) return `${prefix}${value}"`;
    if (value.startsWith('/') && !value.startsWith('//')) return `${prefix}${feedUrl(root, value)}"`;
    try {
      return `${prefix}${new URL(value, pageUrl).href}"`;
    } catch {
      return `${prefix}${value}"`;
    }
  });
}
