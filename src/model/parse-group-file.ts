// Reads one group.yaml on its own, before its role holders are looked up in people.yaml.
import type { MessageJson } from '../diagnostics/message.js';
import { toPlace, type Places } from './content-records.js';
import type { ContentFile } from './content-files.js';
import { parseYamlFile } from './parse-yaml-file.js';
import { GroupSchema, type GroupRecord } from './schema/group.js';
import { pointAtValue } from './yaml-source.js';

/**
 * A group.yaml read on its own. Plain data only, like a minutes record, so that it can be cached
 * by the file's content: parsing YAML with positions is slow (2,000 people took 0.3 s).
 */
export interface GroupFileRecord {
  path: string;
  /** Undefined when the file is broken or invalid. */
  value: GroupRecord | undefined;
  /** Where each role holder (`roles/<role>/<index>`) and each schedule (`cadence/<index>`) is written. */
  places: Places;
  messages: MessageJson[];
}

/** Parses and validates a group.yaml. */
export function parseGroupFile(file: ContentFile): GroupFileRecord {
  const parsed = parseYamlFile(file, GroupSchema, {
    type: 'map',
    description: 'a map of keys such as `name:`',
    hint: 'start with a line like "name: CentOS Virtualization SIG", without a leading "- "',
  });
  const places: Record<string, [number, number]> = {};
  const value = parsed.value;
  for (const [role, names] of Object.entries(value?.roles ?? {})) {
    // A single name has no index: the lookup then stops at the name itself.
    names.forEach((_, index) => (places[`roles/${role}/${index}`] = toPlace(pointAtValue(parsed.source, ['roles', role, index]))));
  }
  (value?.cadence ?? []).forEach((_, index) => (places[`cadence/${index}`] = toPlace(pointAtValue(parsed.source, ['cadence', index]))));
  return { path: file.path, value, places, messages: parsed.messages.map((message) => message.toJSON()) };
}
