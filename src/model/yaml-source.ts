// Parses YAML with the `yaml` package so that every value keeps its place in the file.
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
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
 * Parses one YAML text as YAML 1.2 (dates stay strings) and returns its plain value, or
 * `yaml-syntax` messages with the exact line and column when it cannot be parsed.
 */
export function parseYaml(
  file: string,
  text: string,
  lineOffset = 0,
): { source: YamlSource; value: unknown; messages: SigwikiMessage[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, version: '1.2' });
  const source: YamlSource = { file, doc, lineCounter, lineOffset };
  const messages = doc.errors.map((error) => {
    const place = offsetToPoint(source, error.pos[0]);
    return new SigwikiMessage(`YAML syntax: ${firstLine(error.message)}`, {
      file,
      place,
      ruleId: 'yaml-syntax',
      hint: yamlHint(error.code),
      cause: error,
    });
  });
  const value = messages.length > 0 ? undefined : doc.toJS({ maxAliasCount: 50 });
  return { source, value, messages };
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
