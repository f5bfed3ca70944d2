// Reads a person as written in minutes ("LarsKurth (LK)", "Dave Scott", "sol_r") into name, aliases and an id.

import { slugId } from './util-slug.js';

// Words that show a list entry is a remark ("the whole team", "none", "TBD"), not a person.
const NOT_NAMES = new Set(['the', 'a', 'an', 'all', 'no', 'none', 'nobody', 'everyone', 'everybody', 'others', 'other', 'n/a', 'tbd', 'tba', 'etc', 'members', 'people', 'team', 'of', 'in']);

/** How a written name splits up. */
export interface PersonName {
  /** The name as written, without a trailing note or parenthesised alias: `LarsKurth`. */
  written: string;
  /** A display name: `Lars Kurth` for the wiki name `LarsKurth`, otherwise the written name. */
  name: string;
  /** Short forms found next to it, e.g. `LK` from `LarsKurth (LK)`. */
  aliases: string[];
  /** A person id derived from `name`: lower-case letters, digits and hyphens, starting with a letter. */
  suggestedId: string;
}

/**
 * Splits a written name. A parenthesised part counts as an alias when it looks like initials or a
 * nick (`(LK)`, `(dave_s)`); other notes (`(Citrix)`, ` - Citrix`) are dropped from the name.
 * Returns undefined when the text does not look like a name: empty, no letters, more than five
 * words, or a word such as `the`, `all`, `none`, `TBD`, `team` that marks a remark.
 */
export function personName(text: string): PersonName | undefined {
  let rest = text.trim().replace(/^(\*\*|__|\*|_)(.+)\1$/, '$2').trim();
  const aliases: string[] = [];
  const paren = /\s*\(([^()]*)\)\s*$/.exec(rest);
  if (paren) {
    rest = rest.slice(0, paren.index).trim();
    const inner = paren[1]!.trim();
    if (/^[A-Z]{1,5}$/.test(inner) || /^[a-z][\w.|-]*$/.test(inner)) aliases.push(inner);
  }
  rest = rest.replace(/\s+[-–—]\s+.*$/, '').replace(/[.,;:]+$/, '').replace(/\s+/g, ' ').trim();
  const words = rest.toLowerCase().split(' ');
  if (rest === '' || words.length > 5 || !/\p{L}/u.test(rest) || words.some((word) => NOT_NAMES.has(word))) return undefined;
  const name = splitWikiName(rest);
  if (rest.toLowerCase() !== name.toLowerCase()) aliases.push(rest);
  return { written: rest, name, aliases, suggestedId: personId(name) };
}

/** Turns a name into an id: `Lars Kurth` → `lars-kurth`, `Björn` → `bjorn`, `sol_r` → `sol-r`. */
export function personId(name: string): string {
  return slugId(name, 'person');
}

// Wiki names glue words together: `LarsKurth`. Only split when every part is a real word of three
// letters or more, so `ThomasL`, `DanielB` and `McDonald` stay as they are.
function splitWikiName(text: string): string {
  if (!/^(\p{Lu}\p{Ll}{2,}){2,}$/u.test(text)) return text;
  return text.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2');
}
