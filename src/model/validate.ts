// Validates a parsed YAML value against a zod schema and maps each issue back to its line.
import { z } from 'zod';
import { SigwikiMessage } from '../diagnostics/message.js';
import { didYouMean } from '../diagnostics/suggest.js';
import { pointAtKey, pointAtValue, type ValuePath, type YamlSource } from './yaml-source.js';

/**
 * Runs `schema` over `value`. Unknown keys become `schema-unknown-key` (with a "did you mean"
 * drawn from the keys the schema knows), everything else `schema-invalid`; each points at the
 * offending key or value in the YAML source.
 */
export function validate<S extends z.ZodType>(
  schema: S,
  value: unknown,
  source: YamlSource,
): { value: z.output<S> | undefined; messages: SigwikiMessage[] } {
  // zod skips a `__proto__` key (assigning it would set the prototype), so such a role or venue
  // would vanish without a word: it is refused instead.
  const protoKeys = protoKeyPaths(value).map(
    (path) =>
      new SigwikiMessage(`\`__proto__\` cannot be a key${describePath(path.slice(0, -1), ' in ')}`, {
        file: source.file,
        place: pointAtKey(source, path),
        ruleId: 'schema-invalid',
        hint: 'choose another name',
      }),
  );
  // reportInput: zod 4 leaves `issue.input` out otherwise, and a wrong type would read as a missing key.
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success && protoKeys.length === 0) return { value: result.data, messages: [] };
  const messages = [...protoKeys, ...(result.error?.issues ?? []).flatMap((issue) => issueMessages(schema, issue, source, value))];
  return { value: undefined, messages };
}

/** The paths of every own `__proto__` key in a parsed YAML value (which has no cycles). */
function protoKeyPaths(value: unknown): ValuePath[] {
  const found: ValuePath[] = [];
  const stack: [unknown, ValuePath][] = [[value, []]];
  while (stack.length > 0) {
    const [current, path] = stack.pop()!;
    if (typeof current !== 'object' || current === null || ArrayBuffer.isView(current)) continue;
    if (Array.isArray(current)) {
      current.forEach((child, index) => stack.push([child, [...path, index]]));
      continue;
    }
    if (Object.hasOwn(current, '__proto__')) found.push([...path, '__proto__']);
    for (const [key, child] of Object.entries(current)) stack.push([child, [...path, key]]);
  }
  return found;
}

function issueMessages(schema: z.ZodType, issue: z.core.$ZodIssue, source: YamlSource, value: unknown): SigwikiMessage[] {
  const file = source.file;
  if (issue.code === 'unrecognized_keys') {
    const known = knownKeys(schema, issue.path);
    return issue.keys.map((key) => {
      const path = [...issue.path, key];
      return new SigwikiMessage(`Unknown key \`${shown(key)}\`${describePath(issue.path, ' in ')}`, {
        file,
        place: pointAtKey(source, path),
        ruleId: 'schema-unknown-key',
        hint: didYouMean(key, known) ?? (known.length > 0 ? `known keys: ${known.join(', ')}` : undefined),
        actual: key,
        expected: known,
      });
    });
  }
  if (issue.code === 'invalid_key') {
    // A key of a record (a role name, a venue id) that its own schema refuses: say why.
    const why = issue.issues.map((inner) => inner.message).join('; ');
    return [
      new SigwikiMessage(`\`${describePath(issue.path, '')}\`: ${why}`, {
        file,
        place: pointAtKey(source, issue.path),
        ruleId: 'schema-invalid',
      }),
    ];
  }
  // zod 4 leaves `issue.input` out, so whether the key is there is read from the value itself.
  const found = valueAt(value, issue.path);
  const missing = issue.code === 'invalid_type' && !found.present;
  const where = describePath(issue.path, '');
  const reason = missing
    ? `Missing required key \`${where}\``
    : issue.code === 'invalid_type'
      ? `${where ? `\`${where}\`` : 'The value'} must be ${typeWord(issue.expected)}, not ${kindOf(found.value)}`
      : `${where ? `\`${where}\`: ` : ''}${issue.message}`;
  return [
    new SigwikiMessage(reason, {
      file,
      place: missing ? pointAtValue(source, issue.path.slice(0, -1)) : pointAtValue(source, issue.path),
      ruleId: 'schema-invalid',
      hint: missing ? `add \`${String(issue.path.at(-1))}:\`` : undefined,
    }),
  ];
}

/** The value at `path` in `value`, and whether there is one (a key set to null is there). */
function valueAt(value: unknown, path: ValuePath): { present: boolean; value: unknown } {
  let current = value;
  for (const step of path) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, step)) return { present: false, value: undefined };
    current = (current as Record<PropertyKey, unknown>)[step];
  }
  return { present: true, value: current };
}

const TYPE_WORDS: Record<string, string> = { string: 'text', number: 'a number', boolean: 'true or false', array: 'a list', object: 'a map of keys' };

function typeWord(expected: string): string {
  return TYPE_WORDS[expected] ?? expected;
}

/**
 * What a YAML value is, in the words of the messages: `title: !!binary ...` is binary data,
 * not a missing title.
 */
export function kindOf(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Uint8Array) return 'binary data';
  if (value instanceof Map || value instanceof Set) return 'a map';
  if (typeof value === 'object') return 'a map of keys';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'boolean') return `\`${String(value)}\``;
  if (typeof value === 'number' || typeof value === 'bigint') return `the number ${String(value)}`;
  return typeof value;
}

/**
 * A key as messages show it: control characters as `\\u0001`, and cut to 40 characters, since
 * messages go to terminals and a key may be anything a file says.
 */
function shown(key: string): string {
  const escaped = key.replace(/[\u0000-\u001F\u007F-\u009F]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return escaped.length > 40 ? `${escaped.slice(0, 40)}…` : escaped;
}

/** `attendees[2]`-style rendering of a value path. */
export function describePath(path: ValuePath, prefix: string): string {
  if (path.length === 0) return '';
  const text = path
    .map((step, index) => (typeof step === 'number' ? `[${step}]` : `${index === 0 ? '' : '.'}${shown(String(step))}`))
    .join('');
  return `${prefix}${text}`;
}

/** The keys an object schema accepts at `path`, found by walking the schema definition. */
export function knownKeys(schema: z.ZodType, path: ValuePath): string[] {
  let current: z.ZodType | undefined = schema;
  for (const step of path) {
    current = current && childSchema(current, step);
  }
  const object = current && unwrap(current);
  return object instanceof z.ZodObject ? Object.keys(object.shape) : [];
}

function childSchema(schema: z.ZodType, step: PropertyKey): z.ZodType | undefined {
  const inner = unwrap(schema);
  if (inner instanceof z.ZodObject) return inner.shape[String(step)] as z.ZodType | undefined;
  if (inner instanceof z.ZodArray) return inner.element as z.ZodType;
  if (inner instanceof z.ZodRecord) return inner.valueType as z.ZodType;
  if (inner instanceof z.ZodUnion) {
    for (const option of inner.options as z.ZodType[]) {
      const child = childSchema(option, step);
      if (child) return child;
    }
  }
  return undefined;
}

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    if (current instanceof z.ZodOptional || current instanceof z.ZodNullable || current instanceof z.ZodDefault) {
      current = current.unwrap() as z.ZodType;
    } else if (current instanceof z.ZodPipe) {
      current = current.in as z.ZodType;
    } else if (current instanceof z.ZodUnion) {
      const object = (current.options as z.ZodType[]).map(unwrap).find((option) => option instanceof z.ZodObject);
      return object ?? current;
    } else {
      return current;
    }
  }
}
