// Actions as list items (group, person and action-list pages), as one string per list.
import { longDate } from '../model/days.js';
import { markdown } from '../model/minutes-body.js';
import { statusText } from '../model/render-action.js';
import type { Action } from '../model/wiki.js';

const escapeHtml = (text: string) => markdown().utils.escapeHtml(text);

// At 10k minutes ~230k items are written (lists of 100 on ~2,300 pages) and most actions appear
// on several pages: a Nunjucks macro per item cost seconds, and each item is built once per form.
const built = new Map<string, WeakMap<Action, string>>();

/**
 * `<li>` items for `actions`: id linked to its anchor, text, owners (unless `showOwners` is
 * false, on a person's own page), the meeting that raised it (with its group unless
 * `showGroup` is false), its status and the meeting that closed it.
 */
export function actionItems(actions: readonly Action[], showOwners = true, showGroup = true): string {
  const form = `${showOwners}/${showGroup}`;
  let cache = built.get(form);
  if (!cache) built.set(form, (cache = new WeakMap()));
  let html = '';
  for (const action of actions) {
    let item = cache.get(action);
    if (item === undefined) cache.set(action, (item = actionItem(action, showOwners, showGroup)));
    html += item;
  }
  return html;
}

function actionItem(action: Action, showOwners: boolean, showGroup: boolean): string {
  const owners = !showOwners
    ? ''
    : `${action.owners.length > 0 ? action.owners.map((person) => `<a href="${escapeHtml(person.url)}">${escapeHtml(person.name)}</a>`).join(', ') : '<em>no owner</em>'} · `;
  const due = action.overdue
    ? ` <strong class="status status--overdue">overdue since ${longDate(action.due!)}</strong>`
    : action.due && action.status === 'open'
      ? ` <span class="due">due ${longDate(action.due)}</span>`
      : '';
  const closed = action.closedBy ? ` (<a href="${escapeHtml(action.closedBy.url)}">${longDate(action.closedBy.date)}</a>)` : '';
  // What the actions page's filter reads (layouts/assets/action-filter.js).
  const filterData = action.status === 'open' ? ` data-group="${escapeHtml(action.group.id)}" data-owners="${escapeHtml(action.owners.map((person) => person.id).join(' '))}"` : '';
  // One line per item, spaces only where words meet: a full list page holds 100 of these.
  return (
    `<li class="action-item action-item--${action.status}${action.overdue ? ' action-item--overdue' : ''}"${filterData}>` +
    `<a class="action-id" href="${escapeHtml(action.url)}">${escapeHtml(action.id)}</a> ` +
    `<span class="action-text">${action.textHtml}</span>` +
    `<span class="action-facts">${owners}raised ${showGroup ? `in <a href="${escapeHtml(action.group.url)}">${escapeHtml(action.group.name)}</a> ` : ''}on <a href="${escapeHtml(action.meeting.url)}">${longDate(action.meeting.date)}</a> · ` +
    `<span class="status${action.status === 'open' ? '' : ` status--${action.status}`}">${statusText(action)}</span>${due}${closed}</span></li>\n`
  );
}
