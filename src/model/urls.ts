// Where each thing lives on the site. Paths are root-relative; Eleventy adds any path prefix.
import type { Repository } from './schema/site.js';

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
