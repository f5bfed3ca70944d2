// Issue 14, "denial of service from small files": each pathological input of the report, with a
// size bound or an operation count that keeps `check` linear in its input (never a timing).
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CadenceSchema } from '../../src/calendar/cadence-schema.js';
import { MAX_VALUE_LENGTH, parseDuration, parseOn, parseRepeat, parseTime } from '../../src/calendar/util-cadence-text.js';
import { draftActionLine, MAX_OWNERS, parseActionLine } from '../../src/model/action-line.js';
import { buildVirt, minutes } from '../helpers/content.js';

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

describe('finding 7: an 840 KB line `- ACTION Amir: (due x (due x …`', () => {
  // The due date as the old regex read it: the reference the linear reader must agree with.
  const OLD_DUE = /\s*\(due:?\s+([^)]*)\)\s*\.?\s*$/i;
  const oldReading = (rest: string) => {
    const match = OLD_DUE.exec(rest);
    return match ? { before: rest.slice(0, match.index).trim(), due: match[1]!.trim() } : { before: rest, due: undefined };
  };

  test('the line is read, with no due date, and its text kept whole (size bound: the text is the input)', () => {
    const tail = '(due x '.repeat(120_000);
    const draft = draftActionLine(`ACTION Amir: ${tail}`)!;
    expect(draft.due).toBeUndefined();
    expect(draft.listed).toEqual({ owners: ['Amir'], text: tail.trim() });
  });

  test('the split agrees with the old regex on every short text of the characters that matter', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('(', ')', 'due', 'DUE:', ' ', '.', 'x', '2024-01-02', ':'), { maxLength: 14 }), (parts) => {
        const rest = `do it ${parts.join('')}`.replace(/\s+/g, ' ').trim();
        const draft = draftActionLine(`ACTION: ${rest}`)!;
        const old = oldReading(rest);
        expect(draft.due).toBe(old.due);
        expect(draft.rest).toBe(old.before);
      }),
      { numRuns: 2000, seed: 14 },
    );
  });

  test('a long run of punctuation after a known owner is stripped by hand, not by a backtracking regex', () => {
    const line = parseActionLine(`ACTION: Amir ${')'.repeat(200_000)}x`, (name) => name === 'Amir')!;
    expect(line.owners).toEqual(['Amir']);
    expect(line.text).toHaveLength(200_001);
  });
});

describe('finding 8: `- ACTION Amir and Amir and … x` (180 KB)', () => {
  const line = `ACTION ${'Amir and '.repeat(20_000)}x`;

  test('repeated owners are one owner (size bound: one, not 20,000)', () => {
    expect(parseActionLine(line, (name) => name.toLowerCase() === 'amir')).toMatchObject({ owners: ['Amir'], text: 'and x' });
    expect(parseActionLine('ACTION Amir, amir and AMIR: x', () => true)!.owners).toEqual(['Amir']);
  });

  test('more than MAX_OWNERS distinct owners is an error with a hint, and the action keeps MAX_OWNERS', () => {
    const names = Array.from({ length: 30 }, (_, i) => `p${i}`);
    const people = names.map((id) => `- id: ${id}\n  name: Person ${id}\n`).join('');
    const result = buildVirt({ '2014-04-11.md': minutes('date: 2014-04-11', `\n- ACTION ${names.join(' and ')} x\n`) }, '2014-06-01', {
      'content/people.yaml': people,
    });
    const message = result.messages.find((m) => m.ruleId === 'action-owners-too-many');
    expect(message).toMatchObject({ reason: `Action virt-20140411-1 has 30 owners; at most ${MAX_OWNERS} are allowed`, line: 5, severity: 'error' });
    expect(message!.hint).toBe('name the few people who will do it, or split it into several actions');
    expect(result.wiki.groups[0]!.meetings[0]!.actions[0]!.owners).toHaveLength(MAX_OWNERS);
  });
});
