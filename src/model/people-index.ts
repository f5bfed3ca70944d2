// Resolves the names used in minutes (ids, full names, initials, nicks) to people.
import { Suggester } from '../diagnostics/suggest.js';
import type { PersonRecord } from './schema/person.js';

/** Normalises a name for matching: case, surrounding space and inner runs of space ignored. */
export function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Looks people up by any of their names; built once per wiki. */
export class PeopleIndex {
  readonly #byName = new Map<string, PersonRecord>();
  /** Names claimed by more than one person, with the ids claiming them. */
  readonly ambiguous = new Map<string, string[]>();

  constructor(people: readonly PersonRecord[]) {
    for (const person of people) {
      const names = new Set([person.id, person.name, ...person.aliases].map(nameKey));
      for (const key of names) {
        const other = this.#byName.get(key);
        if (other && other.id !== person.id) {
          this.ambiguous.set(key, [...(this.ambiguous.get(key) ?? [other.id]), person.id]);
        } else {
          this.#byName.set(key, person);
        }
      }
    }
  }

  /** The person a name refers to, or undefined when it is unknown or ambiguous. */
  resolve(name: string): PersonRecord | undefined {
    const key = nameKey(name);
    return this.ambiguous.has(key) ? undefined : this.#byName.get(key);
  }

  #suggester: Suggester | undefined;

  /** "Did you mean" over every known name, built on first use and shared by every lookup. */
  get suggester(): Suggester {
    this.#suggester ??= new Suggester(this.names());
    return this.#suggester;
  }

  /** Every known name, in its original spelling, for "did you mean" suggestions. */
  *names(): Iterable<string> {
    const seen = new Set<string>();
    for (const person of this.#byName.values()) {
      if (seen.has(person.id)) continue;
      seen.add(person.id);
      yield person.id;
      yield person.name;
      yield* person.aliases;
    }
  }
}
