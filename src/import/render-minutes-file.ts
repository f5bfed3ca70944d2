// Writes a minutes file: YAML front matter (date, title, people) followed by the Markdown body.

import { Document, isMap, isSeq } from 'yaml';

/** The parts of a minutes file; `ImportResult` fits once its date is known. People are ids, names or aliases. */
export interface MinutesFileData {
  /** YYYY-MM-DD; must equal the date in the file name. */
  date: string;
  title?: string | undefined;
  chair?: string[];
  scribe?: string[];
  attendees?: string[];
  regrets?: string[];
  venue?: string | undefined;
  body: string;
}

const FLOW_WIDTH = 90;

/**
 * Renders `---`, the front matter, `---`, a blank line and the body (ending in one newline). Keys
 * come in the order of docs/content-format.md; empty lists and missing values are left out; one
 * chair or scribe is written as a single value. Lists are written inline (`[a, b]`) when that fits
 * on one line and as a block list otherwise. Values are quoted by the `yaml` package as needed,
 * so they parse back (YAML 1.2) to exactly what was given.
 */
export function renderMinutesFile(minutes: MinutesFileData): string {
  const data: Record<string, unknown> = { date: minutes.date };
  if (minutes.title !== undefined && minutes.title !== '') data['title'] = minutes.title;
  for (const key of ['chair', 'scribe'] as const) {
    const people = minutes[key] ?? [];
    if (people.length > 0) data[key] = people.length === 1 ? people[0] : people;
  }
  for (const key of ['attendees', 'regrets'] as const) {
    if ((minutes[key] ?? []).length > 0) data[key] = minutes[key];
  }
  if (minutes.venue !== undefined && minutes.venue !== '') data['venue'] = minutes.venue;
  const doc = new Document(data, { version: '1.2' });
  for (const pair of isMap(doc.contents) ? doc.contents.items : []) {
    if (!isSeq(pair.value)) continue;
    pair.value.flow = true;
    const line = doc.toString({ lineWidth: 0 }).split('\n').find((l) => l.startsWith(`${String(pair.key)}:`)) ?? '';
    if (line.length > FLOW_WIDTH) pair.value.flow = false;
  }
  const frontMatter = doc.toString({ lineWidth: 0 });
  const body = minutes.body.replace(/^\s*\n/, '').trimEnd();
  return `---\n${frontMatter}---\n\n${body === '' ? '' : body + '\n'}`;
}
