// Issue 14, findings 10, 11, 12 and 20: ids, names and file names that check accepted and build
// could not build, or wrote unescaped into pages.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_ORDINAL } from '../../src/model/parse-minutes.js';
import { actionOpening } from '../../src/model/render-action.js';
import { slugId } from '../../src/import/util-slug.js';
import { MAX_ID_LENGTH } from '../../src/model/schema/common.js';
import { Suggester } from '../../src/diagnostics/suggest.js';
import type { Action } from '../../src/model/wiki.js';
import { buildVirt, GROUP, minutes, PEOPLE, SITE } from '../helpers/content.js';
import { runCli } from '../helpers/run-cli.js';
import { tempWiki, tempWikiFrom, type TempWiki } from '../helpers/temp-wiki.js';

const errors = (result: ReturnType<typeof buildVirt>) => result.messages.filter((message) => message.severity === 'error');
const LONG = `a${'b'.repeat(299)}`;

let wiki: TempWiki | undefined;
afterEach(() => {
  wiki?.remove();
  wiki = undefined;
});

/** `sigwiki check --format json` in `wiki`: exit status, messages, and whether a stack trace was printed. */
function check(dir: string) {
  const run = runCli(['check', '--no-cache', '--format', 'json'], { cwd: dir });
  const messages = JSON.parse(run.stdout || '[]') as { file: string; line?: number; ruleId: string; severity: string; message: string; hint?: string }[];
  return { status: run.status, errors: messages.filter((message) => message.severity === 'error'), stackTrace: /^ {4}at /m.test(run.stderr) };
}

describe('issue 14.10: ids are bounded, so check refuses what no file system could hold', () => {
  it.each([
    ['a person id', 'content/people.yaml', `${PEOPLE}- id: ${LONG}\n  name: Long\n`, 10],
    ['a venue id', 'content/groups/virt/group.yaml', `name: Virt SIG\nvenues:\n  ${LONG}:\n    name: Room\n`, 3],
    ['an action prefix', 'content/groups/virt/group.yaml', `name: Virt SIG\nactionPrefix: ${LONG}\n`, 2],
    ['a schedule id', 'content/groups/virt/group.yaml', `name: Virt SIG\ncadence:\n  - id: ${LONG}\n    repeat: weekly\n    on: monday\n    time: "10:00"\n`, 3],
  ])('%s of 300 characters', (_, file, text, line) => {
    const result = buildVirt({}, '2014-06-01', { [file]: text });
    expect(errors(result)).toEqual([expect.objectContaining({ file, line, ruleId: 'schema-invalid', reason: expect.stringContaining(`at most ${MAX_ID_LENGTH} characters`) })]);
  });

  it(`ids of ${MAX_ID_LENGTH} characters are fine`, () => {
    const id = `a${'b'.repeat(MAX_ID_LENGTH - 1)}`;
    const result = buildVirt({}, '2014-06-01', { 'content/people.yaml': `${PEOPLE}- id: ${id}\n  name: Long\n`, 'content/groups/virt/group.yaml': `name: Virt SIG\nactionPrefix: ${id}\n` });
    expect(errors(result)).toEqual([]);
  });

  it('import makes no id check would refuse', () => {
    const id = slugId('Maria '.repeat(60), 'person');
    expect(id.length).toBeLessThanOrEqual(MAX_ID_LENGTH);
    expect(id).toMatch(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/);
  });

  it('as a real process: a 300-character person id is an error at its line, no stack trace', () => {
    wiki = tempWiki();
    wiki.edit('content/people.yaml', (text) => `${text}- id: ${LONG}\n  name: Long\n`);
    const run = check(wiki.dir);
    expect(run.status).toBe(1);
    expect(run.stackTrace).toBe(false);
    expect(run.errors).toEqual([expect.objectContaining({ file: 'content/people.yaml', ruleId: 'schema-invalid' })]);
  });

  it('as a real process: a group folder name of 100 characters is an error', () => {
    wiki = tempWiki();
    const folder = `content/groups/g${'x'.repeat(99)}`;
    mkdirSync(path.join(wiki.dir, folder));
    wiki.write(`${folder}/group.yaml`, 'name: Long\n');
    const run = check(wiki.dir);
    expect(run.status).toBe(1);
    expect(run.errors).toEqual([expect.objectContaining({ file: `${folder}/group.yaml`, ruleId: 'schema-invalid' })]);
  });

  it('as a real process: a person with `id: page-2` and a second page of people both build', () => {
    const people = Array.from({ length: 401 }, (_, index) => `- id: person-${index}\n  name: Person ${String(index).padStart(3, '0')}\n`).join('');
    wiki = tempWikiFrom({
      'content/sigwiki.yaml': SITE,
      'content/people.yaml': `${people}- id: page-2\n  name: Page Two\n`,
      'content/groups/virt/group.yaml': GROUP,
      'content/groups/virt/2014-04-11.md': minutes('date: 2014-04-11\nattendees: [page-2]'),
    });
    const run = runCli(['build', '--no-cache'], { cwd: wiki.dir });
    expect(run.stderr).not.toMatch(/conflict|^ {4}at /im);
    expect(run.status).toBe(0);
    expect(readFileSync(path.join(wiki.dir, '_site/people/page-2/index.html'), 'utf8')).toContain('Page Two');
    expect(readFileSync(path.join(wiki.dir, '_site/people/2/index.html'), 'utf8')).toMatch(/Page 2 of 2/);
  }, 180_000);
});

describe('issue 14.11: the -N of a minutes file name is bounded, and action ids come from a safe alphabet', () => {
  it.each(['65474', '27', '0', '01', '1', '99999999999999999999'])('2016-03-02-%s.md is refused', (suffix) => {
    const result = buildVirt({ [`2014-04-11-${suffix}.md`]: minutes('date: 2014-04-11', '\n- ACTION LK: x\n') });
    expect(errors(result)).toEqual([
      expect.objectContaining({ file: `content/groups/virt/2014-04-11-${suffix}.md`, ruleId: 'file-name-invalid', reason: expect.stringContaining(`from 2 to ${MAX_ORDINAL}`) }),
    ]);
  });

  it(`-2 to -${MAX_ORDINAL} give the letters b to z, and -10 comes after -9`, () => {
    const files: Record<string, string> = { '2014-04-11.md': minutes('date: 2014-04-11', '\n- ACTION LK: first\n') };
    for (let n = 2; n <= MAX_ORDINAL; n++) files[`2014-04-11-${n}.md`] = minutes('date: 2014-04-11', '\n- ACTION LK: again\n');
    // Closed by the tenth meeting of the day: an action of the ninth is earlier, so this is valid.
    files['2014-04-11-10.md'] = minutes('date: 2014-04-11', '\n- ACTION LK: again\n\nDONE virt-20140411i-1\n');
    const result = buildVirt(files);
    expect(errors(result)).toEqual([]);
    const ids = result.wiki.actions.map((action) => action.id);
    expect(ids).toHaveLength(MAX_ORDINAL);
    expect(ids.every((id) => /^virt-20140411[b-z]?-1$/.test(id))).toBe(true);
    expect(ids.at(-1)).toBe('virt-20140411z-1');
    expect(result.wiki.actions.find((action) => action.id === 'virt-20140411i-1')).toMatchObject({ status: 'done' });
  });

  it('an action anchor is escaped in its attribute all the same', () => {
    const person = { url: '/people/a"b/', name: 'A <b>' };
    const html = actionOpening({ id: 'x"><script>-1', owners: [person], status: 'open', overdue: false, due: undefined, ageDays: 1 } as unknown as Action);
    expect(html).toContain('id="x&quot;&gt;&lt;script&gt;-1"');
    expect(html).toContain('href="/people/a&quot;b/"');
    expect(html).not.toContain('<script>');
  });

  it('as a real process: 2016-03-02-65474.md in the example wiki is a file-name error, no stack trace', () => {
    wiki = tempWiki();
    wiki.write('content/groups/mirageos/2016-03-02-65474.md', minutes('date: 2016-03-02', '\n- ACTION Amir: x\n'));
    const run = check(wiki.dir);
    expect(run.status).toBe(1);
    expect(run.stackTrace).toBe(false);
    expect(run.errors).toEqual([expect.objectContaining({ file: 'content/groups/mirageos/2016-03-02-65474.md', ruleId: 'file-name-invalid' })]);
  });
});

describe('issue 14.12: names that cannot be records, and control characters in names and titles', () => {
  it.each([
    ['a role', 'name: Virt SIG\nroles:\n  __proto__: LK\n  chair: LK\n', 3],
    ['a venue', 'name: Virt SIG\nvenues:\n  __proto__:\n    name: Room\n', 3],
  ])('%s named __proto__ is an error, not dropped', (_, text, line) => {
    const result = buildVirt({}, '2014-06-01', { 'content/groups/virt/group.yaml': text });
    expect(errors(result)).toEqual([expect.objectContaining({ file: 'content/groups/virt/group.yaml', line, ruleId: 'schema-invalid', reason: expect.stringContaining('`__proto__`') })]);
  });

  it('names such as constructor or toString are just names', () => {
    const result = buildVirt({ '2014-04-11.md': minutes('date: 2014-04-11\nvenue: constructor\nattendees: [toString]') }, '2014-06-01', {
      'content/groups/virt/group.yaml': 'name: Virt SIG\nroles:\n  constructor: LK\nvenues:\n  constructor:\n    name: Room\n',
      'content/people.yaml': `${PEOPLE}- id: tostring\n  name: toString\n`,
    });
    expect(errors(result)).toEqual([]);
    expect(result.wiki.groups[0]!.roles).toEqual([expect.objectContaining({ role: 'constructor' })]);
    expect(result.wiki.meetings[0]!.venue).toMatchObject({ id: 'constructor', name: 'Room' });
  });

  it.each([
    ['a meeting title with NUL', 'content/groups/virt/2014-04-11.md', minutes('date: 2014-04-11\ntitle: "a\\0b"'), 3, 'U+0000'],
    ['a site title with DEL', 'content/sigwiki.yaml', 'title: "Wiki\\x7f"\n', 1, 'U+007F'],
    ['a person name with a C1 control', 'content/people.yaml', `${PEOPLE}- id: x\n  name: "X\\x85"\n`, 11, 'U+0085'],
    ['an alias with ESC', 'content/people.yaml', `${PEOPLE}- id: x\n  name: X\n  aliases: ["\\e[31m"]\n`, 12, 'U+001B'],
    ['a group name with a line break', 'content/groups/virt/group.yaml', 'name: "Virt\\nSIG"\n', 1, 'U+000A'],
    ['a role name with BEL', 'content/groups/virt/group.yaml', 'name: Virt\nroles:\n  "chair\\a": LK\n', 3, 'U+0007'],
    ['a venue name with NUL', 'content/groups/virt/group.yaml', 'name: Virt\nvenues:\n  irc:\n    name: "a\\0"\n', 4, 'U+0000'],
    ['a group description with NUL', 'content/groups/virt/group.yaml', 'name: Virt\ndescription: "a\\0"\n', 2, 'U+0000'],
  ])('%s is an error at its line', (_, file, text, line, code) => {
    const result = buildVirt(file.endsWith('.md') ? { '2014-04-11.md': text } : {}, '2014-06-01', file.endsWith('.md') ? {} : { [file]: text });
    expect(errors(result)).toEqual([expect.objectContaining({ file, line, ruleId: 'schema-invalid', reason: expect.stringContaining(code) })]);
  });

  it('tabs in names and line breaks in descriptions are fine', () => {
    const result = buildVirt({}, '2014-06-01', { 'content/groups/virt/group.yaml': 'name: "Virt\\tSIG"\ndescription: |\n  Two\n  lines\tand a tab\n' });
    expect(errors(result)).toEqual([]);
  });

  it('a key with a control character is shown escaped in the message', () => {
    const result = buildVirt({}, '2014-06-01', { 'content/groups/virt/group.yaml': 'name: Virt\nroles:\n  "\\e[2J": LK\n' });
    expect(errors(result)[0]!.reason).not.toMatch(/[\u0000-\u001f]/);
    expect(errors(result)[0]!.reason).toContain('\\u001b');
  });

  it('as a real process: a NUL in a meeting title fails check, and no NUL reaches a page', () => {
    wiki = tempWiki();
    wiki.edit('content/groups/mirageos/2016-02-17.md', (text) => text.replace(/^title: .*$/m, 'title: "Mirage\\0OS"'));
    const run = check(wiki.dir);
    expect(run.status).toBe(1);
    expect(run.errors).toEqual([expect.objectContaining({ file: 'content/groups/mirageos/2016-02-17.md', ruleId: 'schema-invalid' })]);
    const build = runCli(['build', '--no-cache'], { cwd: wiki.dir });
    expect(build.status).toBe(1);
    expect(existsSync(path.join(wiki.dir, '_site'))).toBe(false);
  });
});

describe('issue 14.20: "did you mean" offers only ids that can still be closed; durations are bounded', () => {
  const raised = minutes('date: 2014-04-11', '\n- ACTION LK: one\n- ACTION GD: two\n');
  const closedOne = minutes('date: 2014-04-18', '\nDONE virt-20140411-1\n');

  it('an already closed id is not suggested; an open one is', () => {
    const result = buildVirt({ '2014-04-11.md': raised, '2014-04-18.md': closedOne, '2014-04-25.md': minutes('date: 2014-04-25', '\n- [x] virt-20140411-9\n') });
    expect(errors(result)).toEqual([expect.objectContaining({ ruleId: 'close-unknown-action', line: 5, hint: 'did you mean `virt-20140411-2`?' })]);
  });

  it('no suggestion when every close one is closed or not yet raised', () => {
    const result = buildVirt({
      '2014-04-11.md': raised,
      '2014-04-18.md': closedOne,
      '2014-04-25.md': minutes('date: 2014-04-25', '\nDONE virt-20140411-2\n\n- [x] virt-20140411-9\n'),
      '2014-05-02.md': minutes('date: 2014-05-02', '\n- ACTION LK: three\n'),
    });
    expect(errors(result)).toEqual([expect.objectContaining({ ruleId: 'close-unknown-action', hint: 'copy the id from the action on its meeting page' })]);
  });

  it('Suggester.suggestAmong skips what it is told to', () => {
    const suggester = new Suggester(['virt-1', 'virt-2']);
    expect(suggester.suggestAmong('virt-9', (id) => id !== 'virt-1')).toBe('virt-2');
    expect(suggester.suggestAmong('virt-9', () => false)).toBeUndefined();
  });

  it.each([
    ['999999999999999', 'at most 24 hours'],
    ['1441', 'at most 24 hours'],
    ['25h', 'at most 24 hours'],
  ])('duration: %s is an error', (duration, reason) => {
    const group = `name: Virt SIG\ncadence:\n  repeat: weekly\n  on: monday\n  from: 2014-01-06\n  time: "10:00"\n  duration: ${duration}\n`;
    const result = buildVirt({}, '2014-06-01', { 'content/groups/virt/group.yaml': group });
    expect(errors(result)).toEqual([expect.objectContaining({ file: 'content/groups/virt/group.yaml', line: 7, ruleId: 'schema-invalid', reason: expect.stringContaining(reason) })]);
  });

  it('duration: 1440 and 24h are fine', () => {
    for (const duration of ['1440', '24h']) {
      const group = `name: Virt SIG\ncadence:\n  repeat: weekly\n  on: monday\n  from: 2014-01-06\n  time: "10:00"\n  duration: ${duration}\n`;
      expect(errors(buildVirt({}, '2014-06-01', { 'content/groups/virt/group.yaml': group }))).toEqual([]);
    }
  });
});

describe('issue 14, every string escaped for its output: links, anchors, terminals', () => {
  it('a link or repository value with a control character is an error', () => {
    const result = buildVirt({}, '2014-06-01', {
      'content/people.yaml': `${PEOPLE}- id: x\n  name: X\n  links: ["https://example.org/\\x01"]\n`,
      'content/sigwiki.yaml': 'title: T\nrepository:\n  url: https://example.org/r\n  branch: "main\\e[2J"\n',
    });
    expect(errors(result)).toEqual([
      expect.objectContaining({ file: 'content/people.yaml', line: 12, ruleId: 'schema-invalid' }),
      expect.objectContaining({ file: 'content/sigwiki.yaml', line: 4, ruleId: 'schema-invalid' }),
    ]);
  });

  it('headings never share an anchor: Notes, Notes, Notes 2', () => {
    const result = buildVirt({ '2014-04-11.md': minutes('date: 2014-04-11', '\n## Notes\n\n## Notes\n\n## Notes 2\n\n## Notes\n') });
    expect(result.wiki.meetings[0]!.headings.map((heading) => heading.slug)).toEqual(['notes', 'notes-2', 'notes-2-2', 'notes-3']);
  });

  it('the report shows control characters in file names and values escaped, as a real process', () => {
    wiki = tempWiki();
    // A plain file in groups/ is a warning that names it: its name carries an escape sequence.
    wiki.write('content/groups/\u001b[2Jx', 'x');
    const run = runCli(['check', '--no-cache'], { cwd: wiki.dir });
    expect(run.stderr).toContain('\\u001b[2Jx');
    expect(run.stderr).not.toContain('\u001b');
  });
});
