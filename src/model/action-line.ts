// Grammar of the lines minutes use to raise and close actions (see docs/content-format.md).
import { nameKey } from './people-index.js';

/**
 * The most owners an action may have (after repeats are dropped); more is an error. A line of
 * `Amir and Amir and …` once gave one action 20,000 owners and a build that ran out of memory.
 */
export const MAX_OWNERS = 20;

/** An action as written, before its owners are resolved to people. */
export interface ActionLine {
  /** Owner names exactly as written (ids, names, initials, nicks). */
  owners: string[];
  /**
   * True for the canonical `ACTION <owners>: text` form, where every owner name must resolve;
   * false when owners were recognised as leading known names in an older form.
   */
  ownersExplicit: boolean;
  /** The action's text, on one line, without keyword, owners and due date. */
  text: string;
  /** The `(due ...)` value as written, if any. */
  due: string | undefined;
}

/** A line that closes (or lists for review) an earlier action. */
export interface CloseLine {
  status: 'done' | 'dropped' | 'open';
  actionId: string;
  note: string;
}

/** Id of an action: `<prefix>-<YYYYMMDD>[b…]-<n>`, e.g. `virt-20140411-3`. */
export const ACTION_ID_PATTERN = '[a-z][a-z0-9-]*?-\\d{8}[a-z]?-\\d+';

// `ACTION` may be followed by space or colon; `Action` needs a colon, so that prose such as
// "Action items, by person" is not taken for an action.
// `ACTION ITEM: Niko to …` is not `ACTION` with an owner `ITEM`: it gets a hint instead (parse/action-form-hint.ts).
const KEYWORD = /^(?:\*\*|__)?(?:(ACTION)(?![ -]ITEMS?\b)(?:\*\*|__)?(?=[\s:])|(Action)(?:\*\*|__)?(?=\s*:))\s*(:?)\s*/;
const DUE_OPEN = /\(due:?\s+/i;
const SEPARATOR = /^(?:,|&|\/|and)$/i;
const CLOSE_WORD = new RegExp(`^(DONE|DROPPED)\\b\\s*:?\\s*(${ACTION_ID_PATTERN})\\b[\\s:,.-]*`);
const TASK_ITEM = new RegExp(`^\\[([ xX])\\]\\s+(${ACTION_ID_PATTERN})\\b[\\s:,.-]*`);

// Paragraph openings that mean to raise or close an action but miss the grammar: `ACTIONS:`,
// `action:`, `AI:`, `Action KB to ...` (title case needs a colon), `DONE virt-2014` (no number).
// Prose such as "Action items were reviewed" or "Done with the agenda" is left alone.
const ACTION_LIKE = [
  /^(?:\*\*|__)?(?:actions?|action items?|ai|done|dropped)(?:\*\*|__)?\s*:/i,
  /^(?:\*\*|__)?(?:[Aa]ctions?|ACTIONS?|AI)(?:\*\*|__)?\s+[A-Z]{2,4}\b/,
  /^(?:DONE|DROPPED)\s+[a-z][a-z0-9-]*-\d/,
];

/**
 * True when a paragraph that is neither an action nor a close line starts as if it meant to
 * be one, so `sigwiki check` can say how to write it.
 */
export function looksLikeAction(paragraph: string): boolean {
  return ACTION_LIKE.some((pattern) => pattern.test(paragraph));
}

/**
 * What can be read of an action paragraph without knowing who is who: the part kept in a
 * minutes record, so that linking only decides where the owners end.
 */
export interface ActionDraft {
  /**
   * The text after the keyword, on one line, without the due date; left out when `listed`
   * settles the owners whoever the people are (records of 10k minutes are half the size).
   */
  rest?: string;
  due: string | undefined;
  /** `ACTION: ...` (old forms) rather than `ACTION <owners>: ...`. */
  colonAfterKeyword: boolean;
  /** Names before a `:` and the text after it, when the part before the colon reads as a name list. */
  listed: { owners: string[]; text: string } | undefined;
}

/**
 * Parses a paragraph that may be an action. `isPerson` says whether a name refers to a known
 * person; it decides where the owners end in the older forms. Returns undefined for
 * paragraphs that are not actions.
 */
export function parseActionLine(paragraph: string, isPerson: (name: string) => boolean): ActionLine | undefined {
  const draft = draftActionLine(paragraph);
  return draft && resolveActionLine(draft, isPerson);
}

/** The people-independent reading of an action paragraph; undefined for other paragraphs. */
export function draftActionLine(paragraph: string): ActionDraft | undefined {
  const keyword = KEYWORD.exec(paragraph);
  if (!keyword) return undefined;
  const colonAfterKeyword = keyword[3] === ':' || keyword[2] !== undefined;
  let rest = paragraph.slice(keyword[0].length).replace(/\s+/g, ' ').trim();

  const { before, due } = splitDue(rest);
  rest = before;
  const listed = ownersBeforeColon(rest);
  return listed && !colonAfterKeyword ? { due, colonAfterKeyword, listed } : { rest, due, colonAfterKeyword, listed };
}

/**
 * Splits a final `(due …)` off an action's text: the last parenthesis, closed at the end of the
 * text (before an optional full stop), opened by the first `(due ` after the `)` before it. This
 * is what `/\s*\(due:?\s+([^)]*)\)\s*\.?\s*$/` matched, but that regex tried every `(due` of
 * the line and scanned to the end from each: a line of `(due x (due x …` was quadratic.
 */
function splitDue(text: string): { before: string; due: string | undefined } {
  let end = text.trimEnd();
  if (end.endsWith('.')) end = end.slice(0, -1).trimEnd();
  if (!end.endsWith(')')) return { before: text, due: undefined };
  const close = end.length - 1;
  const after = end.lastIndexOf(')', close - 1) + 1;
  const open = DUE_OPEN.exec(end.slice(after, close));
  if (!open) return { before: text, due: undefined };
  return { before: end.slice(0, after + open.index).trim(), due: end.slice(after + open.index + open[0].length, close).trim() };
}

/** Finishes reading a drafted action once it is known which names are people. */
export function resolveActionLine(draft: ActionDraft, isPerson: (name: string) => boolean): ActionLine {
  const { listed, colonAfterKeyword, due } = draft;
  if (listed && (!colonAfterKeyword || listed.owners.every(isPerson))) {
    return { owners: listed.owners, ownersExplicit: !colonAfterKeyword, text: listed.text, due };
  }
  const leading = leadingKnownNames(draft.rest ?? '', isPerson);
  return { owners: leading.owners, ownersExplicit: false, text: leading.text, due };
}

/** `LK and GD: text` → owners [LK, GD]; undefined when the part before `:` is not a name list. */
function ownersBeforeColon(rest: string): { owners: string[]; text: string } | undefined {
  const match = /^([^:]{1,80}?)\s*:\s+(.*)$/.exec(rest);
  if (!match) return undefined;
  const owners = match[1]!.split(/\s*(?:,|&|\/|\band\b)\s*/i).filter((name) => name !== '');
  const nameLike = owners.length > 0 && owners.every((name) => /^[\p{L}\p{N}@._'-]+(?: [\p{L}\p{N}@._'-]+){0,2}$/u.test(name));
  return nameLike ? { owners: distinct(owners), text: match[2]!.trim() } : undefined;
}

/** Takes leading words that name known people (two-word names first) as owners. */
function leadingKnownNames(rest: string, isPerson: (name: string) => boolean): { owners: string[]; text: string } {
  const words = rest.split(' ');
  const owners: string[] = [];
  let consumed = 0;
  let index = 0;
  while (index < words.length) {
    const word = stripPunctuation(words[index]!);
    if (word === '' || SEPARATOR.test(word)) {
      index++;
      continue;
    }
    const pair = index + 1 < words.length ? `${word} ${stripPunctuation(words[index + 1]!)}` : undefined;
    if (pair && !/[,:]$/.test(words[index]!) && isPerson(pair)) {
      owners.push(pair);
      index += 2;
    } else if (isPerson(word)) {
      owners.push(word);
      index += 1;
    } else {
      break;
    }
    consumed = index;
  }
  const text = words.slice(consumed).join(' ').replace(/^[\s,:;-]+/, '');
  return { owners: distinct(owners), text };
}

/** Names without repeats (as people.yaml matches them: case and inner space ignored), in order. */
function distinct(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((name) => !seen.has(nameKey(name)) && seen.add(nameKey(name)));
}

const LEADING = new Set('([{"\'');
const TRAILING = new Set(')]}"\',:;.');

/**
 * A word without its leading brackets and quotes and its trailing ones and punctuation. By hand:
 * the regex `[…]+$` restarted at every character of a long run of punctuation (quadratic).
 */
function stripPunctuation(word: string): string {
  let start = 0;
  let end = word.length;
  while (start < end && LEADING.has(word[start]!)) start++;
  while (end > start && TRAILING.has(word[end - 1]!)) end--;
  return word.slice(start, end);
}

/** Parses `DONE <id>`, `DROPPED <id>`, `[x] <id>` or `[ ] <id>`; undefined for anything else. */
export function parseCloseLine(paragraph: string): CloseLine | undefined {
  // Most paragraphs are prose: rule them out before normalising space and running the id patterns.
  if (!/^\s*(?:DONE|DROPPED|\[)/.test(paragraph)) return undefined;
  const text = paragraph.replace(/\s+/g, ' ').trim();
  const word = CLOSE_WORD.exec(text);
  if (word) {
    return { status: word[1] === 'DONE' ? 'done' : 'dropped', actionId: word[2]!, note: text.slice(word[0].length) };
  }
  const task = TASK_ITEM.exec(text);
  if (task) {
    return { status: task[1] === ' ' ? 'open' : 'done', actionId: task[2]!, note: text.slice(task[0].length) };
  }
  return undefined;
}
