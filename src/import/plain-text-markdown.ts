// Turns plain-text minutes (wiki headings, `*` lists, wrapped lines) into Markdown that keeps every line.

import { escapeHeadingText, escapeLineStart } from './util-markdown-escape.js';
import { isBlank, type SourceLine } from './util-source-lines.js';

type Block =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph'; lines: SourceLine[] }
  | { kind: 'item'; depth: number; marker: string; lines: SourceLine[] }
  | { kind: 'blank' };

/**
 * Converts plain text to Markdown. `== X ==` / `=== X ===` headings become `##` / `###` (never `#`:
 * the title is the page's only first-level heading); `Title` over a `====` or `----` underline
 * becomes a heading too. Lines starting `*`, `-`, `+`, `•` or `1.` are list items (deeper
 * indentation nests); a line that follows a list item without a blank line stays in that item,
 * indented, so a wrapped action stays one action. A line ending in white space was soft-wrapped and
 * joins the next; other line ends become hard breaks (`\`), so the page keeps the original lines.
 * Every line is escaped so that nothing in it turns into Markdown structure by accident.
 */
export function plainTextMarkdown(lines: SourceLine[]): string {
  return render(parseBlocks(lines));
}

function parseBlocks(lines: SourceLine[]): Block[] {
  const blocks: Block[] = [];
  let open: Extract<Block, { lines: SourceLine[] }> | undefined;
  let indents: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const source = lines[i]!;
    const { text } = source;
    if (isBlank(text)) {
      if (blocks.at(-1)?.kind !== 'blank') blocks.push({ kind: 'blank' });
      open = undefined;
      indents = [];
      continue;
    }
    const wiki = /^\s*(={1,6})\s*(.*?)\s*=+\s*$/.exec(text);
    if (wiki && /\S/.test(wiki[2]!)) {
      blocks.push({ kind: 'heading', level: Math.max(2, wiki[1]!.length), text: wiki[2]! });
      open = undefined;
      indents = [];
      continue;
    }
    const underline = lines[i + 1]?.text ?? '';
    if (!open && /^\s*(={3,}|-{3,})\s*$/.test(underline) && !/^\s*[=-]+\s*$/.test(text)) {
      blocks.push({ kind: 'heading', level: underline.trim().startsWith('=') ? 2 : 3, text: text.trim() });
      i++;
      indents = [];
      continue;
    }
    const item = /^(\s*)([*+•-]|\d{1,9}[.)])\s+(\S.*)$/.exec(text);
    if (item && !/^\s*[-*_]\s*[-*_]\s*[-*_][-*_\s]*$/.test(text) && (!/^\d/.test(item[2]!) || startsNumberedItem(item[2]!, open, lines[i - 1]))) {
      const indent = item[1]!.length;
      while (indents.length > 0 && indents.at(-1)! > indent) indents.pop();
      if (indents.length === 0 || indents.at(-1)! < indent) indents.push(indent);
      const marker = /^\d/.test(item[2]!) ? item[2]! : '-';
      open = { kind: 'item', depth: indents.length - 1, marker, lines: [{ text: item[3]!, line: source.line }] };
      blocks.push(open);
      continue;
    }
    if (open) open.lines.push(source);
    else {
      open = { kind: 'paragraph', lines: [source] };
      blocks.push(open);
    }
  }
  return blocks;
}

// A wrapped sentence can put a number first on a line ("... since\n2014. We ..."): a numbered line
// starts an item only when small and after a blank line, a heading, a lead-in ending in ':' or another item.
function startsNumberedItem(marker: string, open: Block | undefined, previous: SourceLine | undefined): boolean {
  if (Number.parseInt(marker, 10) > 99) return false;
  return !open || open.kind === 'item' || /:\s*$/.test(previous?.text ?? '');
}

function render(blocks: Block[]): string {
  const out: string[] = [];
  const columns: number[] = [];
  const separate = () => {
    if (out.length > 0 && out.at(-1) !== '') out.push('');
  };
  for (const block of blocks) {
    if (block.kind === 'blank') separate();
    else if (block.kind === 'heading') {
      separate();
      out.push(`${'#'.repeat(Math.min(6, block.level))} ${escapeHeadingText(block.text)}`, '');
    } else if (block.kind === 'paragraph') out.push(...joinLines(block.lines, 0, ''));
    else {
      const indent = block.depth === 0 ? 0 : (columns[block.depth - 1] ?? 0);
      columns[block.depth] = indent + block.marker.length + 1;
      columns.length = block.depth + 1;
      out.push(...joinLines(block.lines, columns[block.depth]!, ' '.repeat(indent) + block.marker + ' '));
    }
  }
  while (out.at(-1) === '') out.pop();
  while (out[0] === '') out.shift();
  return out.join('\n') + '\n';
}

// Trailing white space marks a soft wrap (format=flowed style); anything else is a real line end.
function joinLines(lines: SourceLine[], column: number, firstPrefix: string): string[] {
  return lines.map(({ text }, index) => {
    const body = escapeLineStart(text.trim());
    const prefix = index === 0 ? firstPrefix : ' '.repeat(column);
    const last = index === lines.length - 1;
    const hardBreak = !last && !/\s$/.test(text);
    return prefix + body + (hardBreak ? '\\' : '');
  });
}
