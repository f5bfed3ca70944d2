// `check` parses inline Markdown only where a finding depends on it; a build parses it all. Both
// must find the same actions, close lines and problems, line for line.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { parseMinutesBody } from '../../src/model/minutes-body.js';

const FRAGMENTS = [
  '# Agenda',
  '## Notes with `<code>` and <b>bold</b>',
  'Plain prose about the release.',
  'See <https://example.org/a> and http://example.org/<b>x</b>',
  'Write `<script>` as code, not <script>alert(1)</script>',
  '<a href=http://evil.example>link</a>',
  '- ACTION KB: provide conferencing details (due 2014-04-25)',
  'ACTION LK and GD: discuss who leads',
  '* action: lower-case keyword',
  'AI: someone does something',
  '- DONE virt-20140411-3',
  '- [x] virt-20140411-2 Karanbir: done',
  '- [ ] virt-20140411-1',
  'DONE virt-2014',
  '[evil](javascript:alert(1))',
  '[ref]: data:text/html,hi',
  '```\nACTION inside: a fence\n<b>fenced</b>\n```',
  '    indented <i>code</i>',
  '> quoted <em>html</em>\n> ACTION KB: quoted action',
  '### Heading <u>one</u>\n### Heading <u>one</u>',
  '| a | <b>b</b> |\n| - | - |',
];

test('the check pass and the rendering pass find the same things', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 12 }), fc.integer({ min: 0, max: 9 }), (parts, offset) => {
      const body = parts.join('\n\n');
      const { html, headings, ...rendered } = parseMinutesBody(body, offset, { render: true });
      const { html: none, headings: noHeadings, ...checked } = parseMinutesBody(body, offset, { render: false });
      // Only pages need the HTML and the headings' anchors.
      expect([none, noHeadings]).toEqual(['', []]);
      expect(html).not.toBe('');
      expect(checked).toEqual(rendered);
    }),
    { numRuns: 300, seed: 42 },
  );
});

test('raw HTML is found in paragraphs and headings, not in code nor where written escaped', () => {
  const body = ['# Title <b>x</b>', 'Use `<b>` here', 'Really <b>bold</b>', '```', '<i>fenced</i>', '```', 'Escaped &lt;b&gt; and \\<i\\>'].join('\n\n');
  for (const render of [true, false]) {
    expect(parseMinutesBody(body, 3, { render }).rawHtmlLines).toEqual([4, 8]);
  }
});
