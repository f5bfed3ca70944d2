import MarkdownIt from 'markdown-it';
import { describe, expect, test } from 'vitest';
import { lostWords } from '../../src/import/index.js';
import { plainTextMarkdown } from '../../src/import/plain-text-markdown.js';
import { sourceLines } from '../../src/import/util-source-lines.js';
import { actionTexts } from './helpers.js';

const convert = (text: string) => plainTextMarkdown(sourceLines(text));
const tokenTypes = (markdown: string) => new MarkdownIt().parse(markdown, {}).map((t) => t.type);

describe('plainTextMarkdown', () => {
  test('maps wiki heading levels, never to a first-level heading', () => {
    expect(convert('= Top =\n== Two ==\n=== Three  ===\n==== Four ====\n')).toBe('## Top\n\n## Two\n\n### Three\n\n#### Four\n');
  });

  test('keeps a wrapped action in one item even when a wrapped line looks like Markdown', () => {
    const text = '  * ACTION: LK to list the open bugs from \n# 12 and \n=== \n2014. Then \n> quote and \n<b>bold</b> too\n';
    const markdown = convert(text);
    expect(actionTexts(markdown)).toEqual(['ACTION: LK to list the open bugs from # 12 and === 2014. Then > quote and <b>bold</b> too']);
    const types = tokenTypes(markdown);
    expect(types).not.toContain('heading_open');
    expect(types).not.toContain('blockquote_open');
    expect(types).not.toContain('ordered_list_open');
    expect(types).not.toContain('html_inline');
    expect(lostWords(text, markdown)).toEqual([]);
  });

  test('escapes lines that would start Markdown structure in a paragraph', () => {
    const text = 'Notes\n-- \nsignature\n\n- \n# not a heading\n1. not a list\n[1]: http://example.org\n';
    const markdown = convert(text);
    const types = tokenTypes(markdown);
    expect(types).not.toContain('heading_open');
    expect(types).not.toContain('bullet_list_open');
    expect(types).not.toContain('ordered_list_open');
    expect(markdown).toContain('\\[1]: http://example.org');
    expect(lostWords(text, markdown)).toEqual([]);
  });

  test('joins soft-wrapped lines (ending in a space) and keeps other line ends as hard breaks', () => {
    expect(convert('wrapped \nline\nnext line\nlast\n')).toBe('wrapped\nline\\\nnext line\\\nlast\n');
    expect(new MarkdownIt().render(convert('wrapped \nline\nnext\n'))).toBe('<p>wrapped\nline<br>\nnext</p>\n');
  });

  test('nests deeper-indented items and numbers lists after a lead-in', () => {
    expect(convert('Plan:\n1. first\n2. second\n   * detail\n')).toBe('Plan:\n1. first\n2. second\n   - detail\n');
  });

  test('reads an underlined title as a heading', () => {
    expect(convert('Agenda\n======\n* one\n')).toBe('## Agenda\n\n- one\n');
  });
});
