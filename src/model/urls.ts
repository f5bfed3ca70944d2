// Where each thing lives on the site, and the base path it may be served under. Paths are
// root-relative; the base path is put in front when pages are written (site/prefix-links.ts).
import type { Repository } from './schema/site.js';

/** One segment of a base path: what GitHub and other hosts allow in a project or folder name. */
const BASE_SEGMENT = /^(?:[A-Za-z0-9_~-]|%[0-9A-Fa-f]{2}|\.)+$/;

/**
 * Reads a base path, the path a site is served under (`/minutes/` for
 * `https://org.github.io/minutes/`), into the form `/a/b/`: one leading and one trailing slash,
 * `/` for the root. `minutes`, `/minutes` and `minutes/` are all `/minutes/`. Refuses anything
 * that is not a plain path: a URL, a query or fragment, `.` or `..` segments, empty segments,
 * spaces or characters that would need quoting in HTML.
 */
export function parseBasePath(input: string): { ok: true; basePath: string } | { ok: false; reason: string } {
  const text = input.trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(text) || text.startsWith('//')) {
    return { ok: false, reason: 'is a URL; give only its path, such as /minutes/' };
  }
  if (/[?#]/.test(text)) return { ok: false, reason: 'has a query or fragment (? or #); give only a path, such as /minutes/' };
  const segments = text.replace(/^\/|\/$/g, '');
  if (segments === '') return { ok: true, basePath: '/' };
  for (const segment of segments.split('/')) {
    if (segment === '') return { ok: false, reason: 'has an empty segment (//)' };
    if (segment === '.' || segment === '..') return { ok: false, reason: `has a "${segment}" segment` };
    if (!BASE_SEGMENT.test(segment)) {
      return { ok: false, reason: `has a character other than letters, digits, "-", "_", ".", "~" or a %-escape in "${segment}"` };
    }
  }
  return { ok: true, basePath: `/${segments}/` };
}

/**
 * The base path of a site URL: its path, as {@link parseBasePath} reads it, or `/` when there is
 * no URL or its path cannot be one (the command line reports that case: site/base-path.ts).
 */
export function urlBasePath(siteUrl: string | undefined): string {
  if (siteUrl === undefined) return '/';
  try {
    const parsed = parseBasePath(new URL(siteUrl).pathname);
    return parsed.ok ? parsed.basePath : '/';
  } catch {
    return '/';
  }
}

export const groupUrl = (groupId: string): string => `/groups/${groupId}/`;
export const meetingUrl = (groupId: string, slug: string): string => `/groups/${groupId}/${slug}/`;
export const personUrl = (personId: string): string => `/people/${personId}/`;

/** "Edit this page" and "history" links for a content file, when the site names its repository. */
export function repositoryLinks(
  repository: Repository | undefined,
  file: string,
): { editUrl: string | undefined; historyUrl: string | undefined } {
  if (!repository) return { editUrl: undefined, historyUrl: undefined };
  // `file` is relative to the content folder's parent (content/groups/...); the repository
  // path says where that content folder lives.
  const inContent = file.replace(/^[^/]+\//, '');
  const path = [repository.path, inContent].filter(Boolean).join('/');
  return {
    editUrl: `${repository.url}/edit/${repository.branch}/${path}`,
    historyUrl: `${repository.url}/commits/${repository.branch}/${path}`,
  };
}
