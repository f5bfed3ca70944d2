// Gathers the people an import of many files would add, so that each real person is one entry.

import { distance } from 'fastest-levenshtein';
import type { PersonProposal, ResolvePerson } from './import-result.js';
import { latinLetters } from './util-slug.js';

/** A pair of planned or known people that might be one person; sigwiki did not merge them. */
export interface SamePersonHint {
  ids: [string, string];
  names: [string, string];
}

/** Matching key of people.yaml (case and runs of space ignored), as the site resolves names. */
function exactKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * A looser key for spelling variants that are surely one person: diacritics (`Bünzli` / `Bunzli`),
 * `ue`/`oe`/`ae` for `ü`/`ö`/`ä`, punctuation (`Steven R. Loomis` / `Steven R Loomis`) and a
 * nickname in brackets (`Thomas (samoht) Gazagnaire`) are ignored.
 */
export function foldedName(name: string): string {
  return latinLetters(name.replace(/\s*\([^()]*\)\s*/g, ' '))
    .toLowerCase()
    .replace(/ue/g, 'u')
    .replace(/oe/g, 'o')
    .replace(/ae/g, 'a')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

interface Planned {
  id: string;
  name: string;
  aliases: string[];
}

/**
 * The people to add to people.yaml over a whole import. `resolve` looks a name up in people.yaml
 * first, then among the people planned so far (exactly, then by {@link foldedName}); a name that
 * only resolves by folding is remembered as an alias, so every name as written resolves on the
 * site. `add` merges a file's proposals in. `proposals` drops any alias another person also
 * claims, so the result never makes people.yaml ambiguous.
 */
export class PeoplePlan {
  readonly #existing: ResolvePerson;
  readonly #planned = new Map<string, Planned>();
  readonly #byKey = new Map<string, string>();
  readonly #byFolded = new Map<string, string>();
  readonly #existingFolded = new Map<string, string>();
  /** Folded first names of the people of people.yaml with a full name, by id. */
  readonly #existingFirst = new Map<string, Set<string>>();
  readonly #knownNames = new Map<string, string>();

  /** `existing` resolves names of people.yaml; `known` lists its people, so that spelling variants of them resolve too. */
  constructor(existing: ResolvePerson, known: readonly { id: string; name: string; aliases: readonly string[] }[] = []) {
    this.#existing = existing;
    for (const person of known) {
      this.#knownNames.set(person.id, person.name);
      const first = foldedName(person.name).includes(' ') ? firstWordOf(person.name) : undefined;
      if (first) this.#existingFirst.set(person.id, new Set([first]));
      for (const name of [person.name, ...person.aliases]) {
        const folded = foldedName(name);
        if (folded.includes(' ') && !this.#existingFolded.has(folded)) this.#existingFolded.set(folded, person.id);
      }
    }
  }

  /** Written forms that were kept as aliases of a person found by folding or by a unique first name (for the summary). */
  merged = 0;
  /** First names (`Trevor`) that were resolved to the one planned person of that first name. */
  readonly firstNames: { name: string; id: string }[] = [];
  /** Single names whose one match by first name is a person of people.yaml, which an import does not edit: proposed as merges. */
  readonly #firstNameHints: SamePersonHint[] = [];
  #settled = false;

  /** The id `name` refers to, known or planned; undefined when it is new. */
  resolve = (name: string): string | undefined => {
    const known = this.#existing(name);
    if (known !== undefined) return known;
    const exact = this.#byKey.get(exactKey(name));
    if (exact !== undefined) return exact;
    const folded = foldedName(name);
    const knownLoosely = this.#existingFolded.get(folded);
    if (knownLoosely !== undefined) return knownLoosely;
    const loose = folded === '' ? undefined : this.#byFolded.get(folded);
    if (loose !== undefined && this.#addName(this.#planned.get(loose)!, name)) this.merged++;
    return loose;
  };

  /** Merges proposals (from `importMinutes`) into the plan. */
  add(proposals: readonly PersonProposal[]): void {
    for (const proposal of proposals) {
      const into = this.#findPlanned(proposal);
      const entry = into ?? { id: proposal.id, name: proposal.name, aliases: [] };
      if (!into) {
        this.#planned.set(entry.id, entry);
        this.#register(entry, entry.id);
        this.#register(entry, entry.name);
      }
      if (this.#addName(entry, proposal.name) && into) this.merged++;
      for (const alias of proposal.aliases) this.#addName(entry, alias);
    }
  }

  /** Adds the other written forms of names that resolved to a planned person (`rvale` of `Rod Vale @rvale`) as aliases. */
  learn(known: readonly { id: string; names: readonly string[] }[]): void {
    for (const { id, names } of known) {
      const entry = this.#planned.get(id);
      if (entry) for (const name of names) this.#addName(entry, name);
    }
  }

  /** The planned people, each alias claimed by one person only. */
  proposals(): PersonProposal[] {
    this.#settle();
    const claims = new Map<string, number>();
    for (const entry of this.#planned.values()) {
      for (const name of new Set([entry.id, entry.name, ...entry.aliases].map(exactKey))) claims.set(name, (claims.get(name) ?? 0) + 1);
    }
    return [...this.#planned.values()].map((entry) => {
      const aliases = entry.aliases.filter((alias) => claims.get(exactKey(alias)) === 1 && this.#existing(alias) === undefined);
      const name = fullestName(entry.name, aliases);
      return { id: entry.id, name, aliases: name === entry.name ? aliases : [entry.name, ...aliases.filter((alias) => alias !== name)], sources: [] };
    });
  }

  /**
   * Pairs that might be one person but were not merged: names whose folded forms are one or two
   * edits apart (`Jon Ludlam` / `Jon Ludlum`), share a last name where one first name starts the
   * other (`Jon Ludlam` / `Jonathan Ludlam`), or where one is a first name plus initial of the
   * other (`ThomasG` / `Thomas Gazagnaire`).
   */
  hints(): SamePersonHint[] {
    this.#settle();
    const entries = [...this.#planned.values()];
    const hints: SamePersonHint[] = [...this.#firstNameHints];
    for (let i = 0; i < entries.length; i++) {
      for (let j = i + 1; j < entries.length; j++) {
        const a = entries[i]!;
        const b = entries[j]!;
        if (mightBeSame(a.name, b.name)) hints.push({ ids: [a.id, b.id], names: [a.name, b.name] });
      }
    }
    return hints;
  }

  /**
   * Once all files are planned: a planned person known only by a capitalised first name
   * (`Trevor`) whose first name starts exactly one full name of the import or of people.yaml is
   * that person. A planned full name takes it in, id and all as aliases, so every minutes file
   * that wrote `Trevor` (or the planned id `trevor`) resolves; a full name of people.yaml, which
   * an import does not edit, becomes a proposed merge instead. Two or more matches: left alone.
   */
  #settle(): void {
    if (this.#settled) return;
    this.#settled = true;
    const fullNames = (first: string) => {
      const planned = [...this.#planned.values()].filter((entry) => firstWordOf(entry.name) === first);
      const known = [...this.#existingFirst.entries()].filter(([, firsts]) => firsts.has(first)).map(([id]) => id);
      return { planned, known };
    };
    for (const single of [...this.#planned.values()]) {
      if (!/^\p{Lu}\p{Ll}+$/u.test(single.name)) continue;
      const first = foldedName(single.name);
      const { planned, known } = fullNames(first);
      if (planned.length + known.length !== 1) continue;
      // `Steven (@styfle)` carries a handle, which says who they are better than a first name does:
      // proposed as a merge, never folded (Steven R Loomis is someone else).
      const handle = single.aliases.some((alias) => HANDLE_ALIAS.test(alias) && exactKey(alias) !== exactKey(single.name));
      if (planned[0] && handle) {
        this.#firstNameHints.push({ ids: [planned[0].id, single.id], names: [planned[0].name, single.name] });
      } else if (planned[0]) {
        const target = planned[0];
        this.#planned.delete(single.id);
        for (const name of [single.name, single.id, ...single.aliases]) this.#addName(target, name);
        this.merged++;
        this.firstNames.push({ name: single.name, id: target.id });
      } else {
        this.#firstNameHints.push({ ids: [known[0]!, single.id], names: [this.#knownNames.get(known[0]!) ?? known[0]!, single.name] });
      }
    }
  }

  #findPlanned(proposal: PersonProposal): Planned | undefined {
    for (const name of [proposal.name, ...proposal.aliases]) {
      const id = this.#byKey.get(exactKey(name)) ?? this.#byFolded.get(foldedName(name));
      if (id !== undefined) return this.#planned.get(id);
    }
    return this.#planned.get(proposal.id);
  }

  /** Adds `name` as an alias of `entry`; false when the entry already had it. */
  #addName(entry: Planned, name: string): boolean {
    const key = exactKey(name);
    if (key === '' || key === exactKey(entry.name) || key === exactKey(entry.id)) return false;
    if (entry.aliases.some((alias) => exactKey(alias) === key)) return false;
    entry.aliases.push(name);
    this.#register(entry, name);
    return true;
  }

  #register(entry: Planned, name: string): void {
    const key = exactKey(name);
    if (!this.#byKey.has(key)) this.#byKey.set(key, entry.id);
    const folded = foldedName(name);
    if (folded !== '' && folded.includes(' ') && !this.#byFolded.has(folded)) this.#byFolded.set(folded, entry.id);
  }
}

/** The folded first word of a name of two words or more (`Trevor Norris` → `trevor`); '' for a single word. */
function firstWordOf(name: string): string {
  const words = foldedName(name).split(' ');
  return words.length >= 2 ? words[0]! : '';
}

function mightBeSame(a: string, b: string): boolean {
  const fa = foldedName(a);
  const fb = foldedName(b);
  if (fa === fb) return true;
  const wa = fa.split(' ');
  const wb = fb.split(' ');
  if (wa.length >= 2 && wb.length >= 2 && Math.min(fa.length, fb.length) >= 8 && distance(fa, fb) <= 2) return true;
  if (wa.length >= 2 && wb.length >= 2 && wa.at(-1) === wb.at(-1) && (wa[0]!.startsWith(wb[0]!) || wb[0]!.startsWith(wa[0]!))) return true;
  // `ThomasG` against `Thomas Gazagnaire`: a glued first name and initial.
  const glued = (one: string, other: string[]) => other.length >= 2 && one.toLowerCase() === `${other[0]}${other.at(-1)![0]}`;
  const raw = (name: string) => name.replace(/\s+/g, '');
  return (wa.length === 1 && glued(raw(a), wb)) || (wb.length === 1 && glued(raw(b), wa));
}

// A handle as written in a people list (`styfle`, `@styfle`): one word, no capitalised name.
const HANDLE_ALIAS = /^@?[A-Za-z0-9][\w.-]{0,38}$/;

/**
 * The fullest spelling of a person's name among the forms the minutes wrote, of two to four words
 * of letters: more words first (`James M Snell` over `James Snell`), then more accented letters
 * (`Bünzli` over `Buenzli`), then more letters (`Michaël Zasso` over the typo `Michaë Zasso`). The
 * first form seen stays on a tie (`Steven R Loomis` / `Steven R. Loomis`); the others stay aliases.
 */
function fullestName(name: string, aliases: readonly string[]): string {
  const score = (form: string) => [form.split(' ').length, (form.match(/[^\x00-\x7f]/g) ?? []).length, (form.match(/\p{L}/gu) ?? []).length];
  const better = (a: number[], b: number[]) => {
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! > b[i]!;
    return false;
  };
  let best = name;
  for (const alias of aliases) {
    if (/^[\p{L}\p{M}'’.-]+(?: [\p{L}\p{M}'’.-]+){1,3}$/u.test(alias) && better(score(alias), score(best))) best = alias;
  }
  return best;
}
