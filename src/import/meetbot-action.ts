// Writes a MeetBot action in the canonical form `ACTION owners: text` and finds its owners.

import { escapeInline } from './util-markdown-escape.js';

/**
 * MeetBot's own rule for "Action items, by person": an action belongs to every present nick that
 * appears as a word in its text (case-insensitive), in the order they appear.
 */
export function mentionedNicks(text: string, nicks: string[]): string[] {
  const words = text.toLowerCase().split(/[^\w\-[\]\\^{}|`]+/);
  return nicks
    .filter((nick) => words.includes(nick.toLowerCase()))
    .sort((a, b) => words.indexOf(a.toLowerCase()) - words.indexOf(b.toLowerCase()));
}

/**
 * Returns `ACTION owner: text` (or `ACTION: text` with no owners). When the text starts with
 * exactly the owners (`jfeld and mkoval to draft ...`) they move before the colon; otherwise the
 * text stays whole, so no word is lost either way. Owners are joined with `,` and `and`.
 */
export function meetbotAction(text: string, owners: string[]): string {
  if (owners.length === 0) return `ACTION: ${escapeInline(text)}`;
  const tokens = text.split(/\s+/).filter((t) => t !== '');
  const isOwner = (token: string) => owners.some((o) => o.toLowerCase() === token.replace(/[,:]$/, '').toLowerCase());
  let end = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (isOwner(tokens[i]!)) end = i + 1;
    else if (!(end > 0 && /^(and|&|,)$/i.test(tokens[i]!))) break;
  }
  const next = tokens[end];
  const strip = end > 0 && next !== undefined && !/^(and|&|,)$/i.test(next);
  const rest = strip ? tokens.slice(end).join(' ') : text;
  return `ACTION ${ownerList(owners)}: ${escapeInline(rest)}`;
}

function ownerList(owners: string[]): string {
  if (owners.length < 2) return owners.join('');
  return `${owners.slice(0, -1).join(', ')} and ${owners.at(-1)!}`;
}
