// Issue 14, findings 9, 10, 12, 18, 19 and 20: every bad YAML file gets one clear message (no
// crash, no cascade), naming the shape or type it needs.
import { afterEach, describe, expect, it } from 'vitest';
import { buildVirt, minutes, PEOPLE } from '../helpers/content.js';
import { runCli } from '../helpers/run-cli.js';
import { tempWiki, type TempWiki } from '../helpers/temp-wiki.js';

const errors = (result: ReturnType<typeof buildVirt>) => result.messages.filter((message) => message.severity === 'error');
const MEETING = minutes('date: 2014-04-11\nchair: LK\nattendees: [LK, GD, KB]', '\n- ACTION KB: send the slides\n- ACTION GD: book the room\n');

let wiki: TempWiki | undefined;
afterEach(() => {
  wiki?.remove();
  wiki = undefined;
});

/** Runs `sigwiki check --format json` on the example wiki after `change`. */
function checkAfter(change: (wiki: TempWiki) => void) {
  wiki = tempWiki();
  change(wiki);
  const run = runCli(['check', '--no-cache', '--format', 'json'], { cwd: wiki.dir });
  const messages = JSON.parse(run.stdout || '[]') as { file: string; line?: number; ruleId: string; severity: string; message: string; hint?: string }[];
  return { status: run.status, messages, errors: messages.filter((message) => message.severity === 'error'), stackTrace: /^ {4}at /m.test(run.stderr) };
}

describe('issue 14.9: YAML aliases are diagnostics, in every kind of YAML file', () => {
  const BOMB = ['a: &a [x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]'].join('\n');

  it.each([
    ['content/sigwiki.yaml', 'title: *nothere\n', 1],
    ['content/people.yaml', '- id: a\n  name: *nothere\n', 2],
    ['content/groups/virt/group.yaml', 'name: Virt\nactionPrefix: *nothere\n', 2],
  ])('an unresolved alias in %s', (file, text, line) => {
    const result = buildVirt({}, '2014-06-01', { [file]: text });
    expect(errors(result)).toEqual([expect.objectContaining({ file, line, ruleId: 'yaml-alias', reason: 'YAML alias `*nothere` names no anchor' })]);
  });

  it('an unresolved alias in front matter', () => {
    const result = buildVirt({ '2014-04-11.md': minutes('date: 2014-04-11\ntitle: *nothere') });
    expect(errors(result)).toEqual([expect.objectContaining({ line: 3, ruleId: 'yaml-alias' })]);
  });

  it.each(['content/sigwiki.yaml', 'content/groups/virt/group.yaml'])('an alias bomb in %s is refused before it expands', (file) => {
    const result = buildVirt({}, '2014-06-01', { [file]: `${BOMB}\n` });
    expect(errors(result)).toEqual([expect.objectContaining({ file, ruleId: 'yaml-alias', reason: 'YAML aliases expand to too much data' })]);
  });

  it('a few aliases are fine', () => {
    const result = buildVirt({}, '2014-06-01', { 'content/groups/virt/group.yaml': 'name: &n Virt\nroles:\n  chair: &c LK\n  secretary: *c\n  host: *c\n' });
    expect(errors(result)).toEqual([]);
  });

  it('as a real process: an unresolved alias in sigwiki.yaml, no stack trace', () => {
    const run = checkAfter((wiki) => wiki.write('content/sigwiki.yaml', 'title: *nothere\n'));
    expect(run.status).toBe(1);
    expect(run.stackTrace).toBe(false);
    expect(run.errors).toEqual([expect.objectContaining({ file: 'content/sigwiki.yaml', line: 1, ruleId: 'yaml-alias' })]);
  });
});

describe('issue 14.19: one mistake, one error', () => {
  it('a tab in people.yaml: one error at the tab with a tab hint, no unknown people, no unowned actions', () => {
    const people = PEOPLE.replace('  name: George Dunlap', '\tname: George Dunlap');
    const result = buildVirt({ '2014-04-11.md': MEETING }, '2014-06-01', { 'content/people.yaml': people });
    expect(result.messages).toEqual([
      expect.objectContaining({ file: 'content/people.yaml', line: 5, column: 1, ruleId: 'yaml-syntax', hint: 'YAML indentation must use spaces, not tabs' }),
    ]);
  });

  it('a tab in group.yaml: one error', () => {
    const result = buildVirt({ '2014-04-11.md': MEETING }, '2014-06-01', {
      'content/groups/virt/group.yaml': 'name: Virt SIG\nvenues:\n  irc:\n\tname: "#centos-devel"\n    kind: irc\n',
    });
    expect(result.messages).toEqual([expect.objectContaining({ file: 'content/groups/virt/group.yaml', line: 4, ruleId: 'yaml-syntax', hint: 'YAML indentation must use spaces, not tabs' })]);
  });

  it('a person people.yaml rejects: no knock-on unknown people, and people.yaml comes first', () => {
    const result = buildVirt({ '2014-04-11.md': MEETING }, '2014-06-01', { 'content/people.yaml': `${PEOPLE}- id: Not An Id\n  name: X\n` });
    expect(errors(result)).toHaveLength(1);
    expect(result.messages[0]).toMatchObject({ file: 'content/people.yaml', ruleId: 'schema-invalid' });
  });

  it('unknown people are still reported when people.yaml is fine', () => {
    const result = buildVirt({ '2014-04-11.md': minutes('date: 2014-04-11\nattendees: [Nobody]') });
    expect(errors(result)).toEqual([expect.objectContaining({ ruleId: 'person-unknown' })]);
  });

  it('as a real process: one tab in the example people.yaml gives exactly one error', () => {
    const run = checkAfter((wiki) => wiki.edit('content/people.yaml', (text) => text.replace('  name: George Dunlap', '\tname: George Dunlap')));
    expect(run.status).toBe(1);
    expect(run.errors).toEqual([expect.objectContaining({ file: 'content/people.yaml', ruleId: 'yaml-syntax', hint: 'YAML indentation must use spaces, not tabs' })]);
    expect(run.messages[0]).toMatchObject({ file: 'content/people.yaml' });
  });
});

describe('issue 14.18: the wrong top-level shape is named', () => {
  it.each([
    ['content/people.yaml', '42\n', 'people.yaml must be a list of people, not the number 42'],
    ['content/people.yaml', 'id: lars\nname: Lars\n', 'people.yaml must be a list of people, not a map of keys'],
    ['content/sigwiki.yaml', '- title: x\n', 'sigwiki.yaml must be a map of keys such as `title:`, not a list'],
    ['content/groups/virt/group.yaml', 'Virt SIG\n', 'group.yaml must be a map of keys such as `name:`, not text'],
  ])('%s containing %j', (file, text, reason) => {
    const result = buildVirt({ '2014-04-11.md': MEETING }, '2014-06-01', { [file]: text });
    expect(errors(result)).toEqual([expect.objectContaining({ file, line: 1, ruleId: 'yaml-shape', reason, hint: expect.any(String) })]);
    expect(result.messages.map((message) => message.hint)).not.toContain('add `undefined:`');
  });

  it('front matter that is a list', () => {
    const result = buildVirt({ '2014-04-11.md': minutes('- date: 2014-04-11') });
    expect(errors(result)).toEqual([expect.objectContaining({ line: 2, ruleId: 'yaml-shape', reason: 'The front matter must be a map of keys such as `date:`, not a list' })]);
  });

  it('an empty people.yaml is an empty list', () => {
    expect(errors(buildVirt({}, '2014-06-01', { 'content/people.yaml': '' }))).toEqual([]);
  });

  it.each([
    ['with a byte-order mark', Buffer.from('\uFEFFtitle: Test wiki\n', 'utf16le')],
    ['without one', Buffer.from('title: Test wiki\n', 'utf16le')],
  ])('a UTF-16 file %s', (_, bytes) => {
    const result = buildVirt({}, '2014-06-01', { 'content/sigwiki.yaml': bytes.toString('utf8') });
    expect(errors(result)).toEqual([expect.objectContaining({ file: 'content/sigwiki.yaml', line: 1, ruleId: 'file-encoding', reason: 'The file is UTF-16; sigwiki reads UTF-8' })]);
  });
});

describe('issue 14.12: invalid UTF-8 is reported at its line', () => {
  it('in minutes and in YAML files, as a warning', () => {
    const latin1 = (text: string) => Buffer.from(text, 'latin1').toString('utf8');
    const result = buildVirt({ '2014-04-11.md': latin1(minutes('date: 2014-04-11', '\nCaf\u00e9 notes\n')) }, '2014-06-01', {
      'content/groups/virt/group.yaml': latin1('name: Virt SIG\ndescription: S\u00e3o Paulo\n'),
    });
    expect(result.messages).toEqual([
      expect.objectContaining({ file: 'content/groups/virt/2014-04-11.md', line: 5, column: 4, ruleId: 'file-encoding', severity: 'warning' }),
      expect.objectContaining({ file: 'content/groups/virt/group.yaml', line: 2, column: 15, ruleId: 'file-encoding', severity: 'warning' }),
    ]);
  });
});

describe('issue 14.20: a value of the wrong type is not a missing key', () => {
  it.each([
    ['title: !!binary aGVsbG8=\n', '`title` must be text, not binary data'],
    ['title: 42\n', '`title` must be text, not the number 42'],
    ['title:\n', '`title` must be text, not empty'],
  ])('%j', (text, reason) => {
    const result = buildVirt({}, '2014-06-01', { 'content/sigwiki.yaml': text });
    expect(errors(result)).toEqual([expect.objectContaining({ ruleId: 'schema-invalid', line: 1, reason })]);
  });

  it('a missing key is still one', () => {
    const result = buildVirt({}, '2014-06-01', { 'content/sigwiki.yaml': 'timeZone: UTC\n' });
    expect(errors(result)).toEqual([expect.objectContaining({ reason: 'Missing required key `title`', hint: 'add `title:`' })]);
  });
});
