// How a value is written in YAML where check reads it by hand: what editors' JSON Schemas show.
import type { z } from 'zod';

/**
 * Some schemas take `unknown` or a bare string and read it in a transform, so that check can say
 * exactly what is wrong (`expected a 24-hour time like 14:00`). zod cannot turn such a transform
 * into JSON Schema, so each of them registers here a plain schema of what a person writes
 * (a pattern, the keys of a mapping). `src/export/json-schemas.ts` uses it in its place when it
 * writes the schemas editors read; check never runs it. A written form may be looser than check,
 * never stricter: test/export/json-schemas.test.ts holds the two to the same verdicts.
 */
const forms = new WeakMap<z.core.$ZodType, z.ZodType>();

/** Records `written` as how `schema` is written, and returns `schema` (for chaining). */
export function writtenAs<S extends z.core.$ZodType>(schema: S, written: z.ZodType): S {
  forms.set(schema, written);
  return schema;
}

/**
 * The written form of `schema`, or of the schema it was cloned from (`.describe()` clones), if
 * one was recorded.
 */
export function writtenFormOf(schema: z.core.$ZodType): z.ZodType | undefined {
  for (let current: z.core.$ZodType | undefined = schema; current; current = current._zod.parent) {
    const written = forms.get(current);
    if (written) return written;
  }
  return undefined;
}
