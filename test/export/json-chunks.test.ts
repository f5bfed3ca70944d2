// jsonChunks: the exports' JSON in pieces, joined exactly JSON.stringify(value, null, 1) + '\n'.
import { expect, it } from 'vitest';
import { jsonChunks } from '../../src/export/json-chunks.js';
import { actionsJson, meetingsJson, peopleJson } from '../../src/export/json-export.js';
import { loadWiki } from '../../src/load/load-wiki.js';
import { ROOT } from '../helpers/run-cli.js';

const stringify = (value: unknown) => `${JSON.stringify(value, null, 1)}\n`;

it.each([
  ['an empty object', {}],
  ['empty and full lists', { a: [], b: [1, 'two', null], c: 'x' }],
  ['nested objects, line breaks and quotes in strings', { version: 1, site: { title: 'A "wiki"\nof\tminutes', tags: ['ü', '→'] }, list: [{ x: { y: [1, { z: [] }] } }, [], [[2]]] }],
  ['values JSON leaves out or writes as null', { gone: undefined, fn: () => 1, list: [undefined, () => 1, Number.NaN], last: true }],
  ['a list as the only key', { only: [{}] }],
])('joins to JSON.stringify of %s', (_, value) => {
  const chunks = [...jsonChunks(value)];
  expect(chunks.join('')).toBe(stringify(value));
});

it('writes a list element by element, never the whole text in one piece', () => {
  const value = { list: Array.from({ length: 50 }, (_, index) => ({ index, text: 'x'.repeat(20) })) };
  const chunks = [...jsonChunks(value)];
  expect(chunks.length).toBeGreaterThan(50);
  expect(Math.max(...chunks.map((chunk) => chunk.length))).toBeLessThan(100);
});

it("joins to JSON.stringify of the example wiki's exports", async () => {
  const { wiki } = await loadWiki({ contentDir: 'content', cwd: ROOT, asOf: '2026-11-23', now: '2026-11-23T12:00:00Z' });
  for (const value of [actionsJson(wiki), meetingsJson(wiki), peopleJson(wiki)]) expect([...jsonChunks(value)].join('')).toBe(stringify(value));
});
