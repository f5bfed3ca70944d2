// Long lists of actions split into pages: pages show a few, and link to the full list here.
import type { Action, Group, Person } from './wiki.js';

/** How many open (and closed) actions a group or person page shows before linking to the full list. */
export const ACTIONS_PREVIEW = 20;
/** Actions per page of a full list. */
export const ACTIONS_PER_PAGE = 100;

/** One page of a group's or a person's full list of actions. */
export interface ActionListPage {
  /** Whose actions: the group or person page to go back to. */
  owner: { name: string; url: string };
  /** `Open actions of CentOS Virtualization SIG`. */
  title: string;
  url: string;
  actions: Action[];
  /** 1-based. */
  pageNumber: number;
  pageCount: number;
  previousUrl: string | undefined;
  nextUrl: string | undefined;
}

/** Site path of page `n` (1-based) of a list at `base` (`/groups/x/actions/`). */
export function actionListUrl(base: string, n: number): string {
  return n === 1 ? base : `${base}${n}/`;
}

/**
 * The full-list pages of every group with more open actions than a page shows, and of every
 * person with more open or closed actions than their page shows (open ones first, oldest first;
 * then closed ones, latest first).
 */
export function actionListPages(groups: readonly Group[], people: readonly Person[]): ActionListPage[] {
  const lists = [
    ...groups
      .filter((group) => group.openActions.length > ACTIONS_PREVIEW)
      .map((group) => ({ owner: group, title: `Open actions of ${group.name}`, actions: group.openActions })),
    ...people
      .filter((person) => person.openActions.length > ACTIONS_PREVIEW || person.closedActions.length > ACTIONS_PREVIEW)
      .map((person) => ({ owner: person, title: `Actions of ${person.name}`, actions: [...person.openActions, ...person.closedActions] })),
  ];
  return lists.flatMap(({ owner, title, actions }) => {
    const base = `${owner.url}actions/`;
    const pageCount = Math.ceil(actions.length / ACTIONS_PER_PAGE);
    return Array.from({ length: pageCount }, (_, index) => ({
      owner: { name: owner.name, url: owner.url },
      title: pageCount > 1 ? `${title}, page ${index + 1}` : title,
      url: actionListUrl(base, index + 1),
      actions: actions.slice(index * ACTIONS_PER_PAGE, (index + 1) * ACTIONS_PER_PAGE),
      pageNumber: index + 1,
      pageCount,
      previousUrl: index > 0 ? actionListUrl(base, index) : undefined,
      nextUrl: index + 1 < pageCount ? actionListUrl(base, index + 2) : undefined,
    }));
  });
}

/**
 * Open actions in the order a reader should act on them: overdue ones first, the longest overdue
 * (earliest due date) first; then the rest, oldest first. Stable, so `actions` in meeting order
 * keep that order among equals. Returns a new array.
 */
export function urgentFirst(actions: readonly Action[]): Action[] {
  return [...actions].sort((a, b) => {
    if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
    return a.overdue ? a.due!.localeCompare(b.due!) : 0;
  });
}
