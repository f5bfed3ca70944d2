// The markdown-it settings sigwiki uses (src/model/markdown.ts), for the baseline and the floor.
import MarkdownIt from 'markdown-it';

const SAFE_LINK = /^(?:https?:|mailto:|ircs?:|#|\/|\.{0,2}\/|[^:]*$)/i;

/**
 * CommonMark, raw HTML shown as text, bare URLs linkified, only safe link schemes: the same
 * configuration as sigwiki's `createMarkdown()`, without sigwiki's action rules.
 */
export function createMarkdown() {
  const md = new MarkdownIt('commonmark', { html: false, linkify: true, typographer: false });
  md.enable(['linkify']);
  md.validateLink = (url) => SAFE_LINK.test(url.trim());
  return md;
}
