// Parses YAML with the `yaml` package so that every value keeps its place in the file.
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Alias, type Document, type Node, type YAMLError } from 'yaml';
import { SigwikiMessage, type Point } from '../diagnostics/message.js';

/** A parsed YAML text and what is needed to turn its offsets into file positions. */
export interface YamlSource {
  /** Path of the file, as shown in messages. */
  file: string;
  doc: Document.Parsed;
  lineCounter: LineCounter;
  /** Number of file lines before the YAML text (1 for front matter after `---`). */
  lineOffset: number;
}

/** A path into a YAML value: object keys and array indexes. */
export type ValuePath = readonly PropertyKey[];

/**
 * Most aliases a YAML file may expand, weighted by what they expand to (the `yaml` package's
 * `maxAliasCount`). Content rarely needs aliases at all; a "billion laughs" file needs many.
 */
export const MAX_ALIAS_COUNT = 20;

/**
 * Parses one YAML text as YAML 1.2 (dates stay strings) and returns its plain value, or one
 * message when it cannot be parsed: `yaml-syntax` at the first error (later ones are usually its
 * knock-ons), with a tab hint when a tab indents a line up to there, or `yaml-alias` for an
 * alias that names no anchor or expands too much.
 */
export function parseYaml(
  file: string,
  text: string,
  lineOffset = 0,
): { source: YamlSource; value: unknown; messages: SigwikiMessage[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, version: '1.2' });
  const source: YamlSource = { file, doc, lineCounter, lineOffset };
  const error = doc.errors[0];
  if (error) return { source, value: undefined, messages: [syntaxMessage(source, text, error)] };
  try {
    return { source, value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), messages: [] };
  } catch (error) {
    // toJS throws a ReferenceError for an alias without its anchor and for too many aliases.
    if (!(error instanceof ReferenceError)) throw error;
    return { source, value: undefined, messages: [aliasMessage(source, error)] };
  }
}

function syntaxMessage(source: YamlSource, text: string, error: YAMLError): SigwikiMessage {
  const place = offsetToPoint(source, error.pos[0]);
  const tab = firstIndentingTab(text);
  if (tab !== undefined && tab.line + source.lineOffset <= place.line) {
    return new SigwikiMessage('YAML syntax: a tab indents this line', {
      file: source.file,
      place: { line: tab.line + source.lineOffset, column: tab.column },
      ruleId: 'yaml-syntax',
      hint: 'YAML indentation must use spaces, not tabs',
      cause: error,
    });
  }
  return new SigwikiMessage(`YAML syntax: ${firstLine(error.message)}`, { file: source.file, place, ruleId: 'yaml-syntax', hint: yamlHint(error.code), cause: error });
}

/** The 1-based place of the first tab in a line's leading whitespace, if any. */
function firstIndentingTab(text: string): Point | undefined {
  const match = /^[ ]*\t/m.exec(text);
  if (!match) return undefined;
  const before = text.slice(0, match.index);
  return { line: before.split('\n').length, column: match[0].length };
}

function aliasMessage(source: YamlSource, error: ReferenceError): SigwikiMessage {
  // One walk in document order, keeping the anchors met so far: Alias.resolve would walk the
  // whole document once per alias.
  let alias: Alias | undefined;
  let unresolved: Alias | undefined;
  const anchors = new Set<string>();
  visit(source.doc, {
    Node(_, node) {
      if (isAlias(node)) {
        alias ??= node;
        if (!anchors.has(node.source)) unresolved ??= node;
      } else if (node.anchor) {
        anchors.add(node.anchor);
      }
    },
  });
  const at = unresolved ?? alias;
  const place = offsetToPoint(source, at?.range?.[0] ?? 0);
  if (unresolved) {
    return new SigwikiMessage(`YAML alias \`*${unresolved.source}\` names no anchor`, {
      file: source.file,
      place,
      ruleId: 'yaml-alias',
      hint: `define \`&${unresolved.source}\` on a value before this line, or write the value out`,
      cause: error,
    });
  }
  return new SigwikiMessage('YAML aliases expand to too much data', {
    file: source.file,
    place,
    ruleId: 'yaml-alias',
    hint: `write the values out: a file may expand at most ${MAX_ALIAS_COUNT} aliases`,
    cause: error,
  });
}

/** Converts a 0-based offset in the YAML text to a 1-based point in the file. */
export function offsetToPoint(source: YamlSource, offset: number): Point {
  const { line, col } = source.lineCounter.linePos(offset);
  return { line: line + source.lineOffset, column: col };
}

/**
 * The place of the value at `path`, or of its nearest existing ancestor when the value is
 * missing (so "required key missing" points at the map that lacks it).
 */
export function pointAtValue(source: YamlSource, path: ValuePath): Point {
  return offsetToPoint(source, nodeAt(source, path, 'value')?.range?.[0] ?? 0);
}

/** The place of the key that holds `path` (its last element), or of the value when it has none. */
export function pointAtKey(source: YamlSource, path: ValuePath): Point {
  return offsetToPoint(source, nodeAt(source, path, 'key')?.range?.[0] ?? 0);
}

function nodeAt(source: YamlSource, path: ValuePath, want: 'key' | 'value'): Node | undefined {
  let node: unknown = source.doc.contents;
  let found: Node | undefined = isNode(node) ? node : undefined;
  for (const [index, step] of path.entries()) {
    const last = index === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(step));
      if (!pair) return found;
      if (last && want === 'key' && isNode(pair.key)) return pair.key;
      node = pair.value;
    } else if (isSeq(node) && typeof step === 'number') {
      node = node.items[step];
    } else {
      return found;
    }
    if (isNode(node)) found = node;
    else return found;
  }
  return found;
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && 'range' in value;
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

function yamlHint(code: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'each key may appear once; remove or merge the repeated one';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
      return 'check the indentation and that lists start with "- "';
    case 'BLOCK_AS_IMPLICIT_KEY':
      return 'a value that contains ": " must be quoted';
    default:
      return 'values containing ": ", "#", "[" or "{" must be quoted';
  }
}
