// Finds text that was not UTF-8: a UTF-16 file, or bytes the decoder replaced with U+FFFD.

import { SigwikiMessage } from '../diagnostics/message.js';

/**
 * Messages about the encoding of a file's text, as decoded from UTF-8 (invalid bytes are then
 * U+FFFD). A UTF-16 file (its byte-order mark, or a NUL after most characters) is an error:
 * nothing in it can be read. Any other U+FFFD is a warning at its line: the site would show
 * `�` where the author wrote something else. The check is on the text, not the bytes, so that a
 * file known from the cache gets the same message without being read again.
 */
export function encodingMessages(file: string, text: string): SigwikiMessage[] {
  if (isUtf16(text)) {
    return [
      new SigwikiMessage('The file is UTF-16; sigwiki reads UTF-8', {
        file,
        place: { line: 1, column: 1 },
        ruleId: 'file-encoding',
        hint: 'save it as UTF-8 (in most editors: "Save with encoding" → UTF-8)',
      }),
    ];
  }
  const at = text.indexOf('\uFFFD');
  if (at === -1) return [];
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  return [
    new SigwikiMessage('The file is not valid UTF-8 here: these bytes show as `�`', {
      file,
      place: { line, column: at - before.lastIndexOf('\n') },
      ruleId: 'file-encoding',
      severity: 'warning',
      hint: 'save the file as UTF-8, or retype the character',
    }),
  ];
}

function isUtf16(text: string): boolean {
  // FF FE or FE FF decoded as UTF-8 are two invalid bytes, two U+FFFD.
  if (text.startsWith('\uFFFD\uFFFD')) return true;
  // UTF-16 without a mark: ASCII text has a NUL byte beside each character.
  const sample = text.slice(0, 200);
  let nuls = 0;
  for (const char of sample) if (char === '\u0000') nuls++;
  return sample.length >= 4 && nuls * 3 >= sample.length;
}
