// Every `cadence:` example in docs/cadence.md is valid.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { cadenceFromYaml } from './helpers/fixtures.js';

const text = readFileSync(new URL('../../docs/cadence.md', import.meta.url), 'utf8');
const examples = [...text.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => match[1]!).filter((yaml) => /^cadence:/m.test(yaml));

test('docs/cadence.md has the examples the issue asks for', () => {
  expect(examples.length).toBeGreaterThanOrEqual(11);
});

test.each(examples.map((yaml, index) => [index + 1, yaml]))('example %i parses', (_, yaml) => {
  const venuesStripped = yaml.replace(/^venues:\n(?: {2}.*\n)+/m, '');
  expect(cadenceFromYaml(venuesStripped).length).toBeGreaterThan(0);
});
