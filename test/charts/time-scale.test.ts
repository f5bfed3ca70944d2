// The time axis of the charts: year ticks, and where the axis starts.
import { describe, expect, it } from 'vitest';
import { timeScale } from '../../src/charts/time-scale.js';

const labels = (scale: ReturnType<typeof timeScale>) => scale.ticks.map((tick) => tick.label);

describe('timeScale', () => {
  it('starts the axis at the data\'s first year: 2014 data is not labelled from 2015', () => {
    const scale = timeScale('2014-04-11', '2026-11-23', 30, 352, 6, { fromYearStart: true });
    expect(labels(scale)[0]).toBe('2014');
    expect(scale.ticks[0]!.x).toBe(30);
    // The data begins a little in from the left edge, where April falls in 2014.
    expect(scale.x('2014-04-11')).toBeGreaterThan(30);
    expect(scale.x('2014-04-11')).toBeLessThan(40);
    expect(scale.x('2026-11-23')).toBeCloseTo(352, 6);
    // Every third year past six labels, evenly, from the first (2026 is too near the right edge).
    expect(labels(scale)).toEqual(['2014', '2017', '2020', '2023']);
  });

  it('without the option, the first new year crowds out the start year (why the option exists)', () => {
    expect(labels(timeScale('2014-04-11', '2026-11-23', 30, 352, 6))[0]).toBe('2015');
  });

  it('keeps a short range\'s own start rather than pad it with most of a year', () => {
    const scale = timeScale('2014-04-11', '2014-06-01', 30, 352, 6, { fromYearStart: true });
    expect(scale.x('2014-04-11')).toBe(30);
    expect(labels(scale)).toEqual(['2014']);
    const single = timeScale('2014-04-11', '2014-04-11', 30, 352, 6, { fromYearStart: true });
    expect(single.x('2014-04-11')).toBe(30);
  });

  it('leaves out a year tick too near the right edge for its label', () => {
    const scale = timeScale('2024-03-01', '2026-01-10', 30, 352, 6, { fromYearStart: true });
    expect(labels(scale)).toEqual(['2024', '2025']);
    expect(Math.max(...scale.ticks.map((tick) => tick.x))).toBeLessThanOrEqual(352 - 30);
  });
});
