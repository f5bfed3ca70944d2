// Makes the corpus's people: unique names and ids, each with 1-3 unique aliases.
import { FIRST_NAMES, LAST_NAMES } from './words.js';

/**
 * @typedef {{ id: string, name: string, aliases: string[] }} Person
 */

/**
 * Makes `count` people with distinct names. Every id, name and alias is unique ignoring case
 * (as sigwiki matches them), so no name is ambiguous: initials (`JD`, `JD2`), a nick (`jdoe`)
 * and a CamelCase wiki name (`JaneDoe`).
 * @param {import('./prng.js').Prng} rng
 * @param {number} count at most FIRST_NAMES × LAST_NAMES
 * @returns {Person[]}
 */
export function makePeople(rng, count) {
  const pairs = FIRST_NAMES.flatMap((first) => LAST_NAMES.map((last) => [first, last]));
  if (count > pairs.length) throw new Error(`at most ${pairs.length} people`);
  const taken = new Set();
  const claim = (wanted) => {
    let name = wanted;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${wanted}${n}`;
    taken.add(name.toLowerCase());
    return name;
  };
  const chosen = rng.sample(pairs, count);
  for (const [first, last] of chosen) {
    taken.add(`${first} ${last}`.toLowerCase());
    taken.add(`${first}-${last}`.toLowerCase());
  }
  return chosen.map(([first, last]) => {
    const candidates = [`${first[0]}${last[0]}`, `${first[0]}${last}`.toLowerCase(), `${first}${last}`];
    const aliases = candidates.slice(0, rng.int(1, 3)).map(claim);
    return { id: `${first}-${last}`.toLowerCase(), name: `${first} ${last}`, aliases };
  });
}

/**
 * A reference to a person as minutes write it: mostly an alias, sometimes the id.
 * @param {import('./prng.js').Prng} rng
 * @param {Person} person
 */
export function personRef(rng, person) {
  return rng.chance(0.2) ? person.id : rng.pick(person.aliases);
}
