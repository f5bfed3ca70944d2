// Writes the people an import thinks might be one person as an editable merges file, and applies such a file to people.yaml.

import { isMap, isSeq, parse, parseDocument, type YAMLMap, type YAMLSeq } from 'yaml';
import type { SamePersonHint } from './people-plan.js';

/** One proposed merge: `merge` (a person id) becomes part of `keep`. */
export interface Merge {
  keep: string;
  merge: string;
}

/**
 * The text of a merges file for `hints`, or '' when there are none. Each entry names the person
 * kept and the one merged into it, with both names as a comment, so the maintainer can delete
 * the entries that are two people (or swap `keep` and `merge`) and then run
 * `sigwiki import --merges FILE`.
 */
export function mergesYaml(hints: readonly SamePersonHint[], peopleFile: string, mergesFile: string): string {
  if (hints.length === 0) return '';
  const lines = [
    '# People that sigwiki import thinks might be one person. It did not merge them.',
    '# Delete each entry that is two different people (swap keep and merge to keep the other',
    `# record), then run: sigwiki import --merges ${mergesFile}`,
    `# Each merge moves the merged person's id, name and aliases into the kept person's aliases in`,
    `# ${peopleFile} and removes the merged record; minutes that name either keep resolving.`,
    'merges:',
  ];
  for (const hint of hints) {
    lines.push(`  - keep: ${hint.ids[0]}   # ${oneLine(hint.names[0])}`, `    merge: ${hint.ids[1]}   # ${oneLine(hint.names[1])}`);
  }
  return `${lines.join('\n')}\n`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** Reads a merges file; throws an Error naming the problem when it is not `merges: [{keep, merge}, ...]`. */
export function parseMerges(text: string): Merge[] {
  const data: unknown = parse(text, { version: '1.2', maxAliasCount: 0 });
  const list = data && typeof data === 'object' && 'merges' in data ? (data as { merges: unknown }).merges : undefined;
  if (!Array.isArray(list)) throw new Error('expected `merges:` followed by a list of `- keep: <id>` / `merge: <id>` entries');
  return list.map((item, index) => {
    const entry = item as Record<string, unknown> | null;
    if (!entry || typeof entry['keep'] !== 'string' || typeof entry['merge'] !== 'string') {
      throw new Error(`entry ${index + 1} needs \`keep: <person id>\` and \`merge: <person id>\``);
    }
    return { keep: entry['keep'], merge: entry['merge'] };
  });
}

/** What applying merges did: the new people.yaml text and, for each merge, whether it applied and why not. */
export interface AppliedMerges {
  text: string;
  applied: Merge[];
  skipped: { merge: Merge; reason: string }[];
}

/**
 * Applies `merges` to the text of people.yaml, keeping its comments and layout: the merged
 * record's id, name and aliases are added to the kept record's aliases (so every name the minutes
 * use still resolves) and the merged record is removed. A merge whose ids are not both in the
 * file (already applied, or a typo) is skipped with a reason.
 */
export function applyMerges(peopleText: string, merges: readonly Merge[]): AppliedMerges {
  const doc = parseDocument(peopleText, { version: '1.2' });
  const result: AppliedMerges = { text: peopleText, applied: [], skipped: [] };
  const seq = doc.contents;
  if (!isSeq(seq)) {
    result.skipped.push(...merges.map((merge) => ({ merge, reason: 'people.yaml holds no list of people' })));
    return result;
  }
  const people = seq as YAMLSeq<unknown>;
  // A person by id, or the person an earlier merge moved that id into (pairs A–B then B–C chain).
  const find = (id: string) =>
    people.items.find((item): item is YAMLMap => isMap(item) && item.get('id') === id) ??
    people.items.find((item): item is YAMLMap => isMap(item) && aliasesOf(item).includes(id));
  for (const merge of merges) {
    const keep = find(merge.keep);
    const gone = find(merge.merge);
    if (merge.keep === merge.merge) result.skipped.push({ merge, reason: 'keep and merge are the same person' });
    else if (!keep) result.skipped.push({ merge, reason: `there is no person \`${merge.keep}\`` });
    else if (!gone) result.skipped.push({ merge, reason: `there is no person \`${merge.merge}\`` });
    else if (gone === keep) result.skipped.push({ merge, reason: `${merge.merge} is merged already` });
    else {
      const names = [gone.get('id'), gone.get('name'), ...aliasesOf(gone)].filter((name): name is string => typeof name === 'string');
      const aliases = aliasesOf(keep);
      const taken = new Set([keep.get('id'), keep.get('name'), ...aliases].map((name) => String(name).toLowerCase()));
      const added = [...aliases, ...names.filter((name) => !taken.has(name.toLowerCase()))];
      const node = doc.createNode(added);
      node.flow = true;
      keep.set('aliases', node);
      people.items.splice(people.items.indexOf(gone), 1);
      result.applied.push(merge);
    }
  }
  if (result.applied.length > 0) result.text = doc.toString({ lineWidth: 0 });
  return result;
}

function aliasesOf(person: YAMLMap): unknown[] {
  const aliases = person.get('aliases');
  if (isSeq(aliases)) return aliases.items.map((item) => (item && typeof item === 'object' && 'value' in item ? (item as { value: unknown }).value : item));
  return typeof aliases === 'string' ? [aliases] : [];
}
