// Parses and validates one YAML file of the content folder.
import type { z } from 'zod';
import { SigwikiMessage } from '../diagnostics/message.js';
import type { ContentFile } from './content-files.js';
import { encodingMessages } from './encoding.js';
import { kindOf, validate } from './validate.js';
import { parseYaml, pointAtValue, type YamlSource } from './yaml-source.js';

/** A validated YAML file: its value (undefined when invalid), source positions and messages. */
export interface ParsedYamlFile<T> {
  value: T | undefined;
  source: YamlSource;
  messages: SigwikiMessage[];
}

/**
 * The top-level shape a file must have, said the way its message says it: `people.yaml must be
 * a list of people`. An empty file reads as an empty list or map.
 */
export interface YamlShape {
  type: 'list' | 'map';
  /** What must have the shape; default the file's name. */
  subject?: string;
  /** What the file is a list or map of, e.g. `a list of people`. */
  description: string;
  /** How to write it, e.g. `start each person with "- id: ..."`. */
  hint: string;
}

/** Parses `file` as YAML of `shape` and validates it against `schema`. */
export function parseYamlFile<S extends z.ZodType>(file: ContentFile, schema: S, shape: YamlShape): ParsedYamlFile<z.output<S>> {
  const encoding = encodingMessages(file.path, file.text);
  const parsed = parseYaml(file.path, file.text);
  const fatal = encoding.find((message) => message.severity === 'error');
  if (fatal) return { value: undefined, source: parsed.source, messages: [fatal] };
  if (parsed.messages.length > 0) return { value: undefined, source: parsed.source, messages: [...encoding, ...parsed.messages] };
  const value = parsed.value ?? (shape.type === 'list' ? [] : {});
  const wrongShape = shapeMessage(file.path, value, parsed.source, shape);
  if (wrongShape) return { value: undefined, source: parsed.source, messages: [...encoding, wrongShape] };
  const checked = validate(schema, value, parsed.source);
  return { value: checked.value, source: parsed.source, messages: [...encoding, ...checked.messages] };
}

/** A `yaml-shape` message when `value` is not the list or map `shape` asks for. */
export function shapeMessage(file: string, value: unknown, source: YamlSource, shape: YamlShape): SigwikiMessage | undefined {
  const isList = Array.isArray(value);
  const isMap = typeof value === 'object' && value !== null && !isList && !(value instanceof Uint8Array);
  if (shape.type === 'list' ? isList : isMap) return undefined;
  const subject = shape.subject ?? file.slice(file.lastIndexOf('/') + 1);
  return new SigwikiMessage(`${subject} must be ${shape.description}, not ${kindOf(value)}`, {
    file,
    place: pointAtValue(source, []),
    ruleId: 'yaml-shape',
    hint: shape.hint,
  });
}
