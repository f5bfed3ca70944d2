// Reads the header of a mailing-list post: subject with its [List] tag, date line and author line.

import { parseDateText } from './parse-date-text.js';
import { isBlank, type SourceLine } from './util-source-lines.js';

/** The header fields of a post and the lines they came from. */
export interface MailHeader {
  /** The list tag without brackets, e.g. `CentOS-virt`. */
  listTag?: string;
  /** The subject without the list tag or `Re:`. */
  subject?: string;
  date?: { date: string; line: number };
  author?: { name: string; address?: string; line: number };
  /** Header lines as Markdown-ready labelled text (`Subject: ...`), one per source line. */
  lines: { label: string; text: string; line: number }[];
  /** Index (0-based, into the given lines) of the first line after the header. */
  end: number;
}

const WEEKDAY_DATE = /^\s*(mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+\S.*\d{4}\b/i;

/**
 * Reads header lines from the top of a post, in any order, until the first line that is not one:
 * `[List] Subject` (first line only), `Subject:`, `Date:` or a bare date line such as
 * `Fri Apr 11 14:07:05 UTC 2014`, `From:` or a bare `Name <address>` line. Addresses written
 * `user at host` (as list archives do) are turned back into `user@host`.
 */
export function mailHeader(lines: SourceLine[]): MailHeader {
  const header: MailHeader = { lines: [], end: 0 };
  let i = 0;
  while (i < lines.length && isBlank(lines[i]!.text)) i++;
  for (; i < lines.length; i++) {
    const { text, line } = lines[i]!;
    const trimmed = text.trim();
    if (trimmed === '') continue;
    const field = /^(subject|date|from|sent|to|cc)\s*:\s*(.*)$/i.exec(trimmed);
    const name = field?.[1]!.toLowerCase();
    if (header.lines.length === 0 && !field && /^\[[^\]]+\]\s*\S/.test(trimmed)) setSubject(header, trimmed, { label: 'Subject: ', text: trimmed, line });
    else if (name === 'subject') setSubject(header, field![2]!, { label: '', text: trimmed, line });
    else if (name === 'date' || name === 'sent' || (!field && !header.date && WEEKDAY_DATE.test(trimmed))) {
      const found = parseDateText(trimmed);
      if (found && !header.date) header.date = { date: found.date, line };
      header.lines.push({ label: field ? '' : 'Date: ', text: trimmed, line });
    } else if (name === 'from' || (!field && !header.author && /^[^<>:]+<[^<>]+>$/.test(trimmed))) {
      const from = /^(.*?)\s*<([^<>]+)>$/.exec(field ? field[2]!.trim() : trimmed);
      const address = from ? from[2]!.replace(/\s+at\s+/, '@').trim() : undefined;
      const person = (from ? from[1]! : field![2]!).replace(/^"|"$/g, '').trim();
      if (person !== '') header.author = { name: person, line, ...(address ? { address } : {}) };
      header.lines.push({ label: field ? '' : 'From: ', text: trimmed, line });
    } else if (name === 'to' || name === 'cc') header.lines.push({ label: '', text: trimmed, line });
    else break;
  }
  header.end = header.lines.length === 0 ? 0 : i;
  return header;
}

function setSubject(header: MailHeader, text: string, source: MailHeader['lines'][number]): void {
  const tagged = /^(?:(?:re|fwd?|aw)\s*:\s*)*\[([^\]]+)\]\s*(.*)$/i.exec(text.trim());
  if (tagged) header.listTag = tagged[1]!.trim();
  const subject = (tagged ? tagged[2]! : text).replace(/^((re|fwd?|aw)\s*:\s*)+/i, '').trim();
  if (subject !== '') header.subject = subject;
  header.lines.push(source);
}
