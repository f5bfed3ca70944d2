// Tells which kind of old minutes a file holds: a mailing-list post, Markdown notes or MeetBot minutes.

import type { MinutesFormat } from './import-result.js';

/**
 * Detects the format from the text, then the file name. MeetBot minutes are recognised by
 * "Meeting started by X at HH:MM" or their "People Present (lines said)" / "Meeting summary"
 * sections; a post by a `[List] Subject` first line or mail header lines; otherwise `.md` and
 * `.markdown` files are Markdown notes and everything else is treated as a plain-text post.
 */
export function detectFormat(text: string, fileName: string): MinutesFormat {
  if (/^Meeting started by \S+ at \d{1,2}:\d{2}/m.test(text)) return 'meetbot';
  if (/^(People Present \(lines said\)|Meeting summary)\s*\n-{3,}/im.test(text)) return 'meetbot';
  const head = text.replace(/^\s+/, '').split(/\r?\n/, 8);
  if (/^\[[^\]]+\]\s*\S/.test(head[0] ?? '')) return 'mailing-list';
  if (head.filter((line) => /^(From|Subject|Date):\s/.test(line)).length >= 2) return 'mailing-list';
  if (/\.(md|markdown|mdown)$/i.test(fileName)) return 'markdown-notes';
  if (/^#{1,6}\s/m.test(text) && !/^\s*=+[^=\n]+=+\s*$/m.test(text)) return 'markdown-notes';
  return 'mailing-list';
}
