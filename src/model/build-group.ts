// Builds a Group from its group.yaml: roles resolved to people, venues, description.
import { SigwikiMessage } from '../diagnostics/message.js';
import { didYouMean } from '../diagnostics/suggest.js';
import type { GroupFolder } from './content-files.js';
import { markdown } from './minutes-body.js';
import { parseYamlFile } from './parse-yaml-file.js';
import type { PeopleResolver } from './resolve-people.js';
import { GroupSchema } from './schema/group.js';
import type { Site } from './schema/site.js';
import { groupUrl } from './urls.js';
import type { Group } from './wiki.js';
import { pointAtValue } from './yaml-source.js';

/** The group of a folder, or undefined (with messages) when group.yaml is missing or invalid. */
export function buildGroup(folder: GroupFolder, site: Site, resolver: PeopleResolver, messages: SigwikiMessage[]): Group | undefined {
  if (!folder.groupFile) {
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
  const parsed = parseYamlFile(file, GroupSchema);
  messages.push(...parsed.messages);
  const record = parsed.value;
  if (!record) return undefined;

  const roles = Object.entries(record.roles).map(([role, names]) => ({
    role,
    people: resolver.resolve(
      names,
      file.path,
      // A single name has no index: the lookup then stops at the name itself.
      (index) => pointAtValue(parsed.source, ['roles', role, index]),
      messages,
      `role \`${role}\``,
    ),
  }));
  const venueIds = new Set(Object.keys(record.venues));
  for (const [index, schedule] of (record.cadence ?? []).entries()) {
    const named = [...schedule.venues, ...schedule.moved.map((move) => move.venue), ...schedule.dates.map((date) => date.venue)];
    for (const venue of named.filter((id): id is string => id !== undefined && !venueIds.has(id))) {
      messages.push(
        new SigwikiMessage(`The cadence names venue \`${venue}\`, which the group does not define`, {
          file: file.path,
          place: pointAtValue(parsed.source, ['cadence', index]),
          ruleId: 'venue-unknown',
          hint: didYouMean(venue, venueIds) ?? `define it under \`venues:\`, or use one of: ${[...venueIds].join(', ') || 'none yet'}`,
          actual: venue,
          expected: [...venueIds],
        }),
      );
    }
  }
  return {
    id: folder.id,
    name: record.name,
    descriptionHtml: record.description ? markdown().render(record.description) : '',
    timeZone: record.timeZone ?? site.timeZone,
    actionPrefix: record.actionPrefix ?? folder.id,
    roles,
    venues: Object.entries(record.venues).map(([id, venue]) => ({ id, ...venue })),
    sections: record.sections ?? ['Agenda', 'Notes', 'Actions'],
    cadence: record.cadence,
    schedules: [],
    upcoming: [],
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
