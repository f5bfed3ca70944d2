// The one markdown-it configuration used for everything contributors write.
import { createRequire } from 'node:module';
import type { MarkdownIt as Markdown } from 'markdown-it';

// Loaded on first use, not on import: a check whose minutes all come from the cache renders
// nothing, and loading markdown-it is a tenth of such a run. (Its CommonJS build is the same code.)
let MarkdownIt: typeof import('markdown-it').default | undefined;

const SAFE_LINK = /^(?:https?:|mailto:|ircs?:|#|\/|\.{0,2}\/|[^:]*$)/i;

/**
 * CommonMark with linkified bare URLs. Raw HTML is never interpreted (`html: false` shows it as
 * text) and only http(s), mailto, irc and relative links survive, so minutes from a pull
 * request cannot put script on the site.
 */
export function createMarkdown(): Markdown {
  MarkdownIt ??= createRequire(import.meta.url)('markdown-it') as typeof import('markdown-it').default;
  const md = new MarkdownIt('commonmark', { html: false, linkify: true, typographer: false });
  md.enable(['linkify']);
  md.validateLink = (url: string) => SAFE_LINK.test(url.trim());
  const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    const href = String(tokens[idx]!.attrGet('href') ?? '');
    // Links in contributed text are user-generated content: tell crawlers so.
    if (/^[a-z]+:/i.test(href)) tokens[idx]!.attrSet('rel', 'ugc nofollow');
    return defaultLinkOpen(tokens, idx, options, env, self);
  };
  return md;
}

/** Lower-case, hyphenated anchor for a heading; callers make it unique. */
export function slugify(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '') || 'section'
  );
}
