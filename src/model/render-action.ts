// The markup that opens an action or a close line in rendered minutes.
import type { CloseReference } from './close-actions.js';
import { markdown } from './minutes-body.js';
import type { Action } from './wiki.js';

// markdown-it's own escaper: every value below sits in text or a double-quoted attribute.
const escapeHtml = (text: string) => markdown().utils.escapeHtml(text);

/** Opening `<div>` of an action: its id as anchor, status, owners and due date. */
export function actionOpening(action: Action): string {
  const classes = ['action', `action--${action.status}`, action.overdue ? 'action--overdue' : '', action.owners.length === 0 ? 'action--unowned' : '']
    .filter(Boolean)
    .join(' ');
  const owners =
    action.owners.length === 0
      ? '<span class="action-owners">no owner</span>'
      : `<span class="action-owners">${action.owners.map((person) => `<a href="${escapeHtml(person.url)}">${escapeHtml(person.name)}</a>`).join(', ')}</span>`;
  // What changes with the day the site is built on stays out of the search index: otherwise every
  // meeting with an open action would have a new search fragment each day, and a daily build
  // could reuse none of them (see site/search-index.ts).
  const overdue = action.overdue ? '<span data-pagefind-ignore> (overdue)</span>' : '';
  const due = action.due ? ` <span class="action-due">due ${escapeHtml(action.due)}${overdue}</span>` : '';
  return (
    // Ids come from validated prefixes, dates and bounded ordinals; they are escaped all the same.
    `<div class="${classes}" id="${escapeHtml(action.id)}">` +
    `<span class="action-meta"><a class="action-id" href="#${escapeHtml(action.id)}">${escapeHtml(action.id)}</a> ` +
    `<span class="action-status" data-pagefind-ignore>${statusText(action)}</span> ${owners}${due}</span> `
  );
}

/**
 * Opening `<div>` of a DONE / DROPPED / [x] / [ ] line, linking to the action it names. `anchor`
 * is the line's own id, for the meeting's summary to link to (unique within the page).
 */
export function closeOpening(reference: CloseReference, anchor?: string): string {
  const { line, action } = reference;
  const label = line.status === 'done' ? 'Done' : line.status === 'dropped' ? 'Dropped' : 'Still open';
  const target = action
    ? `<a class="action-id" href="${escapeHtml(action.url)}">${escapeHtml(action.id)}</a> <span class="action-text">${action.textHtml}</span>`
    : `<code>${escapeHtml(line.actionId)}</code> (unknown action)`;
  const id = anchor ? ` id="${escapeHtml(anchor)}"` : '';
  return `<div class="action-close action-close--${line.status}"${id}><span class="action-meta">${label}: ${target}</span> `;
}

/** The id of the review line in `meeting` that closes the action `actionId`. */
export function reviewAnchor(actionId: string): string {
  return `review-${actionId}`;
}

/** "open for 7 months", "done in 11 days", "dropped after 3 days". */
export function statusText(action: Action): string {
  const days = ageText(action.ageDays);
  if (action.status === 'open') return `open for ${days}`;
  return action.status === 'done' ? `done in ${days}` : `dropped after ${days}`;
}

/**
 * An age as a reader counts it: days up to two months, then months up to two years, then years
 * ("4609 days" means nothing at a glance; "12 years" does). Whole units, rounded down.
 */
export function ageText(days: number): string {
  const unit = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;
  if (days <= 60) return unit(days, 'day');
  if (days <= 730) return unit(Math.floor(days / 30.44), 'month');
  return unit(Math.floor(days / 365.25), 'year');
}
