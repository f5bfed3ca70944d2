// Reads sigwiki.yaml on its own.
import type { ContentFile } from './content-files.js';
import type { SiteFileRecord } from './content-records.js';
import { parseYamlFile } from './parse-yaml-file.js';
import { SiteSchema } from './schema/site.js';

export function parseSiteFile(file: ContentFile): SiteFileRecord {
  const parsed = parseYamlFile(file, SiteSchema, {
    type: 'map',
    description: 'a map of keys such as `title:`',
    hint: 'start with a line like "title: Our minutes", without a leading "- "',
  });
  return { value: parsed.value, messages: parsed.messages.map((message) => message.toJSON()) };
}
