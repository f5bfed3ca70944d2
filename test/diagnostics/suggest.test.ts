import { describe, expect, it } from 'vitest';
import { suggest } from '../../src/diagnostics/suggest.js';

describe('suggest', () => {
  const names = ['Amir', 'Anil', 'Lars Kurth', 'LK', 'GD', 'attendees'];

  it.each([
    ['Amri', 'Amir'],
    ['Lars Kurht', 'Lars Kurth'],
    ['lars kurth', 'Lars Kurth'],
    ['attendes', 'attendees'],
    ['LKK', 'LK'],
  ])('suggests %s → %s', (wrong, right) => {
    expect(suggest(wrong, names)).toBe(right);
  });

  it('suggests nothing when no name is close', () => {
    expect(suggest('Zed', names)).toBeUndefined();
    expect(suggest('XY', names)).toBeUndefined();
  });
});
