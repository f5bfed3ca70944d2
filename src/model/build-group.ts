// Builds a Group from its group.yaml: roles resolved to people, venues, description.
import { messageFromJson, SigwikiMessage } from '../diagnostics/message.js';
import { pointIn } from './content-records.js';
import { didYouMean, Suggester } from '../diagnostics/suggest.js';
import type { GroupFolder } from './content-files.js';
import { markdown } from './minutes-body.js';
import type { GroupFileRecord } from './parse-group-file.js';
import type { PeopleResolver } from './resolve-people.js';
import type { Site } from './schema/site.js';
import { MAX_ID_LENGTH } from './schema/common.js';
import { groupUrl } from './urls.js';
import type { Group } from './wiki.js';

/**
 * The group of a folder from its parsed group.yaml, or undefined (with messages) when the file
 * is missing or invalid. With `render: false` the description is not rendered to HTML.
 */
export function buildGroup(
  folder: GroupFolder,
  parsed: GroupFileRecord | undefined,
  site: Site,
  resolver: PeopleResolver,
  messages: SigwikiMessage[],
  options: { render: boolean } = { render: true },
): Group | undefined {
  if (!folder.groupFile || !parsed) {
    messages.push(
      new SigwikiMessage(`Group folder \`${folder.id}\` has no group.yaml`, {
        file: folder.path,
        ruleId: 'group-missing',
        hint: `create ${folder.path}/group.yaml with at least \`name:\``,
      }),
    );
    return undefined;
  }
  const file = folder.groupFile;
  if (!/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/.test(folder.id)) {
    messages.push(
      new SigwikiMessage(`Group folder name \`${folder.id}\` is not a valid id`, {
        file: file.path,
        ruleId: 'schema-invalid',
        hint: 'name group folders with lower-case letters, digits and single hyphens, e.g. centos-virt',
      }),
    );
    return undefined;
  }
  if (folder.id.length > MAX_ID_LENGTH) {
    messages.push(
      new SigwikiMessage(`Group folder name \`${folder.id.slice(0, 20)}…\` is ${folder.id.length} characters long`, {
        file: file.path,
        ruleId: 'schema-invalid',
        hint: `group ids name folders of the site: use at most ${MAX_ID_LENGTH} characters`,
      }),
    );
    return undefined;
  }
  const { value: record, places, messages: found } = parsed;
  messages.push(...found.map(messageFromJson));
  if (!record) return undefined;

  const roles = Object.entries(record.roles).map(([role, names]) => ({
    role,
    people: resolver.resolve(
      names,
      file.path,
      (index) => pointIn(places, `roles/${role}/${index}`),
      messages,
      `role \`${role}\``,
    ),
  }));
  const venueIds = new Set(Object.keys(record.venues));
  const venueSuggester = new Suggester(venueIds);
  for (const [index, schedule] of (record.cadence ?? []).entries()) {
    const named = [...schedule.venues, ...schedule.moved.map((move) => move.venue), ...schedule.dates.map((date) => date.venue)];
    for (const venue of named.filter((id): id is string => id !== undefined && !venueIds.has(id))) {
      messages.push(
        new SigwikiMessage(`The cadence names venue \`${venue}\`, which the group does not define`, {
          file: file.path,
          place: pointIn(places, `cadence/${index}`),
          ruleId: 'venue-unknown',
          hint: didYouMean(venue, venueSuggester) ?? `define it under \`venues:\`, or use one of: ${[...venueIds].join(', ') || 'none yet'}`,
          actual: venue,
          expected: [...venueIds],
        }),
      );
    }
  }
  return {
    id: folder.id,
    name: record.name,
    descriptionHtml: record.description && options.render ? markdown().render(record.description) : '',
    timeZone: record.timeZone ?? site.timeZone,
    actionPrefix: record.actionPrefix ?? folder.id,
    roles,
    venues: Object.entries(record.venues).map(([id, venue]) => ({ id, ...venue })),
    sections: record.sections ?? ['Agenda', 'Notes', 'Actions'],
    cadence: record.cadence,
    schedules: [],
    upcoming: [],
    soon: [],
    nextMeeting: undefined,
    nextMeetingZones: [],
    lastModified: folder.lastModified,
    file: file.path,
    url: groupUrl(folder.id),
    meetings: [],
    meetingsByYear: [],
    openActions: [],
  };
}
