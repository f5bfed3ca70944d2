// Converts the plain-text minutes IRC MeetBot writes (#action, #agreed, #info, people present) into parsed minutes.

import type { ImportWarning, NameRef, ParsedMinutes } from './import-result.js';
import { meetbotAction, mentionedNicks } from './meetbot-action.js';
import { meetbotEntries, meetbotItemText, type MeetbotEntry, type MeetbotItemText } from './meetbot-entries.js';
import { meetbotSections, type MeetbotSection } from './meetbot-sections.js';
import { parseDateText } from './parse-date-text.js';
import { pickDate, type DateCandidate } from './pick-date.js';
import { escapeHeadingText, escapeInline, escapeLineStart } from './util-markdown-escape.js';
import { sourceLines } from './util-source-lines.js';

const BOT = /^(zodbot|meetbot|meetingology|centbot|ubottu|supybot|\w*bot)$/i;

/**
 * Reads MeetBot minutes. The title line (`#channel: name`) gives the title, "Meeting started by X"
 * the chair, the log address, title or file name the date, "People Present (lines said)" the
 * attendees (bots left out). In the body, topics become `###` headings, actions become
 * `ACTION owner: text` with owners from "Action Items, by person", agreed items `**AGREED:** ...`;
 * the "Action Items" lists stay as plain lists, so each action is counted once.
 */
export function fromMeetbot(text: string, fileName: string): ParsedMinutes {
  const parts = meetbotSections(sourceLines(text));
  const warnings: ImportWarning[] = [];
  const section = (name: RegExp) => parts.sections.find((s) => name.test(s.heading));
  const people = presentPeople(section(/^people present/i), warnings);
  const owners = ownersByAction(section(/^action items,? by person/i));
  const preamble = parts.preamble.map((l) => l.text.trim()).join(' ');
  const chair = /Meeting started by (\S+) at/.exec(preamble);
  const chairLine = parts.preamble.find((l) => l.text.includes('Meeting started by'))?.line ?? 1;

  const candidates: DateCandidate[] = [];
  const titleDate = parts.title && parseDateText(parts.title.text);
  if (titleDate) candidates.push({ date: titleDate.date, where: 'the title', line: parts.title!.line });
  const logDate = parseDateText(preamble);
  if (logDate) candidates.push({ date: logDate.date, where: 'the log address', line: chairLine });
  const picked = pickDate(candidates, fileName);
  if (people.length === 0) warnings.push({ ruleId: 'import-attendees-missing', message: 'no "People Present (lines said)" section found' });

  const counts = { agreed: 0, info: 0, links: 0 };
  const nicks = people.map((p) => p.text);
  const ownersOf = (action: string) => (owners ? (owners.get(normal(action)) ?? []) : mentionedNicks(action, nicks));
  const out: string[] = [];
  if (parts.title) out.push(escapeLineStart(parts.title.text.trim()), '');
  out.push(...paragraphs(meetbotEntries(parts.preamble)));
  for (const s of parts.sections) {
    out.push('', `## ${escapeHeadingText(s.heading)}`, '');
    const summary = /^meeting summary/i.test(s.heading);
    out.push(...renderSection(meetbotEntries(s.lines), summary, counts, ownersOf));
  }
  const title = parts.title?.text.trim().replace(/^#\S+?:?(\s+|$)/, '').trim();
  return {
    format: 'meetbot',
    ...(picked.date ? { date: picked.date } : {}),
    ...(title ? { title } : {}),
    chair: chair ? [{ text: chair[1]!, line: chairLine }] : [],
    scribe: [],
    attendees: people,
    regrets: [],
    body: out.join('\n').replace(/\n{3,}/g, '\n\n').trim() + '\n',
    counts,
    warnings: [...picked.warnings, ...warnings],
  };
}

function presentPeople(section: MeetbotSection | undefined, warnings: ImportWarning[]): NameRef[] {
  const people: NameRef[] = [];
  for (const entry of meetbotEntries(section?.lines ?? [])) {
    const nick = entry.kind === 'item' ? /^(\S+)\s+\(\d+\)$/.exec(entry.text)?.[1] : undefined;
    if (!nick || entry.kind !== 'item') continue;
    if (BOT.test(nick)) warnings.push({ ruleId: 'import-bot-skipped', line: entry.line, message: `"${nick}" looks like a bot; not listed as an attendee` });
    else people.push({ text: nick, line: entry.line });
  }
  return people;
}

// Maps each action's text (normalised) to the nicks MeetBot listed it under; undefined without the section.
function ownersByAction(section: MeetbotSection | undefined): Map<string, string[]> | undefined {
  if (!section) return undefined;
  const owners = new Map<string, string[]>();
  let person: string | undefined;
  for (const entry of meetbotEntries(section.lines)) {
    if (entry.kind !== 'item') continue;
    if (entry.indent === 0) person = /^\*\*UNASSIGNED\*\*$/.test(entry.text) ? undefined : entry.text;
    else if (person) owners.set(normal(entry.text), [...(owners.get(normal(entry.text)) ?? []), person]);
  }
  return owners;
}

function renderSection(entries: MeetbotEntry[], summary: boolean, counts: ParsedMinutes['counts'], ownersOf: (text: string) => string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    if (entry.kind !== 'item') {
      const run: MeetbotEntry[] = [entry];
      while (entries[i + 1] && entries[i + 1]!.kind !== 'item') run.push(entries[++i]!);
      // A text line right under a list item would be read as part of that item.
      if (entry.kind === 'text' && out.at(-1)?.trimStart().startsWith('- ')) out.push('');
      out.push(...paragraphs(run));
      continue;
    }
    const item = meetbotItemText(entry.text);
    if (summary && entry.indent === 0 && !item.label) {
      out.push('', `### ${escapeHeadingText(item.text)}`, '');
      if (item.attribution) out.push(item.attribution, '');
      continue;
    }
    const indent = summary ? '' : '  '.repeat(Math.floor(entry.indent / 2));
    const content = summary ? summaryItem(item, counts, ownersOf) : escapeLineStart(entry.text);
    out.push(`${indent}- ${content}`);
  }
  return out;
}

function summaryItem(item: MeetbotItemText, counts: ParsedMinutes['counts'], ownersOf: (text: string) => string[]): string {
  const by = item.attribution ? ` ${item.attribution}` : '';
  if (item.label === 'ACTION') return meetbotAction(item.text, ownersOf(item.text)) + by;
  if (item.label === 'AGREED' || item.label === 'ACCEPTED') counts.agreed++;
  else if (item.label === 'LINK') counts.links++;
  else counts.info++;
  if (item.label) return `**${item.label}:** ${escapeInline(item.text)}${by}`;
  // A plain #info that happens to start with "Action" must not turn into an action.
  return /^action\b/i.test(item.text) ? `**INFO:** ${escapeInline(item.text)}${by}` : escapeLineStart(item.text) + by;
}

// Text lines become paragraphs; MeetBot wraps them itself, so lines join softly. reST links
// (`MeetBot`_ and `.. _MeetBot: url`) become plain text.
function paragraphs(entries: MeetbotEntry[]): string[] {
  return entries.map((entry) => {
    if (entry.kind === 'blank') return '';
    const text = entry.text.replace(/`([^`]+)`_/g, '$1').replace(/^\.\. _`?([^`:]+?)`?:\s*(\S+)\s*$/, '$1: $2');
    return escapeLineStart(text);
  });
}

function normal(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}
