// Builds a Meeting from a parsed minutes file: people and venue resolved, actions created.
import { SigwikiMessage } from '../diagnostics/message.js';
import { didYouMean } from '../diagnostics/suggest.js';
import { daysBetween, longDate } from './days.js';
import { renderInline } from './minutes-body.js';
import type { MinutesDraft } from './parse-minutes.js';
import type { PeopleResolver } from './resolve-people.js';
import type { Repository } from './schema/site.js';
import { meetingUrl, repositoryLinks } from './urls.js';
import type { Action, Group, Meeting } from './wiki.js';
import { pointAtValue } from './yaml-source.js';

/** Creates the meeting and its actions (all open; closing happens once every meeting exists). */
export function buildMeeting(
  draft: MinutesDraft,
  group: Group,
  resolver: PeopleResolver,
  repository: Repository | undefined,
  asOf: string,
  messages: SigwikiMessage[],
): Meeting {
  const { frontMatter, source, file } = draft;
  const refs = (key: 'chair' | 'scribe' | 'attendees' | 'regrets') =>
    resolver.resolve(frontMatter[key], file.path, (index) => pointAtValue(source, [key, index]), messages, `\`${key}\``);

  let venue = undefined;
  if (frontMatter.venue !== undefined) {
    venue = group.venues.find((candidate) => candidate.id === frontMatter.venue);
    if (!venue) {
      const known = group.venues.map((candidate) => candidate.id);
      messages.push(
        new SigwikiMessage(`Unknown venue \`${frontMatter.venue}\` for group ${group.id}`, {
          file: file.path,
          place: pointAtValue(source, ['venue']),
          ruleId: 'venue-unknown',
          hint:
            didYouMean(frontMatter.venue, known) ??
            (known.length > 0 ? `the group's venues are: ${known.join(', ')}` : `define venues in ${group.file}`),
          actual: frontMatter.venue,
          expected: known,
        }),
      );
    }
  }

  const meeting: Meeting = {
    group,
    slug: draft.slug,
    date: frontMatter.date,
    title: frontMatter.title ?? `${group.name}, ${longDate(frontMatter.date)}`,
    ownTitle: frontMatter.title,
    file: file.path,
    url: meetingUrl(group.id, draft.slug),
    ...repositoryLinks(repository, file.path),
    chair: refs('chair'),
    scribe: refs('scribe'),
    attendees: refs('attendees'),
    regrets: refs('regrets'),
    venue,
    html: '',
    headings: draft.body.headings,
    actions: [],
    closed: [],
    previous: undefined,
    next: undefined,
  };
  const idStem = `${group.actionPrefix}-${frontMatter.date.replaceAll('-', '')}${draft.ordinal > 1 ? String.fromCharCode(96 + draft.ordinal) : ''}`;
  meeting.actions = draft.body.actions.map((line, index): Action => {
    const id = `${idStem}-${index + 1}`;
    const where = { line: line.line, column: 1 };
    const owners = line.ownersExplicit
      ? resolver.resolve(line.owners, file.path, () => where, messages, `the owners of ${id}`)
      : line.owners.flatMap((name) => resolver.resolve([name], file.path, () => where, messages, `the owners of ${id}`));
    if (line.text === '') {
      messages.push(
        new SigwikiMessage(`Action ${id} has no text`, { file: file.path, place: where, ruleId: 'action-empty', hint: 'write what is to be done after the colon' }),
      );
    }
    if (line.owners.length === 0) {
      messages.push(
        new SigwikiMessage(`Action ${id} has no owner`, {
          file: file.path,
          place: where,
          ruleId: 'action-unowned',
          severity: 'warning',
          hint: 'name who will do it: `ACTION <name>: <text>`',
        }),
      );
    }
    let due = line.due;
    if (due !== undefined && !isDay(due)) {
      messages.push(
        new SigwikiMessage(`Due date \`${due}\` of ${id} is not a YYYY-MM-DD day`, {
          file: file.path,
          place: where,
          ruleId: 'action-due-invalid',
          hint: 'write it as (due 2014-04-25)',
          actual: due,
        }),
      );
      due = undefined;
    }
    return {
      id,
      group,
      meeting,
      line: line.line,
      owners,
      text: line.text,
      textHtml: renderInline(line.text),
      due,
      status: 'open',
      closedBy: undefined,
      closeNote: undefined,
      ageDays: daysBetween(frontMatter.date, asOf),
      overdue: due !== undefined && due < asOf,
      url: `${meeting.url}#${id}`,
    };
  });
  return meeting;
}

function isDay(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(daysBetween(text, text));
}
