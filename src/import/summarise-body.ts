// Counts the headings and actions of a Markdown body the way the site will see them (via markdown-it).

import MarkdownIt from 'markdown-it';
import { actionOwners } from './action-owners.js';
import type { ResolvePerson } from './import-result.js';

const markdown = new MarkdownIt();
// As docs/content-format.md and the site read it: `ACTION` then a space or colon, `Action` then a
// colon (so prose like "Action items, by person" is not an action); either may be bold.
const ACTION_START = /^(?:\*\*|__)?(?:ACTION(?:\*\*|__)?(?=[\s:])|Action(?:\*\*|__)?(?=\s*:))/;

/** Headings and actions in a Markdown body, with each action's text as the site will read it. */
export interface BodyCounts {
  headings: number;
  actions: { text: string; owners: string[]; line: number }[];
}

/**
 * Parses `body` as CommonMark and counts headings and actions: paragraphs (in list items or not)
 * whose text starts with `ACTION` (then a space or colon) or `Action:`. `line` is the 1-based line
 * within the body.
 */
export function summariseBody(body: string, resolvePerson: ResolvePerson): BodyCounts {
  const tokens = markdown.parse(body, {});
  const counts: BodyCounts = { headings: 0, actions: [] };
  tokens.forEach((token, index) => {
    if (token.type === 'heading_open') counts.headings++;
    if (token.type !== 'paragraph_open') return;
    const inline = tokens[index + 1];
    const text = inline?.content.replace(/\\\n/g, '\n') ?? '';
    if (!ACTION_START.test(text)) return;
    counts.actions.push({ text, owners: actionOwners(text, resolvePerson), line: (token.map?.[0] ?? 0) + 1 });
  });
  return counts;
}
