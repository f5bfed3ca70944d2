import { describe, expect, it } from 'vitest';
import { xmlAttribute, xmlSafe, xmlText } from '../../src/feeds/util-xml.js';

describe('util-xml', () => {
  it('escapes markup characters and carriage returns in text', () => {
    expect(xmlText(`a < b & "c" 'd' > e\r\n`)).toBe('a &lt; b &amp; &quot;c&quot; &apos;d&apos; &gt; e&#13;\n');
  });

  it('keeps tabs and newlines in attributes as character references', () => {
    expect(xmlAttribute('a\tb\nc"&')).toBe('a&#9;b&#10;c&quot;&amp;');
  });

  it('drops characters XML 1.0 cannot hold, and keeps astral characters', () => {
    expect(xmlText('a\u0000b\u0008c\u000Bd\uFFFEe\uD800f')).toBe('abcdef');
    expect(xmlSafe('\uDC00x\uD83D\uDE00')).toBe('x\uD83D\uDE00');
  });
});
