// Resolves the people named in parsed minutes against people.yaml and proposes entries for the rest.

import type { ImportWarning, NameRef, ParsedMinutes, PersonProposal, ResolvePerson } from './import-result.js';
import { personName } from './person-name.js';

type Roles = Pick<ParsedMinutes, 'chair' | 'scribe' | 'attendees' | 'regrets'>;

/** People by role (ids where known, names as written otherwise), proposals for the unknown, and how many distinct known people there were. */
export type ResolvedPeople = Record<keyof Roles, string[]> & {
  unknownPeople: PersonProposal[];
  /** For each name that resolved, its id and the other forms it was written with (`rvale` of `Rod Vale @rvale`). */
  knownNames: { id: string; names: string[] }[];
  knownPeople: number;
  warnings: ImportWarning[];
};

/**
 * Tries each way a person is written (`LarsKurth`, its alias `LK`, the split name `Lars Kurth`,
 * an e-mail address) with `resolvePerson`. Unknown people keep the name as written (which the
 * proposal lists as its name or an alias, so it resolves once the proposal is added) and get one
 * proposal per suggested id, merged across roles. A suggested id already taken gets `-2`, `-3`, ...
 * `actionOwners` (people named only as the owner of an action) are resolved or proposed the same
 * way, after everyone with a role, but take no role in the meeting.
 */
export function resolvePeople(roles: Roles, resolvePerson: ResolvePerson, actionOwners: readonly NameRef[] = []): ResolvedPeople {
  const proposals = new Map<string, PersonProposal>();
  const known = new Set<string>();
  const warnings: ImportWarning[] = [];
  const knownNames: { id: string; names: string[] }[] = [];
  const resolveOne = (ref: NameRef): string | undefined => {
    const parsed = personName(ref.text);
    if (!parsed) return undefined;
    const tries = [parsed.written, ...parsed.aliases, parsed.name, ...(ref.aliases ?? [])];
    const id = tries.map((name) => resolvePerson(name)).find((found) => found !== undefined);
    if (id !== undefined) {
      known.add(id);
      knownNames.push({ id, names: [...parsed.aliases, parsed.written, parsed.name, ...(ref.aliases ?? [])] });
      return id;
    }
    let proposalId = parsed.suggestedId;
    for (let n = 2; resolvePerson(proposalId) !== undefined; n++) proposalId = `${parsed.suggestedId}-${n}`;
    if (proposalId !== parsed.suggestedId && !proposals.has(proposalId)) {
      warnings.push({ ruleId: 'import-person-id-taken', line: ref.line, message: `the id "${parsed.suggestedId}" is taken; proposing "${proposalId}" for "${parsed.written}"` });
    }
    const proposal = proposals.get(proposalId) ?? { id: proposalId, name: parsed.name, aliases: [], sources: [] };
    // The name as written goes in too: the minutes say `Steven R. Loomis` even when the proposal is `Steven R Loomis`.
    for (const alias of [...parsed.aliases, parsed.written, parsed.name, ...(ref.aliases ?? [])]) {
      const same = (other: string) => other.toLowerCase() === alias.toLowerCase();
      if (!proposal.aliases.some(same) && !same(proposal.name) && !same(proposal.id)) proposal.aliases.push(alias);
    }
    proposal.sources.push(ref);
    proposals.set(proposalId, proposal);
    return parsed.written;
  };
  const role = (refs: NameRef[]) => [...new Set(refs.map(resolveOne).filter((v): v is string => v !== undefined))];
  // Attendees first: their lists usually carry the richest form (`LarsKurth (LK)`), which then leads each proposal.
  const attendees = role(roles.attendees);
  const chair = role(roles.chair);
  const scribe = role(roles.scribe);
  const regrets = role(roles.regrets);
  role([...actionOwners]);
  return {
    chair,
    scribe,
    attendees,
    regrets,
    unknownPeople: [...proposals.values()],
    knownNames,
    knownPeople: known.size,
    warnings,
  };
}
