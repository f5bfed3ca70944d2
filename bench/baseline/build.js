// Runs the bare Eleventy baseline: node bench/baseline/build.js --input DIR --output DIR.
import path from 'node:path';
import { parseArgs } from 'node:util';
import Eleventy from '@11ty/eleventy';

const { values } = parseArgs({ options: { input: { type: 'string' }, output: { type: 'string' } } });
if (!values.input || !values.output) {
  console.error('Usage: node bench/baseline/build.js --input CORPUS/groups --output DIR');
  process.exitCode = 2;
} else {
  const configPath = path.join(import.meta.dirname, 'eleventy.config.js');
  const eleventy = new Eleventy(values.input, values.output, { configPath, quietMode: true });
  await eleventy.write();
}
