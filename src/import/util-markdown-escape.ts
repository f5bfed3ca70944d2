// Escapes plain text so that Markdown reads it as the same text, not as structure.

/**
 * Escapes a line of plain text that will start a Markdown line (a paragraph line or the text after
 * a list marker): headings (`# x`), list markers (`- x`, `1. x`), block quotes, fences, setext and
 * thematic-break lines, link reference definitions, then inline pitfalls (see `escapeInline`).
 * The input must already be trimmed.
 */
export function escapeLineStart(text: string): string {
  const inline = escapeInline(text);
  if (/^#{1,6}(\s|$)/.test(inline)) return '\\' + inline;
  if (/^[-+*](\s|$)/.test(inline)) return '\\' + inline;
  if (/^([-*_=])(\s*\1)*\s*$/.test(inline)) return '\\' + inline;
  if (/^(`{3,}|~{3,})/.test(inline)) return '\\' + inline;
  if (/^>/.test(inline)) return '\\' + inline;
  if (/^\[[^\]]*\]:/.test(inline)) return '\\' + inline;
  const ordered = /^(\d{1,9})([.)])(\s|$)/.exec(inline);
  if (ordered) return ordered[1] + '\\' + inline.slice(ordered[1].length);
  return inline;
}

/**
 * Escapes what would turn plain text into HTML or change it inline: `<` before a tag-like
 * character, character references like `&amp;`, and a backslash at the end of the line (which
 * would be a hard line break). Emphasis like `*after*` is left alone on purpose.
 */
export function escapeInline(text: string): string {
  return text
    .replace(/<(?=[A-Za-z/!?])/g, '\\<')
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&')
    .replace(/\\$/, '\\\\');
}

/** Escapes heading text: like `escapeInline`, plus a trailing `#` run that ATX would drop as a closing sequence. */
export function escapeHeadingText(text: string): string {
  return escapeInline(text).replace(/(\s)(#+)$/, '$1\\$2');
}
