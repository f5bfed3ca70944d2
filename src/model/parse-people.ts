// Reads people.yaml and checks that ids are unique and no alias names two people.
import { SigwikiMessage, type MessageJson } from '../diagnostics/message.js';
import type { ContentFile } from './content-files.js';
import { parseYamlFile } from './parse-yaml-file.js';
import { nameKey } from './people-index.js';
import { PeopleSchema, type PersonRecord } from './schema/person.js';
import { pointAtValue } from './yaml-source.js';

/** people.yaml read: plain data, like a minutes record, so that it can be cached by content. */
export interface PeopleRecord {
  people: PersonRecord[];
  messages: MessageJson[];
  /** True when people.yaml could not be parsed or validated, so that no one is known. */
  failed: boolean;
}

/** The people of the wiki, or an empty list with messages when people.yaml is broken. */
export function parsePeople(file: ContentFile | undefined): PeopleRecord {
  if (!file) return { people: [], messages: [], failed: false };
  const parsed = parseYamlFile(file, PeopleSchema, {
    type: 'list',
    description: 'a list of people',
    hint: 'write each person as a list item: "- id: lars-kurth" then "  name: Lars Kurth"',
  });
  const people = parsed.value ?? [];
  const messages = [...parsed.messages];
  const firstById = new Map<string, number>();
  const ownerOfName = new Map<string, { id: string; index: number }>();

  people.forEach((person, index) => {
    const earlier = firstById.get(person.id);
    if (earlier !== undefined) {
      messages.push(
        new SigwikiMessage(`Person id \`${person.id}\` is used twice`, {
          file: file.path,
          place: pointAtValue(parsed.source, [index, 'id']),
          ruleId: 'person-duplicate',
          hint: `the first is at line ${pointAtValue(parsed.source, [earlier, 'id']).line}; give each person one entry`,
        }),
      );
      return;
    }
    firstById.set(person.id, index);
    const names: [string, (string | number)[]][] = [
      [person.id, [index, 'id']],
      [person.name, [index, 'name']],
      ...person.aliases.map((alias, aliasIndex): [string, (string | number)[]] => [alias, [index, 'aliases', aliasIndex]]),
    ];
    for (const [name, path] of names) {
      const owner = ownerOfName.get(nameKey(name));
      if (owner && owner.id !== person.id) {
        messages.push(
          new SigwikiMessage(`\`${name}\` names both \`${owner.id}\` and \`${person.id}\``, {
            file: file.path,
            place: pointAtValue(parsed.source, path),
            ruleId: 'alias-ambiguous',
            hint: 'an alias must belong to one person; use a longer alias such as a nick or full name',
          }),
        );
      } else {
        ownerOfName.set(nameKey(name), { id: person.id, index });
      }
    }
  });
  const unique = people.filter((person, index) => firstById.get(person.id) === index);
  return { people: unique, messages: messages.map((message) => message.toJSON()), failed: parsed.value === undefined };
}
