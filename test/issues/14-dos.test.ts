// Issue 14, "denial of service from small files": each pathological input of the report, with a
// size bound or an operation count that keeps `check` linear in its input (never a timing).
import { describe, expect, test } from 'vitest';
import { CadenceSchema } from '../../src/calendar/cadence-schema.js';
import { MAX_VALUE_LENGTH, parseDuration, parseOn, parseRepeat, parseTime } from '../../src/calendar/util-cadence-text.js';

const base = { repeat: 'weekly', from: '2024-01-02', time: '14:00' };
const issues = (value: unknown) => CadenceSchema.safeParse(value).error?.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));

describe('finding 3: a 10 KB `duration:` of spaces then `x`', () => {
  const hostile = `${' '.repeat(10_000)}x`;

  test('the readers look at no more than MAX_VALUE_LENGTH characters, and say so', () => {
    for (const read of [parseDuration, parseTime, parseRepeat, parseOn]) expect(read(hostile)).toMatch(/^too long for this key \(more than 40 characters\)/);
    expect(MAX_VALUE_LENGTH).toBe(40);
    expect(issues({ ...base, duration: hostile })).toEqual([
      { path: 'duration', message: 'too long for this key (more than 40 characters): expected minutes (90) or a duration like 1h, 45m or 1h30m' },
    ]);
  });

  test('within the bound, spaces are still read as before', () => {
    expect(parseDuration(`${' '.repeat(19)}1h 30m${' '.repeat(15)}`)).toBe(90);
    expect(parseDuration(`${' '.repeat(38)}x`)).toBe('expected minutes (90) or a duration like 1h, 45m or 1h30m');
    expect(parseTime(' 9:30  –  11:00 ')).toEqual({ start: '09:30', minutes: 90 });
    expect(parseTime(`14:00${' '.repeat(34)}x`)).toBe('expected a 24-hour time like 14:00 or 14:00-15:00');
  });

  test('a long unknown time zone is reported without comparing it to every zone name', () => {
    expect(issues({ ...base, timeZone: 'x'.repeat(10_000) })?.[0]?.message).toBe(`unknown time zone "${'x'.repeat(64)}…"`);
  });
});
