// Reads a person as written in minutes ("LarsKurth (LK)", "Dave Scott", "sol_r") into name, aliases and an id.

import { slugId } from './util-slug.js';

// Words that show a list entry is a remark ("the whole team", "none", "TBD"), not a person.
const NOT_NAMES = new Set(['the', 'a', 'an', 'all', 'no', 'none', 'nobody', 'everyone', 'everybody', 'others', 'other', 'n/a', 'tbd', 'tba', 'etc', 'members', 'people', 'team', 'of', 'in']);

/** A role a person had in the meeting, written next to their name: `Ann (chair)`. */
export type NamedRole = 'chair' | 'scribe';

/** How a written name splits up. */
export interface PersonName {
  /** The name as written, without a trailing note or parenthesised alias: `LarsKurth`. */
  written: string;
  /** A display name: `Lars Kurth` for the wiki name `LarsKurth`, otherwise the written name. */
  name: string;
  /** Short forms found next to it, e.g. `LK` from `LarsKurth (LK)`, `rvagg` from `@rvagg`. */
  aliases: string[];
  /** A person id derived from `name`: lower-case letters, digits and hyphens, starting with a letter. */
  suggestedId: string;
  /** The meeting role a bracket gave: `(chair)`, `(facilitator)` → chair; `(secretary)`, `(note taker)` → scribe. */
  role?: NamedRole;
  /** Other bracketed notes, kept as text and never aliases: `TSC`, `observer`, `Citrix`. */
  notes?: string[];
}

// Bracketed words that name the meeting role.
const ROLE_WORDS: [NamedRole, RegExp][] = [
  ['chair', /^(chair|chairing|co-?chair|chairperson|facilitator|facilitating|moderator|moderating|host|hosting|lead)$/i],
  ['scribe', /^(secretary|scribe|scribing|note[- ]?taker|taking notes|notes|minutes|minute taker|recorder)$/i],
];

// Bracketed words that are notes about a person (standing, affiliation), never their nick.
const NOTE_WORDS = /^(observer|guest|member|members|invited|invitee|visitor|speaker|presenter|maintainer|emeritus|staff|intern|remote|late|left early|joined late|alternate|proxy|voting|non-voting|nonvoting|regular|new|former|board|tsc|ctc|cpc|sc|wg|sig|ptl|tc|pmc|committer|contributor)$/i;

/**
 * Splits a written name. A bracketed part anywhere in it (`Thomas (samoht) Gazagnaire`,
 * `Ann Lee (Citrix)`) is a role (`(chair)`, `(secretary)`), a note (`(TSC)`, `(observer)`,
 * an affiliation) or an alias: initials that match the name (`LarsKurth (LK)`) or a nick
 * (`(dave_s)`, `(samoht)`). `@handle` is an alias and, alone, the name (`@bnb (Tierney Cyren -
 * member)` is Tierney Cyren, alias bnb). A Markdown link keeps its text; a GitHub profile link
 * gives the user name as an alias. ` - Citrix` after the name is a note.
 * Returns undefined when the text does not look like a name: empty, no letters, more than five
 * words, or a word such as `the`, `all`, `none`, `TBD`, `team` that marks a remark.
 */
export function personName(text: string): PersonName | undefined {
  let rest = text.trim().replace(/^(\*\*|__|\*|_)(.+)\1$/, '$2').replace(/^\*+|\*+$/g, '').trim();
  const aliases: string[] = [];
  const notes: string[] = [];
  let role: NamedRole | undefined;
  // [Alexis Campailla](https://github.com/acampailla) → Alexis Campailla, alias acampailla.
  rest = rest.replace(/\[([^\]]+)\]\(([^)\s]*)\)/g, (_all, label: string, url: string) => {
    const user = /^https?:\/\/(?:www\.)?github\.com\/([A-Za-z0-9-]+)\/?$/.exec(url);
    if (user) aliases.push(user[1]!);
    return label;
  });
  const brackets: string[] = [];
  rest = rest.replace(/\s*\(([^()]*)\)\s*/g, (_all, inner: string) => {
    brackets.push(inner.trim());
    return ' ';
  }).trim();
  let handle: string | undefined;
  rest = rest.replace(/(?:^|\s)@([A-Za-z0-9][\w.-]*)\s*$/, (_all, nick: string) => {
    handle = nick.replace(/\.$/, '');
    return '';
  }).trim();
  const looseNotes: string[] = [];
  for (const inner of brackets) {
    const spoken = inner.replace(/\s+[-–—]\s+(.*)$/, (_all, note: string) => {
      looseNotes.push(note.trim());
      return '';
    }).trim();
    const roleFound = ROLE_WORDS.find(([, words]) => words.test(spoken))?.[0];
    if (roleFound) role ??= roleFound;
    else if (NOTE_WORDS.test(spoken) || spoken === '') notes.push(inner);
    else if (rest === '' && /\p{L}+\s+\p{L}/u.test(spoken)) rest = spoken; // `@bnb (Tierney Cyren - member)`
    else if (/^[A-Z]{1,5}$/.test(spoken) && !isInitialsOf(spoken, rest)) notes.push(inner);
    else if (/^[A-Z]{1,5}$/.test(spoken) || /^[a-z][\w.|-]*$/.test(spoken)) aliases.push(spoken);
    else notes.push(inner);
  }
  notes.push(...looseNotes);
  if (rest === '' && handle) rest = handle;
  else if (handle) aliases.push(handle);
  rest = rest.replace(/\s+[-–—]\s+(.*)$/, (_all, note: string) => {
    notes.push(note.trim());
    return '';
  }).replace(/[.,;:]+$/, '').replace(/\s+/g, ' ').trim();
  const words = rest.toLowerCase().split(' ');
  if (rest === '' || words.length > 5 || !/\p{L}/u.test(rest) || words.some((word) => NOT_NAMES.has(word))) return undefined;
  const name = splitWikiName(rest);
  if (rest.toLowerCase() !== name.toLowerCase()) aliases.push(rest);
  return { written: rest, name, aliases, suggestedId: personId(name), ...(role ? { role } : {}), ...(notes.length > 0 ? { notes } : {}) };
}

// Initials start as the name does: `LK` for `LarsKurth`, `KB` for `KaranbirSingh`, not `IBM` for `Ann Lee`.
function isInitialsOf(initials: string, name: string): boolean {
  const first = /\p{L}/u.exec(name)?.[0];
  return first === undefined || first.toUpperCase() === initials[0];
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
