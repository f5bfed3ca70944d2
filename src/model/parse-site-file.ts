// Reads sigwiki.yaml on its own.
import type { ContentFile } from './content-files.js';
import type { SiteFileRecord } from './content-records.js';
import { parseYamlFile } from './parse-yaml-file.js';
import { SiteSchema } from './schema/site.js';

export function parseSiteFile(file: ContentFile): SiteFileRecord {
  const parsed = parseYamlFile(file, SiteSchema);
  return { value: parsed.value, messages: parsed.messages.map((message) => message.toJSON()) };
}
