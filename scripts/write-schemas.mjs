#!/usr/bin/env node
// Writes schemas/*.schema.json, the JSON Schemas editors read, from the compiled zod schemas in dist/.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { jsonSchemaFiles } from '../dist/export/json-schemas.js';

// Run by `npm run compile`, after tsc: the folder is rebuilt whole, so a schema that is no longer
// generated cannot linger. test/export/json-schemas.test.ts checks the files equal the generator.
const folder = new URL('../schemas/', import.meta.url);
rmSync(folder, { recursive: true, force: true });
mkdirSync(folder);
for (const { fileName, schema } of jsonSchemaFiles()) {
  writeFileSync(new URL(fileName, folder), `${JSON.stringify(schema, null, 2)}\n`);
}
