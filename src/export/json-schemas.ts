// The JSON Schemas editors read for sigwiki.yaml, people.yaml, group.yaml and minutes front matter.
import { z } from 'zod';
import { writtenFormOf } from '../calendar/util-written-form.js';
import { GroupSchema } from '../model/schema/group.js';
import { MeetingFrontMatterSchema } from '../model/schema/meeting.js';
import { PeopleSchema } from '../model/schema/person.js';
import { SiteSchema } from '../model/schema/site.js';

/** A JSON Schema document, as plain data ready for `JSON.stringify`. */
export type JsonSchema = z.core.JSONSchema.BaseSchema;

/** One schema file of the package's `schemas/` folder. */
export interface JsonSchemaFile {
  /** File name inside `schemas/`, e.g. `group.schema.json`. */
  fileName: string;
  schema: JsonSchema;
}

/** Which zod schema describes which file, and the title an editor shows for it. */
const FILES: { fileName: string; title: string; description: string; zod: z.ZodType }[] = [
  { fileName: 'sigwiki.schema.json', title: 'sigwiki.yaml', description: 'The site as a whole: content/sigwiki.yaml of a sigwiki wiki.', zod: SiteSchema },
  {
    fileName: 'people.schema.json',
    title: 'people.yaml',
    description: 'Everyone who appears in minutes: content/people.yaml of a sigwiki wiki, a list of people.',
    // An empty people.yaml (YAML null) is read as no people yet.
    zod: PeopleSchema.nullable(),
  },
  {
    fileName: 'group.schema.json',
    title: 'group.yaml',
    description: 'One group: content/groups/<group-id>/group.yaml of a sigwiki wiki.',
    zod: GroupSchema,
  },
  {
    fileName: 'minutes.schema.json',
    title: 'Minutes front matter',
    description: 'The YAML between the --- lines at the top of content/groups/<group-id>/<YYYY-MM-DD>.md.',
    zod: MeetingFrontMatterSchema,
  },
];

/**
 * draft-07 because it is what editors' YAML support (yaml-language-server, used by VS Code's YAML
 * extension) handles best. `io: 'input'` describes what a person writes, before defaults and
 * transforms; anything zod cannot express throws, so a new schema cannot silently lose its shape.
 */
const OPTIONS = { target: 'draft-07', io: 'input', override: overrideJson } as const;

const GENERATED = 'Generated from sigwiki’s zod schemas (src/export/json-schemas.ts); do not edit. `sigwiki check` is the authority: it may refuse what this schema lets pass, never the reverse.';

/**
 * The JSON Schema of each file kind, from the same zod schemas `sigwiki check` runs. Where zod
 * cannot say everything check knows (real calendar days, a time zone the platform knows, ids that
 * must be unique) the schema is looser than check; it is never stricter.
 */
export function jsonSchemaFiles(): JsonSchemaFile[] {
  return FILES.map(({ fileName, title, description, zod }) => {
    const { $schema, ...rest } = toJson(zod);
    return { fileName, schema: { $schema, $comment: GENERATED, title, description, ...rest } };
  });
}

function toJson(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, OPTIONS) as JsonSchema;
}

/** Keys that belong to the schema a value was declared with, not to how it is written. */
const ANNOTATIONS = ['title', 'description', 'default', 'examples'] as const;

/** Runs once per zod schema, after zod has written its JSON Schema. */
function overrideJson(ctx: { zodSchema: z.core.$ZodType; jsonSchema: JsonSchema }): void {
  const written = writtenFormOf(ctx.zodSchema);
  if (written) {
    // The schema reads `unknown` or a bare string by hand; describe what a person writes instead.
    const { $schema: _, ...shape } = toJson(written);
    const json = ctx.jsonSchema as Record<string, unknown>;
    const kept = Object.fromEntries(ANNOTATIONS.filter((key) => json[key] !== undefined).map((key) => [key, json[key]]));
    for (const key of Object.keys(json)) delete json[key];
    Object.assign(json, shape, kept);
    return;
  }
  if (ctx.zodSchema instanceof z.ZodString) portablePatterns(ctx.zodSchema, ctx.jsonSchema);
}

/**
 * JSON Schema patterns have no flags, and zod writes a regex's source without them, so
 * `/^https?:/i` would refuse `HTTPS:` that check accepts. Such patterns are rewritten to say the
 * same without the flag (`[hH][tT]...`), or dropped when that cannot be done.
 */
function portablePatterns(schema: z.ZodString, json: JsonSchema): void {
  const patterns = (schema._zod.def.checks ?? []).flatMap((check) => {
    const pattern = (check._zod.def as { pattern?: unknown }).pattern;
    return pattern instanceof RegExp ? [pattern] : [];
  });
  if (!patterns.some((pattern) => /[ims]/.test(pattern.flags))) return;
  const sources = patterns.flatMap((pattern) => {
    const source = withoutFlags(pattern);
    return source === undefined ? [] : [source];
  });
  delete json.pattern;
  delete json.allOf;
  if (sources.length === 1) json.pattern = sources[0]!;
  else if (sources.length > 1) json.allOf = sources.map((pattern) => ({ type: 'string', pattern }));
}

/** The source of `regex` with its `i` flag spelled out, or undefined when that is not simple. */
export function withoutFlags(regex: RegExp): string | undefined {
  if (/[ms]/.test(regex.flags)) return undefined;
  if (!regex.flags.includes('i')) return regex.source;
  const source = regex.source;
  let out = '';
  for (let index = 0; index < source.length; index++) {
    const char = source[index]!;
    if (char === '\\') {
      const next = source[index + 1] ?? '';
      // Escapes that name characters by code or property would need case folding of their own.
      if (/[cxupPk]/.test(next)) return undefined;
      out += char + next;
      index++;
    } else if (char === '[') {
      const end = classEnd(source, index);
      const body = source.slice(index, end + 1);
      if (end < 0 || /[a-z]/i.test(body.replace(/\\./g, ''))) return undefined;
      out += body;
      index = end;
    } else if (char === '(' && source.startsWith('?<', index + 1) && !/[=!]/.test(source[index + 3] ?? '')) {
      return undefined; // a named group: its name is not text to match
    } else if (/[a-z]/i.test(char)) {
      out += `[${char.toLowerCase()}${char.toUpperCase()}]`;
    } else {
      out += char;
    }
  }
  return out;
}

/** Index of the `]` that closes the class opened at `start`, or -1. */
function classEnd(source: string, start: number): number {
  for (let index = start + 1; index < source.length; index++) {
    if (source[index] === '\\') index++;
    else if (source[index] === ']') return index;
  }
  return -1;
}
