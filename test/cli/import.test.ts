// `sigwiki import` as a real process: seeds and MeetBot minutes become valid minutes files.
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadWiki } from '../../src/load/load-wiki.js';
import { ROOT, runCli } from '../helpers/run-cli.js';
import { tempWiki, type TempWiki } from '../helpers/temp-wiki.js';

const FIXTURES = path.join(ROOT, 'test/fixtures/import');
const CENTOS = path.join(FIXTURES, 'centos-virt-sig-2014-04-11.txt');
const MIRAGE = path.join(FIXTURES, 'mirageos-call-2016-02-17.md');
const MEETBOT = path.join(FIXTURES, 'meetbot-sample.txt');
const CENTOS_TARGET = 'content/groups/centos-virt/2014-04-11.md';

let wiki: TempWiki;
beforeEach(() => {
  wiki = tempWiki();
});
afterEach(() => wiki.remove());

const build = () => loadWiki({ contentDir: 'content', cwd: wiki.dir, asOf: '2026-11-23' });

describe('sigwiki import', () => {
  it('imports the CentOS mailing-list post: date, attendees, 15 actions, one unowned', async () => {
    rmSync(path.join(wiki.dir, CENTOS_TARGET));
    const run = runCli(['import', CENTOS], { cwd: wiki.dir });
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('15 actions (1 unowned), 5 attendees');
    expect(run.stderr).toContain(`wrote ${CENTOS_TARGET}`);

    const { wiki: result, messages } = await build();
    expect(messages.filter((message) => message.severity === 'error')).toEqual([]);
    const meeting = result.meetings.find((m) => m.file === CENTOS_TARGET)!;
    expect(meeting.date).toBe('2014-04-11');
    expect(meeting.attendees.map((person) => person.id)).toEqual(['lars-kurth', 'george-dunlap', 'karanbir-singh', 'johnny-hughes', 'euan-harris']);
    expect(meeting.scribe.map((person) => person.id)).toEqual(['lars-kurth']);
    expect(meeting.actions).toHaveLength(15);
    expect(meeting.actions.filter((action) => action.owners.length === 0).map((action) => action.text)).toEqual([
      'make mods to github repos *after* migration',
    ]);
    expect(meeting.actions[2]!.owners.map((person) => person.id)).toEqual(['lars-kurth', 'george-dunlap']);
    expect(meeting.actions[2]!.text).toContain('We may want to run this dually for a while');
  });

  it('refuses to overwrite without --force, and overwrites with it', () => {
    const before = wiki.read(CENTOS_TARGET);
    const refused = runCli(['import', CENTOS], { cwd: wiki.dir });
    expect(refused.status).toBe(3);
    expect(refused.stderr).toContain(`${CENTOS_TARGET} already exists and holds this meeting (imported before?); not overwritten. Pass --force`);
    expect(wiki.read(CENTOS_TARGET)).toBe(before);

    const forced = runCli(['import', '--force', CENTOS], { cwd: wiki.dir });
    expect(forced.status).toBe(0);
    expect(wiki.read(CENTOS_TARGET)).not.toBe(before);
  });

  it('prints the Mirage notes with --dry-run and writes nothing', () => {
    const run = runCli(['import', '--dry-run', '--group', 'mirageos', '--date', '2016-02-18', MIRAGE], { cwd: wiki.dir });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^# content\/groups\/mirageos\/2016-02-18\.md\n---\ndate: 2016-02-18\n/);
    expect(run.stdout).toContain('title: Containers, 2.7 prep, Hackathon and Netmap');
    expect(run.stderr).toContain('12 attendees');
    expect(existsSync(path.join(wiki.dir, 'content/groups/mirageos/2016-02-18.md'))).toBe(false);
  });

  it('imports MeetBot minutes, proposing unknown people, and adds them with --add-people', async () => {
    const proposed = runCli(['import', '--dry-run', '--group', 'example-wg', MEETBOT], { cwd: wiki.dir });
    expect(proposed.stdout).toContain('# would add to content/people.yaml:');
    expect(proposed.stdout).toContain('- id: mkoval');

    const run = runCli(['import', '--group', 'example-wg', '--add-people', MEETBOT], { cwd: wiki.dir });
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('added 5 people to content/people.yaml');
    const { wiki: result, messages } = await build();
    expect(messages.filter((message) => message.severity === 'error')).toEqual([]);
    const meeting = result.meetings.find((m) => m.date === '2019-03-06')!;
    expect(meeting.chair.map((person) => person.id)).toEqual(['mkoval']);
    expect(meeting.attendees).toHaveLength(5);
    expect(meeting.actions.map((action) => action.owners.map((person) => person.id))).toEqual([['tiwari'], ['jfeld', 'mkoval'], [], ['sol-r']]);
  });

  it('fails for an unknown group with a suggestion, and shows progress for several files', () => {
    const run = runCli(['import', '--group', 'centos-vrit', CENTOS, MIRAGE], { cwd: wiki.dir });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('[1/2]');
    expect(run.stderr).toContain('[2/2]');
    expect(run.stderr).toContain('there is no group `centos-vrit`; pass --group (did you mean `centos-virt`?)');
  });
});
