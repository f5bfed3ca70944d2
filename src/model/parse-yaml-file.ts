// Parses and validates one YAML file of the content folder.
import type { z } from 'zod';
import type { SigwikiMessage } from '../diagnostics/message.js';
import type { ContentFile } from './content-files.js';
import { validate } from './validate.js';
import { parseYaml, type YamlSource } from './yaml-source.js';

/** A validated YAML file: its value (undefined when invalid), source positions and messages. */
export interface ParsedYamlFile<T> {
  value: T | undefined;
  source: YamlSource;
  messages: SigwikiMessage[];
}

/** Parses `file` as YAML and validates it against `schema`. */
export function parseYamlFile<S extends z.ZodType>(file: ContentFile, schema: S): ParsedYamlFile<z.output<S>> {
  const parsed = parseYaml(file.path, file.text);
  if (parsed.messages.length > 0) return { value: undefined, source: parsed.source, messages: parsed.messages };
  const checked = validate(schema, parsed.value ?? {}, parsed.source);
  return { value: checked.value, source: parsed.source, messages: checked.messages };
}
