// Builds a Meeting from a parsed minutes file: people and venue resolved, actions created.
import { SigwikiMessage } from '../diagnostics/message.js';
import { didYouMean } from '../diagnostics/suggest.js';
import { daysBetween, isCalendarDay, longDate } from './days.js';
import { resolveActionLine } from './action-line.js';
import { renderInline } from './minutes-body.js';
import { placeOf, type MinutesRecord, type PersonKey } from './content-records.js';
import type { PeopleResolver } from './resolve-people.js';
import type { MeetingFrontMatter } from './schema/meeting.js';
import type { Repository } from './schema/site.js';
import { tableOfContents } from './table-of-contents.js';
import { meetingUrl, repositoryLinks } from './urls.js';
import type { Action, Group, Meeting } from './wiki.js';

/**
 * Creates the meeting and its actions (all open; closing happens once every meeting exists).
 * With `render: false` action texts are not rendered to HTML.
 */
export function buildMeeting(
  record: MinutesRecord & { frontMatter: MeetingFrontMatter },
  group: Group,
  resolver: PeopleResolver,
  repository: Repository | undefined,
  asOf: string,
  messages: SigwikiMessage[],
  options: { render: boolean } = { render: true },
): Meeting {
  const { frontMatter, path } = record;
  const refs = (key: PersonKey) =>
    resolver.resolve(frontMatter[key], path, (index) => placeOf(record, key, index), messages, `\`${key}\``);

  let venue = undefined;
  if (frontMatter.venue !== undefined) {
    venue = group.venues.find((candidate) => candidate.id === frontMatter.venue);
    if (!venue) {
      const known = group.venues.map((candidate) => candidate.id);
      messages.push(
        new SigwikiMessage(`Unknown venue \`${frontMatter.venue}\` for group ${group.id}`, {
          file: path,
          place: placeOf(record, 'venue'),
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
    slug: record.slug,
    date: frontMatter.date,
    title: frontMatter.title ?? `${group.name}, ${longDate(frontMatter.date)}`,
    ownTitle: frontMatter.title,
    file: path,
    url: meetingUrl(group.id, record.slug),
    ...repositoryLinks(repository, path),
    chair: refs('chair'),
    scribe: refs('scribe'),
    attendees: refs('attendees'),
    regrets: refs('regrets'),
    venue,
    html: '',
    headings: record.body.headings,
    toc: tableOfContents(record.body.headings),
    actions: [],
    closed: [],
    previous: undefined,
    next: undefined,
  };
  const idStem = `${group.actionPrefix}-${frontMatter.date.replaceAll('-', '')}${record.ordinal > 1 ? String.fromCharCode(96 + record.ordinal) : ''}`;
  meeting.actions = record.body.actions.map((found, index): Action => {
    const id = `${idStem}-${index + 1}`;
    const where = { line: found.line, column: 1 };
    const line = resolveActionLine(found, resolver.isPerson);
    const owners = line.ownersExplicit
      ? resolver.resolve(line.owners, path, () => where, messages, `the owners of ${id}`)
      : line.owners.flatMap((name) => resolver.resolve([name], path, () => where, messages, `the owners of ${id}`));
    if (line.text === '') {
      messages.push(
        new SigwikiMessage(`Action ${id} has no text`, { file: path, place: where, ruleId: 'action-empty', hint: 'write what is to be done after the colon' }),
      );
    }
    if (line.owners.length === 0) {
      messages.push(
        new SigwikiMessage(`Action ${id} has no owner`, {
          file: path,
          place: where,
          ruleId: 'action-unowned',
          severity: 'warning',
          hint: 'name who will do it: `ACTION <name>: <text>`',
        }),
      );
    }
    let due = line.due;
    if (due !== undefined && !isCalendarDay(due)) {
      messages.push(
        new SigwikiMessage(`Due date \`${due}\` of ${id} is not a YYYY-MM-DD day`, {
          file: path,
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
      line: found.line,
      owners,
      text: line.text,
      textHtml: options.render ? renderInline(line.text) : '',
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

