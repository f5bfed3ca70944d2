// What `sigwiki init` writes, as a pure list: every file, options honoured, a wiki that checks clean.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { groupIdFrom, initFiles, initOptionProblems, type InitOptions } from '../../src/scaffold/init-files.js';
import { buildWiki } from '../../src/model/build-wiki.js';
import { contentFiles } from '../helpers/content.js';

const OPTIONS: InitOptions = {
  title: 'Docs SIG',
  timeZone: 'Europe/Berlin',
  groupId: 'docs-sig',
  groupName: 'Docs SIG',
  today: '2026-11-24',
  sigwikiSpec: 'file:../sigwiki-0.1.0.tgz',
};

function filesOf(options: InitOptions = OPTIONS): Record<string, string> {
  return Object.fromEntries(initFiles(options).map((file) => [file.path, file.text]));
}

describe('initFiles', () => {
  it('lists every file of a new wiki', () => {
    expect(initFiles(OPTIONS).map((file) => file.path)).toEqual([
      'package.json',
      'README.md',
      '.gitignore',
      '.vscode/settings.json',
      '.vscode/extensions.json',
      'content/sigwiki.yaml',
      'content/people.yaml',
      'content/groups/docs-sig/group.yaml',
      'content/groups/docs-sig/2026-11-24.md',
      '.github/workflows/check.yml',
      '.github/workflows/pages.yml',
      '.github/workflows/next-minutes.yml',
    ]);
  });

  it('writes a package.json that depends on sigwiki only, with start, build and check scripts', () => {
    expect(JSON.parse(filesOf()['package.json']!)).toEqual({
      name: 'docs-sig',
      private: true,
      description: 'Docs SIG: meeting minutes published with sigwiki',
      scripts: { start: 'sigwiki serve', build: 'sigwiki build', check: 'sigwiki check --strict' },
      dependencies: { sigwiki: 'file:../sigwiki-0.1.0.tgz' },
      engines: { node: '>=20.19' },
    });
  });

  it('honours the title, url, time zone, group and date', () => {
    const files = filesOf({ ...OPTIONS, title: 'Docs: the SIG', url: 'https://docs.example.org/minutes/', groupId: 'docs', groupName: '#docs group', timeZone: 'Asia/Kolkata', today: '2027-02-03' });
    expect(parse(files['content/sigwiki.yaml']!)).toEqual({ title: 'Docs: the SIG', url: 'https://docs.example.org/minutes/', timeZone: 'Asia/Kolkata' });
    const group = parse(files['content/groups/docs/group.yaml']!);
    expect(group).toMatchObject({ name: '#docs group', timeZone: 'Asia/Kolkata', roles: { chair: 'alex-example', scribe: 'alex-example' } });
    // 3 February 2027 is a Wednesday: the cadence's first meeting is the first minutes' day.
    expect(group.cadence).toEqual({ repeat: 'every other week', on: 'wednesday', from: '2027-02-03', time: '15:00-16:00', venue: 'video' });
    expect(group.venues).toEqual({ video: { name: 'Video call', kind: 'video' } });
    expect(files['content/groups/docs/2027-02-03.md']).toMatch(/^---\ndate: 2027-02-03\n/);
    expect(files['README.md']).toMatch(/^# Docs: the SIG\n/);
    expect(files['README.md']).toContain('npx sigwiki new docs ');
  });

  it('leaves the url as a comment to fill in when none is given', () => {
    const site = filesOf()['content/sigwiki.yaml']!;
    expect(parse(site)).toEqual({ title: 'Docs SIG', timeZone: 'Europe/Berlin' });
    expect(site).toContain('# url: https://<owner>.github.io/<repository>/');
  });

  it('points each YAML file at its schema in the installed package, and leaves minutes to start with ---', () => {
    const files = filesOf();
    for (const [file, schema] of [
      ['content/sigwiki.yaml', 'sigwiki'],
      ['content/people.yaml', 'people'],
      ['content/groups/docs-sig/group.yaml', 'group'],
    ] as const) {
      const modeline = /^# yaml-language-server: \$schema=(\S+)\n/.exec(files[file]!);
      expect(modeline, file).not.toBeNull();
      expect(path.posix.join(path.posix.dirname(file), modeline![1]!)).toBe(`node_modules/sigwiki/schemas/${schema}.schema.json`);
    }
    expect(files['content/groups/docs-sig/2026-11-24.md']!.startsWith('---\n')).toBe(true);
    const settings = JSON.parse(files['.vscode/settings.json']!);
    expect(settings['yaml.schemas']).toEqual({
      './node_modules/sigwiki/schemas/sigwiki.schema.json': 'content/sigwiki.yaml',
      './node_modules/sigwiki/schemas/people.schema.json': 'content/people.yaml',
      './node_modules/sigwiki/schemas/group.schema.json': 'content/groups/*/group.yaml',
    });
    expect(JSON.parse(files['.vscode/extensions.json']!)).toEqual({ recommendations: ['redhat.vscode-yaml'] });
  });

  it('ignores the build output and its temporary folders', () => {
    expect(filesOf()['.gitignore']!.split('\n')).toEqual(['node_modules/', '_site', '.sigwiki-site/', '']);
  });

  it('makes a wiki with no problems, whose first minutes raise two owned actions', () => {
    const files = filesOf();
    const result = buildWiki(contentFiles(files), { asOf: '2026-11-24', now: '2026-11-24T08:00:00Z' });
    expect(result.messages.map((message) => `${message.file}:${message.line} ${message.ruleId}`)).toEqual([]);
    const [group] = result.wiki.groups;
    expect(group!.openActions.map((action) => [action.id, action.owners.map((person) => person.id), action.due])).toEqual([
      ['docs-sig-20261124-1', ['alex-example'], '2026-12-08'],
      ['docs-sig-20261124-2', ['alex-example'], undefined],
    ]);
    // The first meeting is on the cadence (no off-cadence warning above), the next is two weeks on.
    expect(group!.nextMeeting?.localDate).toBe('2026-11-24');
    expect(group!.meetings[0]!.venue?.id).toBe('video');
  });
});

describe('initOptionProblems', () => {
  it('accepts the defaults', () => {
    expect(initOptionProblems(OPTIONS)).toEqual([]);
  });

  it('validates the time zone, with a suggestion or the right spelling', () => {
    expect(initOptionProblems({ ...OPTIONS, timeZone: 'Europe/Berln' })).toEqual(['--time-zone: unknown time zone "Europe/Berln"; did you mean "Europe/Berlin"?']);
    expect(initOptionProblems({ ...OPTIONS, timeZone: 'europe/berlin' })).toEqual(['--time-zone: write the time zone as "Europe/Berlin"']);
  });

  it('refuses a group id that is not an id, a url that is not http(s), an empty title', () => {
    expect(initOptionProblems({ ...OPTIONS, groupId: 'Docs SIG' })).toEqual([
      '--group "Docs SIG" is not an id: use lower-case letters, digits and single hyphens, starting with a letter (e.g. docs-sig)',
    ]);
    expect(initOptionProblems({ ...OPTIONS, url: 'docs.example.org' })).toEqual(['--url must start with https:// (or http://)']);
    expect(initOptionProblems({ ...OPTIONS, title: ' ' })).toEqual(['--title must not be empty']);
  });
});

describe('groupIdFrom', () => {
  it('derives an id from a name', () => {
    expect(groupIdFrom('Docs SIG')).toBe('docs-sig');
    expect(groupIdFrom('Groupe de travail Ébène')).toBe('groupe-de-travail-ebene');
    expect(groupIdFrom('2027 WG')).toBe('group-2027-wg');
  });
});
