// Splits source text into lines that remember their 1-based line number.

/** One line of the source, without its line ending. `line` is 1-based. */
export interface SourceLine {
  text: string;
  line: number;
}

/** Splits text on LF, CRLF or CR; tabs become spaces (to the next multiple of 4) so indentation can be measured. */
export function sourceLines(text: string): SourceLine[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines.map((raw, index) => ({ text: expandTabs(raw), line: index + 1 }));
}

/** The number of leading spaces of a line. */
export function indentOf(text: string): number {
  return text.length - text.trimStart().length;
}

/** True when the line has nothing but white space. */
export function isBlank(text: string): boolean {
  return text.trim() === '';
}

function expandTabs(text: string): string {
  if (!text.includes('\t')) return text;
  let out = '';
  for (const ch of text) out += ch === '\t' ? ' '.repeat(4 - (out.length % 4)) : ch;
  return out;
}
