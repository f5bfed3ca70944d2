// How long an action has been open, as a reader counts it.
import { describe, expect, it } from 'vitest';
import { ageText } from '../../src/model/render-action.js';

describe('ageText', () => {
  it('counts days up to two months, months up to two years, then years, rounded down', () => {
    expect([0, 1, 2, 60].map(ageText)).toEqual(['0 days', '1 day', '2 days', '60 days']);
    expect([61, 365, 730].map(ageText)).toEqual(['2 months', '11 months', '23 months']);
    expect([731, 4609, 4625].map(ageText)).toEqual(['2 years', '12 years', '12 years']);
  });
});
