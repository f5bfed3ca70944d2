// Finds the people an imported action names first ("Niko to …", "@alice:", "Steven Danna (ssd7) will …").

/** A person an owner name resolved to, with the label to write before the colon of `ACTION label: text`. */
export interface OwnerMatch {
  /** A name the planned wiki resolves to this person: a person id, or the proposed person's name. */
  label: string;
  /** False when only a rule of the importer found the person (a first name unique in the file), not people.yaml's names. */
  direct: boolean;
}

/** Resolves one owner name as written (`Niko`, `@alice`, `Steven Danna`); undefined when it names nobody known. */
export type ResolveOwner = (name: string) => OwnerMatch | undefined;

/** Owners found at the start of an action's text. */
export interface OwnerLead {
  owners: OwnerMatch[];
  /** Length of the text the names and their separators take up (without a following `(note)` or connector). */
  namesEnd: number;
  /** Where the action's own text starts: after a `:` or dash connector; `to`/`will` stay in the text. */
  textStart: number;
  /** True when every name in the lead resolved (a part that did not stays in the text). */
  complete: boolean;
}

/** What has to follow the names: anything after an explicit marker; `to`, `will`, `:` or a dash in a section. */
export type LeadMode = 'marker' | 'section';

const HANDLE = /^@([A-Za-z0-9][\w.-]{0,38})/;
const WORD = /^\p{L}[\p{L}\p{M}'’-]*(?:\.(?= \p{Lu}))?/u;
const SEPARATOR = /^(?:\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+|\s*\/\s*)/;
const CONNECTOR_SECTION = /^(?:\s*(?:\(\s*[^()\n]{1,40}\))?\s*(?::|\s[-–—])\s+|\s+(?:to|will)\s+(?=\S))/;
const DASH_OR_COLON = /^\s*(?::|[-–—])\s+/;

/**
 * Reads the owners that open `text`: one or more names (up to three words each, longest first)
 * or `@handles`, each optionally bold and followed by a `(note)`, separated by `,`, `and`, `&` or
 * `/`. In `section` mode the names must be followed by `to <verb>`, `will <verb>`, `:` or a dash,
 * so that "Alice mentioned …" or "We will revisit" is not read as an action; after an explicit
 * marker (`marker` mode) anything may follow. Undefined when no name resolves.
 */
export function ownerLead(text: string, resolve: ResolveOwner, mode: LeadMode): OwnerLead | undefined {
  const owners: OwnerMatch[] = [];
  let at = 0;
  let namesEnd = 0;
  let complete = true;
  for (;;) {
    const name = nameAt(text, at, resolve, at > 0);
    if (!name) break;
    if (name.owner) owners.push(name.owner);
    else complete = false;
    at = name.end;
    namesEnd = at;
    const paren = /^\s*\(([^()\n]{1,40})\)/.exec(text.slice(at));
    if (paren) at += paren[0].length;
    const separator = SEPARATOR.exec(text.slice(at));
    if (!separator) break;
    at += separator[0].length;
  }
  if (owners.length === 0) return undefined;
  const rest = text.slice(namesEnd);
  if (mode === 'section') {
    const connector = CONNECTOR_SECTION.exec(rest);
    if (!connector) return undefined;
  }
  const dash = DASH_OR_COLON.exec(rest);
  const textStart = dash ? namesEnd + dash[0].length : namesEnd + (rest.length - rest.trimStart().length);
  return { owners: distinct(owners), namesEnd, textStart, complete };
}

/** The longest resolvable name at `at` (a handle, or three, two or one words), bold or not. */
function nameAt(text: string, at: number, resolve: ResolveOwner, afterSeparator: boolean): { end: number; owner: OwnerMatch | undefined } | undefined {
  const bold = /^(\*\*|__)/.exec(text.slice(at));
  const start = at + (bold ? 2 : 0);
  const closeBold = (end: number) => (bold && text.startsWith(bold[1]!, end) ? end + 2 : end);
  const rest = text.slice(start);
  const handle = HANDLE.exec(rest);
  if (handle) {
    const owner = resolve(handle[0]) ?? resolve(handle[1]!);
    return { end: closeBold(start + handle[0].length), owner };
  }
  const ends: number[] = [];
  let offset = 0;
  for (let n = 0; n < 3; n++) {
    const gap = n === 0 ? 0 : rest.startsWith(' ', offset) ? 1 : -1;
    if (gap < 0) break;
    const word = WORD.exec(rest.slice(offset + gap));
    if (!word) break;
    offset += gap + word[0].length;
    ends.push(offset);
  }
  for (let n = ends.length; n > 0; n--) {
    const name = rest.slice(0, ends[n - 1]);
    if (/^(?:and|to|will|the|we|i)$/i.test(name)) continue;
    const owner = resolve(name);
    if (owner) return { end: closeBold(start + ends[n - 1]!), owner };
  }
  // After a separator, a capitalised name that resolves to nobody still ends the list ("Alice and Bob to …").
  if (afterSeparator && ends.length > 0 && /^\p{Lu}/u.test(rest)) return { end: closeBold(start + ends[0]!), owner: undefined };
  return undefined;
}

/** Owners without repeats, by label. */
function distinct(owners: OwnerMatch[]): OwnerMatch[] {
  const seen = new Set<string>();
  return owners.filter((owner) => !seen.has(owner.label.toLowerCase()) && seen.add(owner.label.toLowerCase()));
}

/**
 * The `@handles` that end `text` (`Review the doc @alice`, `… (@alice, @bob)`), resolved; empty
 * when the last one names nobody known. GitHub task lists put the assignee there.
 */
export function trailingHandles(text: string, resolve: ResolveOwner): OwnerMatch[] {
  // Read backwards, word by word, over the end of the line only: a regex over the whole line
  // was quadratic on a line of thousands of handles.
  const words = text.slice(-400).trimEnd().split(/\s+/);
  const handles: string[] = [];
  for (let i = words.length - 1; i > 0 && handles.length < 10; i--) {
    const word = words[i]!.replace(/^[([]+/, '').replace(/[)\],.;]+$/, '');
    if (/^(?:and|&)$/i.test(word) && handles.length > 0) continue;
    if (!/^@[A-Za-z0-9][\w.-]{0,38}$/.test(word)) break;
    handles.unshift(word);
  }
  const owners = handles.map((handle) => resolve(handle) ?? resolve(handle.slice(1)));
  return owners.length > 0 && owners.every((owner) => owner !== undefined) ? distinct(owners) : [];
}

/**
 * The owner named in brackets at the end of an action (`ACTION: merge the PR (sersut)`), as many
 * IRC-era minutes write it; only a handle or name that resolves to a known or proposed person counts.
 */
export function trailingBracketOwner(text: string, resolve: ResolveOwner): OwnerMatch[] {
  const m = /\(\s*@?([A-Za-z0-9][\w.^-]{0,38})\s*\)[\s.]*$/.exec(text.slice(-80));
  const owner = m ? resolve(m[1]!) : undefined;
  return owner ? [owner] : [];
}
