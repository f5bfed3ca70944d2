// Tells who owns an `ACTION` paragraph, following the forms listed in docs/content-format.md.

import type { ResolvePerson } from './import-result.js';

/**
 * Returns the owners named by an action's text, as written. Canonical form: the names between
 * `ACTION` and the colon (`ACTION LK and GD: ...`). Older forms (`ACTION: KB, provide ...`,
 * `Action: KB put together ...`, `ACTION : LK state ...`): the leading one- or two-word names that
 * `resolvePerson` knows, separated by `,`, `and` or `&`. An empty list means unowned. This is a
 * summary helper for the importer; the site's own action parser is the reference.
 */
export function actionOwners(text: string, resolvePerson: ResolvePerson): string[] {
  const after = /^(?:\*\*|__)?(?:ACTION|Action)(?:\*\*|__)?(?=[\s:])(.*)$/s.exec(text.trim())?.[1];
  if (after === undefined) return [];
  const canonical = /^\s+([^:\n]+?):\s/.exec(after);
  const named = canonical?.[1]!.split(/\s*(?:,|&|\band\b)\s*/).filter((name) => name !== '') ?? [];
  // "Action KB put together a doc: see X" is not the canonical form: owners are one- or two-word names.
  if (named.length > 0 && named.every((name) => name.split(/\s+/).length <= 2)) return named;
  const words = after.replace(/^\s*:\s*/, '').split(/\s+/);
  const owners: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!.replace(/[,:]$/, '');
    const pair = `${word} ${(words[i + 1] ?? '').replace(/[,:]$/, '')}`;
    if (/^(and|&)?$/i.test(word) && owners.length > 0) continue;
    if (resolvePerson(pair)) {
      owners.push(pair);
      i++;
    } else if (resolvePerson(word)) owners.push(word);
    else break;
  }
  return owners;
}
