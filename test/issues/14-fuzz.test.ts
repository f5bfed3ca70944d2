// Issue 14, "done means": a fuzz test over YAML, Markdown and file names (symlinks, control
// characters and extreme dates included). `check` never throws, and whatever it accepts, the
// build's model and outputs take, and real `sigwiki build` runs build.
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { actionsOverTimeChart } from '../../src/charts/actions-over-time-chart.js';
import { attendanceChart } from '../../src/charts/attendance-chart.js';
import { personTimeline } from '../../src/charts/person-timeline.js';
import { loadWiki } from '../../src/load/load-wiki.js';
import type { Wiki } from '../../src/model/wiki.js';
import { dataFiles } from '../../src/site/data-files.js';
import { runCli } from '../helpers/run-cli.js';
import { wellFormedProblems } from '../feeds/well-formed.js';

const AS_OF = '2026-11-23';

// ---- What a hostile or careless pull request may write ----

/** Odd values check accepts: markup, quotes, template tags, tabs, non-ASCII, names that look like pages. */
const ODD = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', 'tab\there', 'é', '🙂', ']]>', '&amp;', "it's", '{{ 7*7 }}', '{% include "x" %}', 'constructor', 'page-2', 'feed.xml', 'actions'];
/** Values check refuses: control characters, line breaks, YAML that does not parse, huge or empty. */
const BAD = ['__proto__', 'a\u0000b', 'x\u007f', '\u0085', '\u001b[2J', 'line\nbreak', 'a'.repeat(300), '*nothere', '&a x', '- item', 'k: v', '\t', '', ' ', '\uD800'];
const VALID_DAYS = ['1900-01-01', '2999-12-31', '2016-02-29', '2000-02-29'];
const BAD_DAYS = ['0001-01-01', '1899-12-31', '3000-01-01', '9999-12-31', '2015-02-29', '2016-13-01', '2016-00-10'];

/** Which kinds of values may be wild (anything); the others are tame (check should accept them, odd ones included). */
type Wild = ReadonlySet<'text' | 'id' | 'day' | 'yaml' | 'cadence' | 'markdown' | 'file' | 'symlink'>;

/** The pieces of a wiki, wild in the kinds `wild` names. */
function arbitraries(wild: Wild) {
  const text = (sane: string[]) =>
    fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom(...sane) },
      { weight: 2, arbitrary: fc.constantFrom(...ODD) },
      ...(wild.has('text') ? [{ weight: 2, arbitrary: fc.constantFrom(...BAD) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) }] : []),
    );
  const id = fc.oneof(
    { weight: 8, arbitrary: fc.stringMatching(/^[a-z][a-z0-9]{0,6}(?:-[a-z0-9]{1,3})?$/) },
    { weight: 1, arbitrary: fc.constantFrom('page-2', 'page-3', 'a'.repeat(64), 'actions', 'feed') },
    ...(wild.has('id') ? [{ weight: 2, arbitrary: fc.constantFrom('b'.repeat(65), 'c'.repeat(300), 'Abc', '9lives', 'a b', 'a--b', '__proto__') }] : []),
  );
  const day = fc.oneof(
    { weight: 8, arbitrary: fc.date({ min: new Date('1995-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)) },
    { weight: 1, arbitrary: fc.constantFrom(...VALID_DAYS) },
    ...(wild.has('day') ? [{ weight: 2, arbitrary: fc.constantFrom(...BAD_DAYS) }] : []),
  );
  /** A YAML scalar: quoted (escapes carry control characters) or, when wild, sometimes written plainly. */
  const scalar = (value: fc.Arbitrary<string>) => fc.tuple(value, fc.nat(4)).map(([s, way]) => (wild.has('yaml') && way === 0 ? s : JSON.stringify(s)));
  const name = (sane: string[]) => scalar(text(sane));
  const known = ['LK', 'Ada Lovelace', 'amir', 'AL'];
  const owners = wild.has('text') ? [...known, 'Nobody'] : known;

  // Extra people: numbered names and aliases (with a space, so no id) keep tame ones unambiguous.
  const person = fc.tuple(id, text(['Grace Hopper', 'Tim']), fc.array(text(['gh', 'timmy']), { maxLength: 2 }), fc.nat(3)).chain(([pid, personName, aliases, way]) =>
    fc.constant({ pid, personName, aliases, way }),
  );
  const extraPeople = fc
    .uniqueArray(person, { maxLength: 3, selector: (p) => p.pid })
    .map((list) => list.filter((p) => !['lars-kurth', 'ada', 'amir', 'lk', 'al'].includes(p.pid)))
    .map((list) =>
      list
        .map(({ pid, personName, aliases, way }, index) => {
          const quote = (value: string) => (wild.has('yaml') && way === 0 ? value : JSON.stringify(value));
          return `- id: ${quote(pid)}\n  name: ${quote(`${personName} #${index}`)}\n  aliases: [${aliases.map((alias, n) => quote(`${alias} ${index}.${n}`)).join(', ')}]\n`;
        })
        .join(''),
    );
  const BASE_PEOPLE = '- id: lars-kurth\n  name: Lars Kurth\n  aliases: [LK]\n- id: ada\n  name: Ada Lovelace\n  aliases: [AL]\n- id: amir\n  name: Amir\n';
  const people = fc.oneof(
    { weight: 6, arbitrary: extraPeople.map((extra) => BASE_PEOPLE + extra) },
    ...(wild.has('yaml') ? [{ weight: 1, arbitrary: fc.constantFrom('42\n', '- id: a\n\tname: A\n', 'a: &a [x, x]\nb: [*a, *a]\n', '- id: a\n  name: *nothere\n', '- {id: a, name: A}\n- {id: a, name: B}\n') }] : []),
  );
  const duration = fc.constantFrom('60', '1h30m', '1440', '24h', '90 min', ...(wild.has('cadence') ? ['1441', '999999999999999', 'x', '0', '-5', '"  x"'] : []));
  const cadence = fc.option(
    // Without `on:` the weekday is the one of `from:` (a wrong `on:` is an error of its own).
    fc.record({ from: day, duration, on: fc.constantFrom('', ...(wild.has('cadence') ? ['  on: funday\n', '  on: monday\n'] : [])), repeat: fc.constantFrom('weekly', 'every other week', 'every 3 weeks') }).map(
      (c) => `cadence:\n  repeat: ${c.repeat}\n${c.on}  from: ${c.from}\n  time: "10:00"\n  duration: ${c.duration}\n  venue: irc\n`,
    ),
    { nil: '' },
  );
  const group = fc.oneof(
    {
      weight: 6,
      arbitrary: fc
        .tuple(name(['Virt SIG', 'Docs WG']), fc.option(id, { nil: undefined }), fc.uniqueArray(fc.tuple(name(['chair', 'host']), scalar(fc.constantFrom(...owners))), { maxLength: 2, selector: ([role]) => role }), name(['#centos-devel', 'Room 1']), cadence, fc.option(scalar(fc.constantFrom('A *group*.\n\nSecond line', 'Tabs\tand <b>tags</b>')), { nil: undefined }))
        .map(
          ([groupName, prefix, roles, venue, schedule, description]) =>
            `name: ${groupName}\n${prefix === undefined ? '' : `actionPrefix: ${prefix}\n`}${description === undefined ? '' : `description: ${description}\n`}roles:\n${roles.map(([role, who]) => `  ${role}: ${who}\n`).join('') || '  chair: LK\n'}venues:\n  irc:\n    name: ${venue}\n    kind: irc\n${schedule}`,
        ),
    },
    ...(wild.has('yaml') ? [{ weight: 1, arbitrary: fc.constantFrom('Virt\n', 'name: A\nroles:\n  __proto__: LK\n', 'name: A\nvenues:\n  __proto__:\n    name: X\n', 'name: *x\n', '\tname: A\n', 'name: [a]\n') }] : []),
  );
  const bodyLine = fc.oneof(
    fc.tuple(fc.constantFrom(...owners), text(['send the slides', 'fix **it**']), fc.option(day, { nil: undefined })).map(([owner, what, due]) => `- ACTION ${owner}: ${what}${due ? ` (due ${due})` : ''}`),
    fc.constantFrom('## Notes', '# Notes 2', '<b>raw</b>', '```\ncode\n```', 'Plain *text* with [a link](https://example.org/)', ...(wild.has('markdown') ? ['[x](javascript:alert(1))', 'Text with \u0001 and \u007f', 'DONE zz-20160302-1', '- [x] zz-20160302-1'] : [])),
    text(['Some notes.']),
  );
  const minutes = fc
    .record({
      date: day,
      suffix: fc.constantFrom('', '', '', '-2', '-10', '-26', ...(wild.has('file') ? ['-27', '-65474', '-0', '-01'] : [])),
      extension: fc.constantFrom('.md', '.md', '.md', ...(wild.has('file') ? ['.markdown', '.md\u0001', '\u001b.md'] : [])),
      otherDate: wild.has('day') ? fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: day }) : fc.constant(undefined),
      title: fc.option(name(['Weekly meeting', 'Kick-off']), { nil: undefined }),
      attendees: fc.array(fc.constantFrom(...owners), { maxLength: 3 }),
      venue: fc.option(fc.constantFrom('irc', ...(wild.has('text') ? ['nowhere', '__proto__'] : [])), { nil: undefined }),
      body: fc.array(bodyLine, { maxLength: 5 }),
    })
    .map((m) => ({
      name: `${m.date}${m.suffix}${m.extension}`,
      text: `---\ndate: ${m.otherDate ?? m.date}\n${m.title === undefined ? '' : `title: ${m.title}\n`}attendees: [${m.attendees.map((a) => JSON.stringify(a)).join(', ')}]\n${m.venue === undefined ? '' : `venue: ${m.venue}\n`}---\n\n${m.body.join('\n\n')}\n`,
    }));
  const folder = fc.oneof({ weight: 8, arbitrary: id }, ...(wild.has('file') ? [{ weight: 1, arbitrary: fc.constantFrom('Bad Name', 'x\u0001y', 'page-2') }] : []));
  return fc.record({
    site: fc
      .tuple(name(['Test wiki', 'Minutes']), fc.constantFrom('', 'url: https://example.org/minutes/\n', ...(wild.has('text') ? ['url: "https://javascript:alert(1)"\n', 'url: https://x.org/a b/\n'] : [])))
      .map(([title, url]) => `title: ${title}\ntimeZone: Europe/London\n${url}`),
    people,
    groups: fc.uniqueArray(fc.record({ folder, groupYaml: group, minutes: fc.uniqueArray(minutes, { maxLength: 4, selector: (m) => m.name }) }), {
      minLength: 1,
      maxLength: 2,
      selector: (g) => g.folder,
    }),
    symlink: wild.has('symlink') ? fc.constantFrom('none', 'none', 'people-outside', 'minutes-to-dev-zero', 'group-folder-outside', 'group-yaml-loop') : fc.constant('none'),
  });
}

/**
 * Tame wikis, wholly wild ones, and tame ones wild in one kind of value: those are the wikis
 * where one bad value is the only fault, so check must be what refuses it.
 */
const ALL: Wild = new Set(['text', 'id', 'day', 'yaml', 'cadence', 'markdown', 'file', 'symlink']);
const wikiArbitrary = fc.oneof(
  { weight: 3, arbitrary: arbitraries(new Set()) },
  { weight: 2, arbitrary: arbitraries(ALL) },
  ...[...ALL].map((kind) => ({ weight: 1, arbitrary: arbitraries(new Set([kind])) })),
);
type GeneratedWiki = typeof wikiArbitrary extends fc.Arbitrary<infer T> ? T : never;

// ---- Writing one to disk ----

const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/** Writes `wiki` into a fresh temporary folder (its `content/`), with its symbolic link. */
function writeWiki(wiki: GeneratedWiki): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'sigwiki-fuzz-'));
  folders.push(dir);
  const put = (relative: string, body: string) => {
    mkdirSync(path.dirname(path.join(dir, relative)), { recursive: true });
    writeFileSync(path.join(dir, relative), body);
  };
  put('content/sigwiki.yaml', wiki.site);
  put('content/people.yaml', wiki.people);
  put('outside/secret.yaml', 'name: Secret from outside content\n');
  // A name of 300 characters cannot be a folder at all (ENAMETOOLONG): 200 is, and check must refuse it.
  const folderOf = (group: GeneratedWiki['groups'][number]) => `content/groups/${group.folder.replaceAll('/', '_').slice(0, 200)}`;
  for (const group of wiki.groups) {
    const folder = folderOf(group);
    put(`${folder}/group.yaml`, group.groupYaml);
    for (const minutes of group.minutes) put(`${folder}/${minutes.name.replaceAll('/', '_')}`, minutes.text);
  }
  const first = folderOf(wiki.groups[0]!);
  const link = (target: string, at: string) => {
    rmSync(path.join(dir, at), { recursive: true, force: true });
    symlinkSync(target, path.join(dir, at));
  };
  if (wiki.symlink === 'people-outside') link(path.join(dir, 'outside/secret.yaml'), 'content/people.yaml');
  if (wiki.symlink === 'minutes-to-dev-zero') link('/dev/zero', `${first}/2016-03-02.md`);
  if (wiki.symlink === 'group-folder-outside') link(path.join(dir, 'outside'), 'content/groups/leak');
  if (wiki.symlink === 'group-yaml-loop') link('group.yaml', `${first}/group.yaml`);
  return dir;
}

// ---- The property ----

/** What a build writes that sigwiki computes itself: every page's address, every data file's text. */
function outputs(wiki: Wiki): { paths: string[]; texts: Map<string, string> } {
  const pages = [
    ...wiki.groups.map((group) => group.url),
    ...wiki.meetings.map((meeting) => meeting.url),
    ...wiki.people.map((person) => person.url),
    ...wiki.groupYearPages.map((page) => page.url),
    ...wiki.actionListPages.map((page) => page.url),
    // layouts/people.njk and actions.njk: numbered pages after the first.
    ...Array.from({ length: Math.max(0, Math.ceil(wiki.people.length / 400) - 1) }, (_, index) => `/people/${index + 2}/`),
    ...Array.from({ length: Math.max(0, Math.ceil(wiki.openActions.length / 100) - 1) }, (_, index) => `/actions/${index + 2}/`),
  ];
  const texts = new Map(dataFiles(wiki).map((file) => [file.path, file.text()]));
  return { paths: [...pages.map((page) => `${page}index.html`), ...texts.keys()], texts };
}

const accepted: string[] = [];

describe('issue 14: fuzzing check and build', () => {
  it('check returns diagnostics and never throws; what it accepts, the build model and its outputs take', async () => {
    let runs = 0;
    let refusedSymlinks = 0;
    await fc.assert(
      fc.asyncProperty(wikiArbitrary, async (generated) => {
        runs++;
        const dir = writeWiki(generated);
        const checked = await loadWiki({ contentDir: 'content', cwd: dir, asOf: AS_OF, render: false, cacheDir: false });
        expect(Array.isArray(checked.messages)).toBe(true);
        for (const message of checked.messages) expect(message.file.startsWith('content')).toBe(true);
        if (generated.symlink !== 'none') {
          refusedSymlinks++;
          expect(checked.messages).toContainEqual(expect.objectContaining({ ruleId: 'file-symlink', severity: 'error' }));
        }
        if (checked.messages.some((message) => message.severity === 'error')) return;

        const built = await loadWiki({ contentDir: 'content', cwd: dir, asOf: AS_OF, render: true, cacheDir: false });
        expect(built.messages.filter((message) => message.severity === 'error')).toEqual([]);
        const { wiki } = built;
        const { paths, texts } = outputs(wiki);
        expect(new Set(paths).size).toBe(paths.length);
        for (const sitePath of paths) {
          for (const segment of sitePath.split('/')) expect(segment).toMatch(/^[a-z0-9.-]{0,255}$/);
        }
        for (const [file, body] of texts) {
          if (file.endsWith('.json')) JSON.parse(body);
          if (file.endsWith('.xml')) expect(wellFormedProblems(body)).toEqual([]);
        }
        for (const meeting of wiki.meetings) {
          expect(meeting.html).not.toMatch(/[\u0000]/);
          for (const action of meeting.actions) expect(action.id).toMatch(/^[a-z][a-z0-9-]*-\d{8}[b-z]?-\d+$/);
        }
        for (const group of wiki.groups) {
          attendanceChart(group);
          actionsOverTimeChart(group, AS_OF);
        }
        for (const person of wiki.people) personTimeline(person, AS_OF);
        accepted.push(dir);
      }),
      { numRuns: 100, seed: 1414 },
    );
    expect(runs).toBe(100);
    expect(refusedSymlinks).toBeGreaterThan(0);
    // The generator is meant to produce a fair share of valid wikis for the next test.
    expect(accepted.length).toBeGreaterThanOrEqual(10);
  }, 240_000);

  // About 8 s a build on a busy 2-core machine: 8 of them.
  it('real `sigwiki build` runs build the first 8 generated wikis check accepted', () => {
    expect(accepted.length).toBeGreaterThanOrEqual(8);
    for (const dir of accepted.slice(0, 8)) {
      const run = runCli(['build', '--no-cache'], { cwd: dir, today: AS_OF });
      expect({ dir, status: run.status, stackTrace: /^ {4}at /m.test(run.stderr) }).toEqual({ dir, status: 0, stackTrace: false });
      expect(existsSync(path.join(dir, '_site/index.html'))).toBe(true);
    }
  }, 300_000);
});
