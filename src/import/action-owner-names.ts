// Finds the full names that open explicit action lines ("ACTION: Steven Danna (ssd7) will …"), so people named only as owners are proposed too.

import { actionMarker } from './action-forms.js';
import type { NameRef } from './import-result.js';

// A full name: two or three capitalised words ("Steven Danna", "Sean O'Meara", "Mary Ann Lee"),
// optionally followed by a `(handle)`.
const NAME = "\\p{Lu}[\\p{L}\\p{M}'’-]*\\.?(?: \\p{Lu}[\\p{L}\\p{M}'’-]*\\.?){1,2}";
const HANDLE = '\\(\\s*@?([A-Za-z0-9][\\w.-]{0,38})\\s*\\)';
const ONE = new RegExp(`^(${NAME})(?:\\s*${HANDLE})?`, 'u');
const JOIN = /^\s*(?:,|&|\band\b|\/)\s*/;
// What may follow the names: a verb of intent or a connector. "ACTION: Search Results page …" is a topic.
const FOLLOWS = /^\s*(?:will\b|to\b|shall\b|[-–—:]\s)/;
// Capitalised words that name a group or a topic, never a person.
const NOT_A_NAME =
  /\b(?:team|group|council|committee|board|wg|sig|tsc|foundation|project|working|everyone|everybody|all|community|maintainers?|members?|core|release|security|docs?|website|infra|the|this|that|we|next)\b/i;

/**
 * The people an explicit action marker names first, in the converted body `body`: each with the
 * 1-based line of `source` it was written on and its `(handle)` as an alias. Only full names (two or
 * three capitalised words) followed by `will`, `to`, a colon or a dash count, so a topic ("ACTION:
 * Search currently uses …") or a group ("ACTION: Core Team to …") is never made a person.
 */
export function actionOwnerNames(body: string, source: string): NameRef[] {
  const sourceLines = source.split(/\r\n|\r|\n/);
  const found: NameRef[] = [];
  for (const line of body.split('\n')) {
    const content = line.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '');
    const marker = actionMarker(content);
    if (!marker || marker.owner) continue;
    const names: { text: string; handle?: string }[] = [];
    let rest = content.slice(marker.length).replace(/^[-–—]\s+/, '');
    for (;;) {
      const one = ONE.exec(rest);
      if (!one || NOT_A_NAME.test(one[1]!)) break;
      names.push({ text: one[1]!, ...(one[2] ? { handle: one[2] } : {}) });
      rest = rest.slice(one[0].length);
      const join = JOIN.exec(rest);
      if (!join) break;
      rest = rest.slice(join[0].length);
    }
    if (names.length === 0 || !FOLLOWS.test(rest)) continue;
    const at = sourceLines.findIndex((text) => text.includes(line.trim()));
    for (const name of names) found.push({ text: name.text, line: at + 1, ...(name.handle ? { aliases: [name.handle] } : {}) });
  }
  return found;
}
