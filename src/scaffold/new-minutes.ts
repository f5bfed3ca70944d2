// Scaffolds the next minutes of a group: front matter from roles and the last meeting, sections, open actions.
import { Document } from 'yaml';
import type { Group, Person } from '../model/wiki.js';

/** What the minute-taker has decided before the meeting. */
export interface NewMinutesOptions {
  /** `YYYY-MM-DD` in the group's time zone. */
  date: string;
  /** Venue id of the group, if known (e.g. from the cadence). */
  venue?: string | undefined;
}

const REVIEW_HEADING = 'Review of open actions';
const CHAIR_ROLES = ['chair', 'chairs', 'lead', 'host'];
const SCRIBE_ROLES = ['scribe', 'secretary', 'minutes', 'minute-taker', 'notes'];

/**
 * The text of a new minutes file for `group`: chair and scribe from the group's roles,
 * attendees from its latest meeting that lists any (one per line, to prune), its usual section headings, and a
 * "Review of open actions" section listing every open action as `- [ ] <id> ...`, which closes
 * the action when ticked. The file passes `sigwiki check` as written.
 */
export function newMinutes(group: Group, options: NewMinutesOptions): string {
  // The latest meeting that recorded who came: short notes often list nobody.
  const latest = group.meetings.findLast((meeting) => meeting.attendees.length + meeting.chair.length + meeting.scribe.length > 0);
  const frontMatter: Record<string, unknown> = { date: options.date };
  const chair = holders(group, CHAIR_ROLES);
  const scribe = holders(group, SCRIBE_ROLES);
  if (chair.length > 0) frontMatter['chair'] = oneOrList(ids(chair));
  if (scribe.length > 0) frontMatter['scribe'] = oneOrList(ids(scribe));
  frontMatter['attendees'] = ids(latest ? [...latest.chair, ...latest.scribe, ...latest.attendees].filter(unique) : [...chair, ...scribe].filter(unique));
  if (options.venue) frontMatter['venue'] = options.venue;

  const review = group.openActions.map((action) => {
    const owners = action.owners.length > 0 ? `${action.owners.map((person) => person.name).join(', ')}: ` : '';
    return `- [ ] ${action.id} ${owners}${oneLine(action.text)}`;
  });
  const sections = group.sections.some(isReview) ? group.sections : [REVIEW_HEADING, ...group.sections];
  const body = sections
    .map((heading) => {
      if (!isReview(heading)) return `## ${heading}\n`;
      const list = review.length > 0 ? review.join('\n') : 'No open actions.';
      return `## ${heading}\n\nTick an action (\`- [x]\`) when it is done, or write \`DROPPED <id>\` to drop it.\n\n${list}\n`;
    })
    .join('\n');

  const yaml = new Document(frontMatter, { version: '1.2' }).toString({ lineWidth: 0 });
  return `---\n${yaml}---\n\n${body}`;
}

function holders(group: Group, roles: readonly string[]): Person[] {
  return group.roles.filter((role) => roles.includes(role.role.toLowerCase())).flatMap((role) => role.people).filter(unique);
}

function ids(people: readonly Person[]): string[] {
  return people.map((person) => person.id);
}

function oneOrList(values: string[]): string | string[] {
  return values.length === 1 ? values[0]! : values;
}

function unique<T>(value: T, index: number, all: readonly T[]): boolean {
  return all.indexOf(value) === index;
}

function isReview(heading: string): boolean {
  return /review/i.test(heading) && /action/i.test(heading);
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
