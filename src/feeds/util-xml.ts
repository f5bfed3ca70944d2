// Escapes text for XML 1.0 element content and attribute values (Atom feeds, SVG charts).

// Characters XML 1.0 forbids outright (C0 controls other than tab, LF, CR; U+FFFE/U+FFFF; lone
// surrogates): no escape can carry them, so they are dropped.
// https://www.w3.org/TR/xml/#charsets
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const TEXT: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\r': '&#13;' };
// In attributes a parser turns raw tab, LF and CR into spaces, so they go as character references.
// https://www.w3.org/TR/xml/#AVNormalize
const ATTRIBUTE: Record<string, string> = { ...TEXT, '\t': '&#9;', '\n': '&#10;' };

/** `text` as XML element content: `& < > " '` and CR escaped, characters XML cannot hold dropped. */
export function xmlText(text: string): string {
  return text.replace(FORBIDDEN, '').replace(/[&<>"'\r]/g, (char) => TEXT[char]!);
}

/** `text` as a double- or single-quoted XML attribute value; also keeps tabs and newlines. */
export function xmlAttribute(text: string): string {
  return text.replace(FORBIDDEN, '').replace(/[&<>"'\r\n\t]/g, (char) => ATTRIBUTE[char]!);
}

/** `text` without the characters XML 1.0 cannot hold: what a parser gives back for {@link xmlText}. */
export function xmlSafe(text: string): string {
  return text.replace(FORBIDDEN, '');
}
