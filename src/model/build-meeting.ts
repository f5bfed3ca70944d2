// Builds a Meeting from a parsed minutes file: people and venue resolved, actions created.
import { SigwikiMessage } from '../diagnostics/message.js';
import { didYouMean, Suggester } from '../diagnostics/suggest.js';
import { daysBetween, isCalendarDay, isSupportedDay, longDate, SUPPORTED_DAYS } from './days.js';
import { MAX_OWNERS, resolveActionLine } from './action-line.js';
import { renderInline } from './minutes-body.js';
import { placeOf, type MinutesRecord, type PersonKey } from './content-records.js';
import type { PeopleResolver } from './resolve-people.js';
import type { MeetingFrontMatter } from './schema/meeting.js';
import type { Repository } from './schema/site.js';
import { tableOfContents } from './table-of-contents.js';
import { meetingUrl, repositoryLinks } from './urls.js';
import type { Action, Group, Meeting } from './wiki.js';

/** A group's venues by id, and its "did you mean" over them: made once per group, not per minutes file. */
const venueIndexes = new WeakMap<Group, { byId: Map<string, Group['venues'][number]>; suggester: Suggester }>();

function venueIndex(group: Group) {
  let index = venueIndexes.get(group);
  if (!index) {
    index = { byId: new Map(group.venues.map((venue) => [venue.id, venue])), suggester: new Suggester(group.venues.map((venue) => venue.id)) };
    venueIndexes.set(group, index);
  }
  return index;
}

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
    venue = venueIndex(group).byId.get(frontMatter.venue);
    if (!venue) {
      // At most 20 listed: each message names them, and every minutes file may have one.
      const known = group.venues.slice(0, 20).map((candidate) => candidate.id);
      const more = group.venues.length > known.length ? ', …' : '';
      messages.push(
        new SigwikiMessage(`Unknown venue \`${frontMatter.venue}\` for group ${group.id}`, {
          file: path,
          place: placeOf(record, 'venue'),
          ruleId: 'venue-unknown',
          hint:
            didYouMean(frontMatter.venue, venueIndex(group).suggester) ??
            (known.length > 0 ? `the group's venues are: ${known.join(', ')}${more}` : `define venues in ${group.file}`),
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
  const idStem = `${group.actionPrefix}-${frontMatter.date.replaceAll('-', '')}${ordinalLetter(record.ordinal)}`;
  meeting.actions = record.body.actions.map((found, index): Action => {
    const id = `${idStem}-${index + 1}`;
    const where = { line: found.line, column: 1 };
    const line = resolveActionLine(found, resolver.isPerson);
    if (line.owners.length > MAX_OWNERS) {
      messages.push(
        new SigwikiMessage(`Action ${id} has ${line.owners.length} owners; at most ${MAX_OWNERS} are allowed`, {
          file: path,
          place: where,
          ruleId: 'action-owners-too-many',
          hint: 'name the few people who will do it, or split it into several actions',
        }),
      );
    }
    const names = line.owners.slice(0, MAX_OWNERS);
    const named = line.ownersExplicit
      ? resolver.resolve(names, path, () => where, messages, `the owners of ${id}`)
      : names.flatMap((name) => resolver.resolve([name], path, () => where, messages, `the owners of ${id}`));
    // Two names of one person (`Amir and amir`, an id and an alias) make one owner.
    const owners = [...new Set(named)];
    if (line.text === '') {
      messages.push(
        new SigwikiMessage(`Action ${id} has no text`, { file: path, place: where, ruleId: 'action-empty', hint: 'write what is to be done after the colon' }),
      );
    }
    // Without people.yaml no owner can be recognised: the warning would blame every action.
    if (line.owners.length === 0 && resolver.knowsPeople) {
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
    if (due !== undefined && !isSupportedDay(due)) {
      const real = isCalendarDay(due);
      messages.push(
        new SigwikiMessage(real ? `Due date \`${due}\` of ${id} is outside the days sigwiki supports` : `Due date \`${due}\` of ${id} is not a YYYY-MM-DD day`, {
          file: path,
          place: where,
          ruleId: real ? 'date-out-of-range' : 'action-due-invalid',
          hint: real ? `due dates run from ${SUPPORTED_DAYS.first} to ${SUPPORTED_DAYS.last}; check the year` : 'write it as (due 2014-04-25)',
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


/**
 * The letter the second and later meetings of a day add to their action ids: none for the first,
 * `b` to `z` for `-2.md` to `-26.md`. parseMinutes refuses other ordinals, so any other is a bug.
 */
function ordinalLetter(ordinal: number): string {
  if (ordinal === 1) return '';
  const letter = 'abcdefghijklmnopqrstuvwxyz'[ordinal - 1];
  if (letter === undefined || !Number.isInteger(ordinal)) throw new Error(`meeting ordinal ${ordinal} has no letter`);
  return letter;
}
