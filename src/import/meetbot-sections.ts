// Splits MeetBot's plain-text minutes into the title block, the opening paragraph and the underlined sections.

import { isBlank, type SourceLine } from './util-source-lines.js';

/** One `Heading` + `-------` section of MeetBot minutes, with the lines under it. */
export interface MeetbotSection {
  heading: string;
  /** 1-based line of the heading. */
  line: number;
  lines: SourceLine[];
}

/** The parts of MeetBot minutes; `title` is the line between the `====` rules, if any. */
export interface MeetbotParts {
  title?: SourceLine;
  preamble: SourceLine[];
  sections: MeetbotSection[];
}

/**
 * MeetBot's text output is reStructuredText: a title between two `=` rules, then a paragraph
 * ("Meeting started by ..."), then sections whose headings are underlined with `-`.
 */
export function meetbotSections(lines: SourceLine[]): MeetbotParts {
  const parts: MeetbotParts = { preamble: [], sections: [] };
  let i = 0;
  while (i < lines.length && isBlank(lines[i]!.text)) i++;
  if (isRule(lines[i], '=') && lines[i + 1] && isRule(lines[i + 2], '=')) {
    parts.title = lines[i + 1]!;
    i += 3;
  }
  let current: SourceLine[] = parts.preamble;
  for (; i < lines.length; i++) {
    const source = lines[i]!;
    if (!isBlank(source.text) && !isRule(source, '-') && isRule(lines[i + 1], '-')) {
      const section: MeetbotSection = { heading: source.text.trim(), line: source.line, lines: [] };
      parts.sections.push(section);
      current = section.lines;
      i++;
      continue;
    }
    current.push(source);
  }
  return parts;
}

function isRule(source: SourceLine | undefined, char: '=' | '-'): boolean {
  return source !== undefined && new RegExp(`^\\${char}{3,}\\s*$`).test(source.text);
}
