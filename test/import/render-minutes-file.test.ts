import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { renderMinutesFile } from '../../src/import/index.js';
import { splitMinutesFile } from './helpers.js';

// Strings that YAML would read as something else unless quoted.
const tricky = fc.constantFrom(
  '', ' ', '---', '...', 'yes', 'No', 'null', '~', 'true', '2014-04-11', '14:00', '0o12', '1e3', '.inf', '- a', '? a',
  '#x', 'a #b', 'a: b', ':', '"', "'", '\\', '\n', 'a\n---\nb', ' lead', 'trail ', '@x', '`x`', '*x', '&a', '!tag', '%x',
  '[a]', '{a}', 'a, b', '|', '>', '\t', '\u0000', '\u2028', 'é', '😀', 'LarsKurth (LK)',
);
const text = fc.oneof(tricky, fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }));
const people = fc.array(text, { maxLength: 4 });
const isoDate = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('renderMinutesFile', () => {
  test('writes the example of docs/content-format.md', () => {
    const file = renderMinutesFile({
      date: '2014-04-11',
      title: 'First SIG meeting',
      chair: ['LK'],
      scribe: ['lars-kurth'],
      attendees: ['LK', 'GD', 'KB', 'JH', 'EuanHarris'],
      regrets: [],
      venue: 'bluejeans',
      body: '\n## Meeting time and cadence\n\n- ACTION KB: provide Bluejeans conferencing details\n\n',
    });
    expect(file).toBe(
      '---\ndate: 2014-04-11\ntitle: First SIG meeting\nchair: LK\nscribe: lars-kurth\n' +
        'attendees: [ LK, GD, KB, JH, EuanHarris ]\nvenue: bluejeans\n---\n\n' +
        '## Meeting time and cadence\n\n- ACTION KB: provide Bluejeans conferencing details\n',
    );
  });

  test('writes long lists as block lists', () => {
    const attendees = Array.from({ length: 12 }, (_, i) => `person-number-${i}`);
    expect(renderMinutesFile({ date: '2016-02-17', attendees, body: '' })).toContain('attendees:\n  - person-number-0\n');
  });

  test('front matter always parses back to the same values, and the body follows it unchanged', () => {
    fc.assert(
      fc.property(isoDate, fc.option(text, { nil: undefined }), people, people, people, people, fc.string(), (date, title, chair, scribe, attendees, regrets, body) => {
        const file = renderMinutesFile({ date, title, chair, scribe, attendees, regrets, body: `Body ${body}` });
        const expected: Record<string, unknown> = { date };
        if (title !== undefined && title !== '') expected['title'] = title;
        if (chair.length > 0) expected['chair'] = chair.length === 1 ? chair[0] : chair;
        if (scribe.length > 0) expected['scribe'] = scribe.length === 1 ? scribe[0] : scribe;
        if (attendees.length > 0) expected['attendees'] = attendees;
        if (regrets.length > 0) expected['regrets'] = regrets;
        const { frontMatter, body: rest } = splitMinutesFile(file);
        expect(frontMatter).toEqual(expected);
        expect(rest).toBe(`\n${`Body ${body}`.trimEnd()}\n`);
      }),
      { numRuns: 500 },
    );
  });
});
