// Resolves action owners as written (`Niko`, `@alice`, `Steven Danna`) to people the planned wiki will know.

import type { OwnerMatch, ResolveOwner } from './action-owner-lead.js';
import type { PersonProposal, ResolvePerson } from './import-result.js';

// Words that open sentences or name a group; never a person, even if someone's alias is `All`.
const NOT_OWNERS = /^(?:we|i|you|they|he|she|it|all|everyone|everybody|someone|somebody|nobody|team|the|tbd|tba|none|n\/a)$/i;

/**
 * Builds the owner resolver of one file. A name resolves when it is a name or alias of a person
 * this file proposes (the label is the proposal's name, which the plan writes to people.yaml), or
 * when `resolvePerson` knows it (the label is the person id, which always resolves). A single first
 * name resolves when exactly one person named in this file has it (`Trevor` for `Trevor Norris`).
 * `@handle` is tried as written and without the `@`.
 */
export function actionPeople(
  known: readonly { id: string; names: readonly string[] }[],
  proposals: readonly PersonProposal[],
  resolvePerson: ResolvePerson,
): ResolveOwner {
  const byName = new Map<string, OwnerMatch>();
  const firstNames = new Map<string, Set<string>>();
  const people: { label: string; names: readonly string[] }[] = [
    ...known.map((person) => ({ label: person.id, names: person.names })),
    ...proposals.filter((proposal) => nameLike(proposal.name)).map((proposal) => ({ label: proposal.name, names: [proposal.name, ...proposal.aliases] })),
  ];
  for (const person of people) {
    for (const name of person.names) {
      if (!byName.has(key(name))) byName.set(key(name), { label: person.label, direct: true });
      const first = /^\p{L}[\p{L}\p{M}'’-]*/u.exec(name.trim())?.[0];
      if (first && name.trim().includes(' ')) firstNames.set(key(first), new Set([...(firstNames.get(key(first)) ?? []), person.label]));
    }
  }
  return (written) => {
    const name = written.trim();
    if (name === '' || NOT_OWNERS.test(name)) return undefined;
    const tries = name.startsWith('@') ? [name, name.slice(1)] : [name];
    for (const attempt of tries) {
      const found = byName.get(key(attempt));
      if (found) return found;
      const id = resolvePerson(attempt);
      if (id !== undefined) return { label: id, direct: true };
    }
    const firsts = firstNames.get(key(name));
    return firsts?.size === 1 ? { label: [...firsts][0]!, direct: false } : undefined;
  };
}

function key(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * True when a name can stand before the colon of `ACTION name: text` as the site reads it: one to
 * three words of letters, digits, `@ . _ ' -` (see `ownersBeforeColon` in src/model/action-line.ts).
 */
export function nameLike(name: string): boolean {
  return /^[\p{L}\p{N}@._'-]+(?: [\p{L}\p{N}@._'-]+){0,2}$/u.test(name) && !/^(?:and)$/i.test(name) && !/ and /i.test(name);
}
