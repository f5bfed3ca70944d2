// Writes proposed people as YAML entries to append to people.yaml.

import { Document, isMap, isSeq } from 'yaml';
import type { PersonProposal } from './import-result.js';

/**
 * Merges proposals with the same id (from several imported files; aliases are united, first name
 * wins) and returns them as a YAML block list in the people.yaml shape, ready to append to that
 * file, or '' when there are none. `comment`, if given, becomes a `#` line above the entries
 * (e.g. which files they came from). Sources are not written; they are for messages.
 */
export function proposePeople(proposals: PersonProposal[], options: { comment?: string } = {}): string {
  const merged = new Map<string, { id: string; name: string; aliases: string[] }>();
  for (const proposal of proposals) {
    const entry = merged.get(proposal.id) ?? { id: proposal.id, name: proposal.name, aliases: [] };
    for (const alias of proposal.aliases) {
      if (!entry.aliases.some((a) => a.toLowerCase() === alias.toLowerCase())) entry.aliases.push(alias);
    }
    merged.set(proposal.id, entry);
  }
  if (merged.size === 0) return '';
  const people = [...merged.values()].map(({ aliases, ...rest }) => (aliases.length > 0 ? { ...rest, aliases } : rest));
  const doc = new Document(people, { version: '1.2' });
  if (isSeq(doc.contents)) {
    for (const person of doc.contents.items) {
      const aliases = isMap(person) ? person.get('aliases', true) : undefined;
      if (isSeq(aliases)) aliases.flow = true;
    }
  }
  const comment = options.comment ? options.comment.split('\n').map((line) => `# ${line}`.trimEnd()).join('\n') + '\n' : '';
  return comment + doc.toString({ lineWidth: 0 });
}

/**
 * The text of people.yaml with `block` (from {@link proposePeople}) added. A missing or empty
 * file, a comment-only one and an empty list (`[]`) are all valid starting points: their comments
 * are kept and the block becomes the list. Otherwise the block is appended after a blank line.
 */
export function withPeopleAdded(existing: string | undefined, block: string): string {
  if (block === '') return existing ?? '';
  const text = existing ?? '';
  const withoutComments = text.replace(/^\s*#.*$/gm, '').trim();
  if (withoutComments === '' || withoutComments === '[]') {
    const kept = text.replace(/^\s*\[\]\s*(#.*)?$/m, '').trimEnd();
    return `${kept === '' ? '' : `${kept}\n\n`}${block}`;
  }
  return `${text}${text.endsWith('\n') ? '' : '\n'}\n${block}`;
}
