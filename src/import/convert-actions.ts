// Rewrites the action forms of imported Markdown (`Action item:`, `TODO:`, `- [ ]`, "Action items" lists) as `ACTION owner: text`.

import { actionMarker, isActionSectionName, pseudoHeading, type ActionForm } from './action-forms.js';
import { ownerLead, trailingBracketOwner, trailingHandles, type OwnerMatch, type ResolveOwner } from './action-owner-lead.js';

/** What the rewrite did to a body. */
export interface ConvertedActions {
  body: string;
  /**
   * The input body without the marker words the rewrite replaced by `ACTION` (`Action item`,
   * `TODO`, `AI`): every word of it must be in `body`, in order (the caller checks with `lostWords`).
   */
  expected: string;
  /** Each rewritten action's form, owners (labels) and 1-based line in the input body. */
  actions: { form: ActionForm; owners: string[]; line: number }[];
  /** 1-based lines of things that read as actions but name no owner sigwiki knows; kept as text. */
  withoutOwner: number[];
}

interface Section {
  /** Heading level; 7 for a line alone such as `**Action items**`, which ends at the list's end. */
  level: number;
  /** Indent of the section's top-level list items, once one is seen. */
  itemIndent?: number;
}

const ACTION_ID = /^[a-z][a-z0-9-]*?-\d{8}[a-z]?-\d+\b/;

/**
 * Finds actions in `body` (Markdown) and writes each as `ACTION owners: text`, owners resolved
 * with `resolve`. Explicit markers count anywhere; `Name to …`, `Name will …`, `Name: …` and task
 * items count in a section headed `Action items`, `Next steps`, `To do` and the like (any level,
 * or a bold line), until the next heading of the same or a higher level. Code blocks, block
 * quotes, tables and HTML comments are left alone, and so is `ACTION owners: text` already in
 * canonical form. A marker line inside a paragraph gets a blank line before it, so that the site
 * reads it as its own paragraph. Words move only as far as the canonical form needs: the owner
 * names as written go before the colon when the label says the same, and stay in the text otherwise.
 */
export function convertActions(body: string, resolve: ResolveOwner): ConvertedActions {
  const lines = body.split('\n');
  const out: string[] = [];
  const expected: string[] = [];
  const actions: ConvertedActions['actions'] = [];
  const withoutOwner: number[] = [];
  let fence: string | undefined;
  let comment = false;
  let section: Section | undefined;
  let previous: 'blank' | 'block' | 'text' = 'blank';

  lines.forEach((line, index) => {
    const keep = () => {
      out.push(line);
      expected.push(line);
    };
    if (fence !== undefined || comment) {
      if (fence !== undefined && new RegExp(`^\\s*${fence[0]}{${fence.length},}\\s*$`).test(line)) fence = undefined;
      if (comment && line.includes('-->')) comment = false;
      keep();
      previous = 'block';
      return;
    }
    const opensFence = /^\s*(`{3,}|~{3,})/.exec(line);
    if (opensFence) {
      fence = opensFence[1]!;
      keep();
      previous = 'block';
      return;
    }
    if (/<!--/.test(line) && !/<!--[\s\S]*?-->/.test(line.slice(line.lastIndexOf('<!--')))) comment = true;
    if (line.trim() === '') {
      keep();
      previous = 'blank';
      return;
    }
    const heading = /^ {0,3}(#{1,6})(?:\s+(.*?))?\s*#*\s*$/.exec(line);
    if (heading) {
      const level = heading[1]!.length;
      if (section && level <= section.level) section = undefined;
      if (isActionSectionName(heading[2] ?? '')) section = { level };
      keep();
      previous = 'block';
      return;
    }
    const item = /^(\s*)([-*+]|\d{1,9}[.)])(\s+)(.*)$/.exec(line);
    const indent = item ? item[1]!.length : (/^\s*/.exec(line)?.[0].length ?? 0);
    // A section opened by a line alone ends where its list does: at the first paragraph after a blank line.
    if (section?.level === 7 && !item && previous === 'blank' && indent === 0) section = undefined;
    // A line alone naming a section opens it even right under a paragraph ("…⏎Action items:");
    // another line alone (`Attendees:`) ends a section opened that way.
    const alone = pseudoHeading(item ? line.slice(item[0].length - item[4]!.length) : line);
    if (alone !== undefined && isActionSectionName(alone)) {
      section = { level: 7 };
      keep();
      previous = item ? 'text' : 'block';
      return;
    }
    if (alone !== undefined && !item && previous !== 'text') {
      if (section?.level === 7) section = undefined;
      keep();
      previous = 'block';
      return;
    }
    if (/^\s*(?:>|\|)/.test(line) || (!item && indent >= 4 && previous === 'blank')) {
      keep();
      previous = 'block';
      return;
    }
    const prefixLength = item ? item[1]!.length + item[2]!.length + item[3]!.length : indent;
    const content = line.slice(prefixLength);
    const inSection = section !== undefined && (item ? (section.itemIndent ??= indent) === indent : indent === 0);
    const found = readAction(content, resolve, inSection, item !== null);
    if (!found || found === 'no-owner') {
      if (found === 'no-owner') withoutOwner.push(index + 1);
      keep();
      previous = 'text';
      return;
    }
    // A marker line that would continue the paragraph above becomes a paragraph of its own.
    if (!item && previous === 'text') {
      out[out.length - 1] = out.at(-1)!.replace(/\\$/, '');
      out.push('');
    }
    const prefix = line.slice(0, prefixLength);
    out.push(prefix + found.line);
    expected.push(prefix + found.expected);
    actions.push({ form: found.form, owners: found.owners.map((owner) => owner.label), line: index + 1 });
    previous = 'text';
  });
  return { body: out.join('\n'), expected: expected.join('\n'), actions, withoutOwner };
}

interface FoundAction {
  form: ActionForm;
  owners: OwnerMatch[];
  /** The rewritten text after the list marker. */
  line: string;
  /** The original text after the list marker, without the marker words. */
  expected: string;
}

/**
 * Reads one paragraph's first line (`content`, after any list marker) as an action. Returns
 * 'no-owner' for a line that reads as an action but whose owner is unknown and whose form the
 * canonical `ACTION: text` would misrepresent (a section item, a task, `AI:`).
 */
function readAction(written: string, resolve: ResolveOwner, inSection: boolean, isItem: boolean): FoundAction | 'no-owner' | undefined {
  // `**Otto:** fix it` names its owner with the colon inside the bold: read it as `Otto: fix it`
  // (the asterisks are markup, not words).
  const content = written.replace(/^((?:\[ \]\s+)?)(\*\*|__)([^*_\n]{1,60}?)\s*:\s*\2(?=\s)/, '$1$3:');
  const task = isItem ? /^\[([ xX])\]\s+/.exec(content) : null;
  if (task) {
    const rest = content.slice(task[0].length);
    // `- [x] …` is done already, and `- [ ] virt-20140411-3 …` lists an earlier action for review.
    if (task[1] !== ' ' || ACTION_ID.test(rest)) return undefined;
    const lead = ownerLead(rest, resolve, 'marker');
    const owners = lead?.owners ?? trailingHandles(rest, resolve);
    if (owners.length === 0) return inSection ? write('task', [], rest, '', rest) : 'no-owner';
    return write('task', owners, rest, '', rest, lead && lead.complete ? lead : undefined);
  }
  const marker = actionMarker(content);
  if (marker) {
    const rest = content.slice(marker.length);
    const markerText = content.slice(0, marker.length);
    // The marker's words go; `ACTION` (kept when written so) and the rest stay.
    const kept = /ACTION/.test(markerText) && marker.form !== 'Action item' ? 'ACTION ' : '';
    const named = marker.owner ? resolve(marker.owner) : undefined;
    if (marker.owner && named) {
      const text = covers(named.label, marker.owner) ? rest : `${marker.owner} ${rest}`;
      return write(marker.form, [named], text, kept + marker.owner + ' ', rest);
    }
    // `ACTION: - Noah Kantrowitz - Clarify …`: a dash between the marker and the owner is a separator.
    const afterDash = rest.replace(/^[-–—]\s+/, '');
    const lead = ownerLead(afterDash, resolve, 'marker');
    // An owner in brackets at the end (`ACTION: merge the PR (sersut)`), which the site does not read.
    const bracketed = lead ? [] : trailingBracketOwner(rest, resolve);
    if (bracketed.length > 0) return write(marker.form, bracketed, rest, kept, rest);
    // The site reads `ACTION: KB, …` itself; it is rewritten only where it would not find the owner.
    if (marker.native && (!lead || (lead.owners.every((owner) => owner.direct) && afterDash === rest))) return undefined;
    if (!lead) return marker.form === 'AI' ? 'no-owner' : write(marker.form, [], rest, kept, rest);
    return write(marker.form, lead.owners, afterDash, kept, rest, lead.complete ? lead : undefined);
  }
  if (!inSection) return undefined;
  const lead = ownerLead(content, resolve, 'section');
  if (lead) return write('section', lead.owners, content, '', content, lead.complete ? lead : undefined);
  return isItem && !/^(?:none|n\/a|nothing)\b/i.test(content.trim()) ? 'no-owner' : undefined;
}

/**
 * Writes `ACTION labels: text`. With a complete `lead` whose names the labels repeat word for word
 * (`Niko` in `Niko Matsakis`), the names move before the colon; otherwise the text stays whole
 * after it, so every word is kept. An empty text keeps the names too (`ACTION x:` alone is an error).
 */
function write(form: ActionForm, owners: OwnerMatch[], text: string, kept: string, original: string, lead?: { namesEnd: number; textStart: number }): FoundAction {
  const labels = owners.map((owner) => owner.label);
  const joined = labels.length < 2 ? labels.join('') : `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)!}`;
  let body = text;
  if (lead && covers(joined, text.slice(0, lead.namesEnd)) && text.slice(lead.textStart).trim() !== '') body = text.slice(lead.textStart);
  const line = joined === '' ? `ACTION: ${body}` : `ACTION ${joined}: ${body}`;
  return { form, owners, line, expected: kept + original };
}

/** True when every word of `names` appears in `labels`, in order (what lostWords will ask). */
function covers(labels: string, names: string): boolean {
  const core = (text: string) =>
    text
      .split(/\s+/)
      .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
      .filter((word) => word !== '');
  const have = core(labels);
  let at = 0;
  for (const word of core(names)) {
    const found = have.indexOf(word, at);
    if (found === -1) return false;
    at = found + 1;
  }
  return true;
}
