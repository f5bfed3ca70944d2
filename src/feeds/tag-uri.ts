// Stable Atom ids: tag URIs (RFC 4151) that do not change when the site moves path or rebuilds.
import type { Site } from '../model/schema/site.js';

/**
 * `tag:<host>,<year>:<base path><specific>`, e.g. `tag:minutes.example.org,2014:centos-virt/2014-04-11`.
 * The authority is the host of `site.url` (`sigwiki` when there is none) and the base path is the
 * path the site is published under, so two wikis on one host get different ids. `year` is the year
 * of the thing named (the meeting's date, the raising meeting's date), which never changes, so
 * ids survive imports of older minutes. `specific` must be made of ids and slugs (`[a-z0-9/-]`).
 * https://www.rfc-editor.org/rfc/rfc4151
 */
export function tagUri(site: Pick<Site, 'url'>, year: string, specific: string): string {
  let host = 'sigwiki';
  let base = '';
  if (site.url !== undefined) {
    try {
      const url = new URL(site.url);
      host = url.hostname.toLowerCase() || host;
      base = url.pathname.replace(/^\/+|\/+$/g, '');
    } catch {
      // SiteSchema already requires an http(s) URL; keep the fallback for anything else.
    }
  }
  return `tag:${host},${year}:${base === '' ? '' : `${base}/`}${specific}`;
}
