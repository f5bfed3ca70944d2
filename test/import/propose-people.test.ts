import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { proposePeople } from '../../src/import/index.js';

describe('proposePeople', () => {
  test('writes people.yaml entries, merging proposals with the same id', () => {
    const text = proposePeople(
      [
        { id: 'lars-kurth', name: 'Lars Kurth', aliases: ['LK', 'LarsKurth'], sources: [{ text: 'LarsKurth (LK)', line: 13 }] },
        { id: 'dave-scott', name: 'Dave Scott', aliases: [], sources: [{ text: 'Dave Scott', line: 12 }] },
        { id: 'lars-kurth', name: 'Lars K.', aliases: ['lk', 'lars@example.org'], sources: [{ text: 'Lars', line: 4 }] },
      ],
      { comment: 'proposed by sigwiki import' },
    );
    expect(text).toBe(
      '# proposed by sigwiki import\n' +
        '- id: lars-kurth\n  name: Lars Kurth\n  aliases: [ LK, LarsKurth, lars@example.org ]\n' +
        '- id: dave-scott\n  name: Dave Scott\n',
    );
    expect(parse(text)).toEqual([
      { id: 'lars-kurth', name: 'Lars Kurth', aliases: ['LK', 'LarsKurth', 'lars@example.org'] },
      { id: 'dave-scott', name: 'Dave Scott' },
    ]);
  });

  test('returns nothing when there is nobody to propose', () => {
    expect(proposePeople([])).toBe('');
  });
});
