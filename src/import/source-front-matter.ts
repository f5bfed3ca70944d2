// Reads the YAML front matter some old minutes already have (title, date, authors) so it is used, not copied into the body.

import { parseDocument } from 'yaml';
import type { ImportWarning } from './import-result.js';
import { parseDateText } from './parse-date-text.js';

/** What a source's own front matter says, and the source with that block blanked out. */
export interface SourceFrontMatter {
  /**
   * The source with the front-matter lines replaced by empty lines, so the converters never see
   * the block and every later line keeps its line number. The text itself when there is no block.
   */
  text: string;
  title?: string;
  /** YYYY-MM-DD and the 1-based line of the `date:` key. */
  date?: { date: string; line: number };
  /** `author:` / `authors:`, as written; they become the scribe (see docs/import.md). */
  authors: { text: string; line: number }[];
  /** Text values that are not used in the front matter of the minutes (`subject:` beside a `title:`, `description:`): kept as the body's first paragraph so no word is lost. */
  keep: string[];
  warnings: ImportWarning[];
}

// The `yaml` package's limit on alias expansion; a front matter of old minutes never needs many.
const MAX_ALIAS_COUNT = 20;

const USED = new Set(['title', 'subject', 'description', 'author', 'authors', 'date']);

/**
 * Finds a `---` … `---` (or `...`) block at the very top and parses it as YAML 1.2 data only (no
 * custom tags, few aliases: the source is untrusted). `title`, else `subject`, else `description`
 * gives the title; `date` (any form {@link parseDateText} reads) the date; `author` / `authors`
 * (a name, a comma list or a YAML list) the authors. A block that does not parse to a mapping is
 * not front matter: the text is returned as it is. Other keys are dropped with a warning naming them.
 */
export function sourceFrontMatter(text: string): SourceFrontMatter {
  const none: SourceFrontMatter = { text, authors: [], keep: [], warnings: [] };
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  if (lines[0]?.trim() !== '---') return none;
  const end = lines.findIndex((line, index) => index > 0 && /^(---|\.\.\.)\s*$/.test(line));
  if (end < 0) return none;
  const yamlText = lines.slice(1, end).join('\n');
  const doc = parseDocument(yamlText, { version: '1.2', uniqueKeys: false, prettyErrors: false });
  if (doc.errors.length > 0) return none;
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    return none;
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return none;
  const record = data as Record<string, unknown>;
  const lineOf = (key: string) => {
    const at = lines.slice(1, end).findIndex((line) => new RegExp(`^${key}\\s*:`, 'i').test(line));
    return at < 0 ? 1 : at + 2;
  };
  const value = (key: string) => {
    const found = Object.keys(record).find((k) => k.toLowerCase() === key);
    const v = found === undefined ? undefined : record[found];
    return typeof v === 'string' || typeof v === 'number' ? String(v).replace(/\s+/g, ' ').trim() : undefined;
  };
  const result: SourceFrontMatter = {
    text: [...lines.slice(0, end + 1).map(() => ''), ...lines.slice(end + 1)].join('\n'),
    authors: [],
    keep: [],
    warnings: [],
  };
  const texts = ['title', 'subject', 'description'].map((key) => value(key)).filter((v): v is string => v !== undefined && v !== '');
  if (texts[0] !== undefined) result.title = texts[0];
  result.keep = texts.slice(1);
  const date = value('date');
  const found = date === undefined ? undefined : parseDateText(date);
  if (found) result.date = { date: found.date, line: lineOf('date') };
  else if (date !== undefined) result.keep.push(`Date: ${date}`);
  for (const key of ['author', 'authors']) {
    const raw = Object.entries(record).find(([k]) => k.toLowerCase() === key)?.[1];
    const list = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(/\s*(?:,|;|\band\b|&)\s*/) : [];
    for (const item of list) {
      if (typeof item === 'string' && item.trim() !== '') result.authors.push({ text: item.trim(), line: lineOf(key) });
    }
  }
  const dropped = Object.keys(record).filter((key) => !USED.has(key.toLowerCase()));
  if (dropped.length > 0) {
    result.warnings.push({
      ruleId: 'import-front-matter-dropped',
      line: 1,
      message: `the source's front matter keys ${dropped.map((key) => `\`${key}\``).join(', ')} have no place in minutes and were left out`,
    });
  }
  return result;
}
