import { describe, expect, test } from 'vitest';
import { lostWords } from '../../src/import/index.js';

describe('lostWords', () => {
  test('ignores markup and extra words', () => {
    expect(lostWords('== Attendees ==\n* LarsKurth (LK)', '## Attendees\n\nSIG:\n- LarsKurth (LK)')).toEqual([]);
    expect(lostWords('*after* migration', '\\*after\\* migration')).toEqual([]);
  });

  test('reports missing and reordered words with their source line', () => {
    expect(lostWords('one two\nthree', 'one three')).toEqual([{ word: 'two', line: 1 }]);
    expect(lostWords('alpha beta', 'beta alpha')).toEqual([{ word: 'beta', line: 1 }]);
  });
});
