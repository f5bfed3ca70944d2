// Parses a minutes body once: finds actions and closing lines with their lines, renders HTML.
import type { MarkdownIt, Token } from 'markdown-it';
import { draftActionLine, looksLikeAction, parseCloseLine, type ActionDraft, type CloseLine } from './action-line.js';
import { createMarkdown, slugify } from './markdown.js';
import { actionFormHint } from './parse/action-form-hint.js';

/**
 * An action paragraph found in a body, read as far as it can be without people.yaml: older
 * forms need to know who the people are to tell where the owners end, which linking decides.
 * `line` is 1-based in the file.
 */
export interface BodyAction extends ActionDraft {
  line: number;
}

/** A closing or review line found in a body. `line` is 1-based in the file. */
export interface BodyClose extends CloseLine {
  line: number;
}

/** A heading of the minutes, for the table of contents and deep links. */
export interface BodyHeading {
  level: number;
  text: string;
  slug: string;
}

/** What one pass over a body yields. */
export interface ParsedBody {
  /**
   * The body as HTML, with a placeholder `\u0000a<n>\u0000` (or `c<n>`) where the opening of
   * the n-th action (or close line) goes; {@link fillPlaceholders} puts in the linked markup.
   */
  html: string;
  actions: BodyAction[];
  closes: BodyClose[];
  /** Empty when not rendering. */
  headings: BodyHeading[];
  /** 1-based file lines holding text that looks like raw HTML (shown as text). */
  rawHtmlLines: number[];
  /** 1-based file lines of paragraphs that look like an action or close line but do not parse. */
  malformedActionLines: number[];
  /** Paragraphs in an action form sigwiki does not read (`Action item:`, `TODO:`, `[ ] @alice`), with the canonical line to write. */
  actionFormLines: { line: number; rewrite: string }[];
  /** 1-based file lines with a javascript:, vbscript:, data: or file: link (never published). */
  unsafeLinkLines: number[];
}

/**
 * The two markdown-it instances, made on first use: a check whose minutes all come from the
 * cache renders nothing and never loads markdown-it. `full` renders; `blocksOnly` serves
 * `check`, which needs block structure everywhere but inline structure only where a finding
 * depends on it: it stops after the block pass, and `inlineChildren` parses single paragraphs.
 */
let instances: { full: MarkdownIt; blocksOnly: MarkdownIt } | undefined;
function parsers(): { full: MarkdownIt; blocksOnly: MarkdownIt } {
  if (instances) return instances;
  const full = createMarkdown();
  full.renderer.rules.paragraph_open = (tokens, idx, options, _env, self) => {
    const mark = tokens[idx]!.meta?.sigwiki as string | undefined;
    return mark === undefined ? self.renderToken(tokens, idx, options) : `\u0000${mark}\u0000`;
  };
  full.renderer.rules.paragraph_close = (tokens, idx, options, _env, self) =>
    tokens[idx]!.meta?.sigwiki === undefined ? self.renderToken(tokens, idx, options) : '</div>\n';
  const blocksOnly = createMarkdown();
  blocksOnly.core.ruler.disable(['inline', 'linkify', 'text_join']);
  instances = { full, blocksOnly };
  return instances;
}

const RAW_TAG = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/i;
const PLACEHOLDER = /\u0000([ac])(\d+)\u0000/g;
const SCRIPT_LINK = /(?:\]\(\s*<?|<|^\s*\[[^\]]+\]:\s*<?)\s*(?:javascript|vbscript|data|file):/i;

/**
 * Parses `body` (CommonMark). `lineOffset` is the number of file lines before the body, so
 * reported lines are file lines. With `render: false` (a check that publishes nothing) `html` is
 * left empty and inline Markdown is parsed only in headings and paragraphs that may hold raw
 * HTML; the findings are the same either way.
 */
export function parseMinutesBody(body: string, lineOffset: number, options: { render: boolean } = { render: true }): ParsedBody {
  const { full: md, blocksOnly } = parsers();
  const tokens = (options.render ? md : blocksOnly).parse(body, {});
  const children = (token: Token): Token[] => (options.render ? (token.children ?? []) : inlineChildren(token));
  const actions: BodyAction[] = [];
  const closes: BodyClose[] = [];
  const headings: BodyHeading[] = [];
  const rawHtmlLines: number[] = [];
  const malformedActionLines: number[] = [];
  const actionFormLines: { line: number; rewrite: string }[] = [];
  const unsafeLinkLines = body
    .split('\n')
    .flatMap((text, index) => (SCRIPT_LINK.test(text) ? [index + lineOffset + 1] : []));
  const slugs = new Map<string, number>();
  const used = new Set<string>();

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.type !== 'inline') continue;
    const line = (token.map?.[0] ?? 0) + lineOffset + 1;
    // A tag can only be in a text child if the source has one: most paragraphs stop here.
    if (RAW_TAG.test(token.content) && children(token).some((child) => child.type === 'text' && RAW_TAG.test(child.content))) {
      rawHtmlLines.push(line);
    }
    const opening = tokens[i - 1]!;
    if (opening.type === 'heading_open') {
      // Headings give the page its anchors; a check publishes no page.
      if (!options.render) continue;
      const text = plainText(children(token));
      const base = slugify(text);
      // `Notes`, `Notes` and `Notes 2` would otherwise all claim `notes-2`: count on from the
      // last number tried until the anchor is unused (each base resumes where it stopped).
      let seen = slugs.get(base) ?? 0;
      let slug = seen === 0 ? base : `${base}-${seen + 1}`;
      while (used.has(slug)) slug = `${base}-${++seen + 1}`;
      slugs.set(base, seen + 1);
      used.add(slug);
      opening.attrSet('id', slug);
      headings.push({ level: Number(opening.tag.slice(1)), text, slug });
      continue;
    }
    if (opening.type !== 'paragraph_open') continue;
    const draft = draftActionLine(token.content);
    if (draft) {
      mark(opening, tokens[i + 1]!, `a${actions.length}`);
      actions.push({ ...draft, line });
      continue;
    }
    const close = parseCloseLine(token.content);
    if (close) {
      mark(opening, tokens[i + 1]!, `c${closes.length}`);
      closes.push({ ...close, line });
      // The id and status word are shown by the placeholder's markup instead.
      stripLeadingText(token, close);
    } else {
      const rewrite = actionFormHint(token.content);
      if (rewrite !== undefined) actionFormLines.push({ line, rewrite });
      else if (looksLikeAction(token.content)) malformedActionLines.push(line);
    }
  }
  const html = options.render ? md.renderer.render(tokens, md.options, {}) : '';
  return { html, actions, closes, headings, rawHtmlLines, malformedActionLines, actionFormLines, unsafeLinkLines };
}

/** The inline tokens of a block parsed without its inline pass, as the full parse gives them. */
function inlineChildren(token: Token): Token[] {
  return parsers().full.parseInline(token.content, {})[0]?.children ?? [];
}

/**
 * Replaces each placeholder with the markup that opens its action or close line. Placeholders
 * contain U+0000, which markdown-it turns into U+FFFD in any input, so no text can forge one.
 */
export function fillPlaceholders(html: string, openAction: (index: number) => string, openClose: (index: number) => string): string {
  return html.replace(PLACEHOLDER, (_match, kind: string, index: string) =>
    kind === 'a' ? openAction(Number(index)) : openClose(Number(index)),
  );
}

/** Renders one line of contributed Markdown (an action's text) as inline HTML. */
export function renderInline(text: string): string {
  return parsers().full.renderInline(text);
}

/** The shared markdown-it instance, for rendering group descriptions. */
export function markdown(): MarkdownIt {
  return parsers().full;
}

function plainText(children: Token[]): string {
  return children
    .filter((child) => child.type === 'text' || child.type === 'code_inline')
    .map((child) => child.content)
    .join('')
    .trim();
}

/** Marks a paragraph's opening and closing tokens so the renderer swaps in placeholders. */
function mark(opening: Token, closing: Token, placeholder: string): void {
  opening.meta = { sigwiki: placeholder };
  closing.meta = { sigwiki: placeholder };
}

function stripLeadingText(inline: Token, close: CloseLine): void {
  const first = inline.children?.[0];
  if (!first || first.type !== 'text') return;
  const at = first.content.indexOf(close.actionId);
  if (at === -1) return;
  first.content = first.content.slice(at + close.actionId.length).replace(/^[\s:,.-]+/, '');
}
