// What the base layout shows around a page made from one item of the wiki: its title, the
// section lit in the site menu, the breadcrumbs and the page's own feed.
//
// The layout asks for these with the `pageHead` filter rather than each template computing them
// with Eleventy's `eleventyComputed`: that runs Eleventy's computed-data machinery (dependency
// discovery through proxies) once per page, 3 s of a 10k build's 19 s of pages.
import { minutesFeedPath, personFeedPath } from '../feeds/feed-urls.js';
import type { ActionListPage } from '../model/action-lists.js';
import { longDate } from '../model/days.js';
import type { Group, Meeting, Person, Wiki } from '../model/wiki.js';

export interface Crumb {
  url: string;
  title: string;
}

export interface PageHead {
  title: string;
  /** Which item of the site menu is the current one. */
  section: 'groups' | 'people';
  /** The pages above this one; the page itself is not among them. */
  crumbs: Crumb[];
  /** The page's own, last crumb, when shorter than its title (a meeting is its date there). */
  current?: string;
  /** The page's own Atom feed, for `<link rel="alternate">`. */
  feed?: { url: string; title: string };
}

const GROUPS: Crumb = { url: '/groups/', title: 'Groups' };
const PEOPLE: Crumb = { url: '/people/', title: 'People' };

const groupCrumb = (group: Group): Crumb => ({ url: group.url, title: group.name });

/** One function per kind of item page; a template names its kind in `pageKind`. */
export const PAGE_HEADS = {
  meeting: (meeting: Meeting): PageHead => ({
    title: meeting.title,
    section: 'groups',
    crumbs: [GROUPS, groupCrumb(meeting.group)],
    // The group is the crumb before: "CentOS Virtualization SIG › 11 April 2014" fits one line.
    current: longDate(meeting.date),
  }),
  group: (group: Group): PageHead => ({
    title: group.name,
    section: 'groups',
    crumbs: [GROUPS],
    feed: { url: minutesFeedPath(group), title: `New minutes of ${group.name}` },
  }),
  groupYear: (yearPage: Wiki['groupYearPages'][number]): PageHead => ({
    title: `${yearPage.group.name}, ${yearPage.year}`,
    section: 'groups',
    crumbs: [GROUPS, groupCrumb(yearPage.group)],
    current: yearPage.year,
  }),
  person: (person: Person): PageHead => ({
    title: person.name,
    section: 'people',
    crumbs: [PEOPLE],
    feed: { url: personFeedPath(person), title: `Actions of ${person.name}` },
  }),
  actionList: (listPage: ActionListPage): PageHead => ({
    title: listPage.title,
    section: listPage.owner.url.startsWith('/people/') ? 'people' : 'groups',
    crumbs: [{ url: listPage.owner.url, title: listPage.owner.name }],
  }),
};

export type PageKind = keyof typeof PAGE_HEADS;

/** The head of the page showing `item`, a `kind` of item. Throws on a kind nobody defined. */
export function pageHead(item: unknown, kind: string): PageHead {
  if (!Object.hasOwn(PAGE_HEADS, kind)) throw new Error(`sigwiki: no page head for pageKind "${kind}" (one of ${Object.keys(PAGE_HEADS).join(', ')})`);
  return (PAGE_HEADS[kind as PageKind] as (page: unknown) => PageHead)(item);
}
