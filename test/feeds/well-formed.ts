// Test helpers for XML output: a strict well-formedness check (linkedom forgives what readers won't), parsing.
import { expect } from 'vitest';
import { DOMParser } from 'linkedom';

const TOKEN = /<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<\/([A-Za-z_][\w:.-]*)\s*>|<([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|[^<]+/y;
const CHARS = /^(?:[^&<]|&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)*$/;
const ATTRIBUTE = /([\w:.-]+)="([^"<]*)"/g;

/** Problems that make `xml` not well-formed: unbalanced tags, bare `&` or `<`, duplicate attributes. */
export function wellFormedProblems(xml: string): string[] {
  const problems: string[] = [];
  const open: string[] = [];
  let roots = 0;
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < xml.length) {
    const at = TOKEN.lastIndex;
    const match = TOKEN.exec(xml);
    if (!match) return [...problems, `cannot read markup at ${at}: ${xml.slice(at, at + 40)}`];
    const [token, closing, opening, attributes, selfClosing] = match;
    if (closing) {
      if (open.pop() !== closing) problems.push(`</${closing}> at ${at} does not close the open element`);
    } else if (opening) {
      if (open.length === 0) roots += 1;
      const names = [...attributes!.matchAll(ATTRIBUTE)].map(([, name, value]) => {
        if (!CHARS.test(value!)) problems.push(`bad attribute value ${name}="${value}"`);
        return name;
      });
      if (new Set(names).size !== names.length) problems.push(`duplicate attribute in <${opening}>`);
      if (!selfClosing) open.push(opening);
    } else if (!token.startsWith('<') && !CHARS.test(token)) {
      problems.push(`bad text at ${at}: ${token.slice(0, 40)}`);
    } else if (!token.startsWith('<') && open.length === 0 && token.trim() !== '') {
      problems.push(`text outside the root element at ${at}`);
    }
  }
  if (open.length > 0) problems.push(`unclosed: ${open.join(', ')}`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}

/**
 * An attribute as an XML parser reports it. linkedom's XML mode hands back `&`, `<` and `>`
 * re-escaped in attribute values (while decoding quotes and character references), so undo that.
 */
export function attribute(element: Element | null | undefined, name: string): string | null {
  const value = element?.getAttribute(name) ?? null;
  return value === null ? null : value.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** Parses well-formed XML (asserting it is) into a DOM `Document` (linkedom's own types cast away). */
export function parseXml(xml: string): Document {
  expect(wellFormedProblems(xml)).toEqual([]);
  return new DOMParser().parseFromString(xml, 'text/xml') as unknown as Document;
}

/** Parses an HTML fragment. */
export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html') as unknown as Document;
}
