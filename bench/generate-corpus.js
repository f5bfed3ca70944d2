// Generates a deterministic benchmark corpus in sigwiki's content format (see docs/benchmark.md).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { makeGroups } from './corpus/groups.js';
import { renderMinutes } from './corpus/minutes.js';
import { makePeople } from './corpus/people.js';
import { planGroup } from './corpus/plan.js';
import { Prng } from './corpus/prng.js';
import { scheduleMeetings } from './corpus/schedule.js';

/** Defaults of the issue: 40 groups, 2,000 people, a third of actions closed. */
export const DEFAULTS = { minutes: 1000, groups: 40, people: 2000, seed: 20140411, closeShare: 1 / 3, lastDay: '2025-12-16' };

/**
 * Writes a content folder into `dir` (replacing it): sigwiki.yaml, people.yaml, and per group
 * group.yaml plus its minutes. The same options always give byte-identical files.
 * @param {string} dir
 * @param {Partial<typeof DEFAULTS>} [options]
 * @returns {{ minutes: number, actions: number, closed: number, bytes: number, files: string[] }}
 *   counts, and the minutes files' paths relative to `dir`
 */
export function generateCorpus(dir, options = {}) {
  const o = { ...DEFAULTS, ...options };
  const rng = new Prng(o.seed);
  const people = makePeople(rng, o.people);
  const groups = makeGroups(rng, o.groups, people);
  const schedule = scheduleMeetings(rng, groups, o.minutes, o.lastDay);

  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'sigwiki.yaml'), stringify({ title: `Benchmark wiki: ${o.minutes} minutes`, timeZone: 'UTC' }));
  writeFileSync(path.join(dir, 'people.yaml'), peopleYaml(people));

  const stats = { minutes: 0, actions: 0, closed: 0, bytes: 0, files: [] };
  for (const group of groups) {
    const folder = path.join(dir, 'groups', group.id);
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, 'group.yaml'), stringify({ ...group.record, ...cadenceOf(group, schedule.get(group.id)) }));
    for (const meeting of planGroup(rng, group, schedule.get(group.id), o.closeShare)) {
      const text = renderMinutes(rng, group, meeting);
      const file = `groups/${group.id}/${meeting.date}.md`;
      writeFileSync(path.join(dir, file), text);
      stats.minutes++;
      stats.actions += meeting.actions.length;
      stats.closed += meeting.closes.filter((close) => close.form !== 'review').length;
      stats.bytes += Buffer.byteLength(text);
      stats.files.push(file);
    }
  }
  return stats;
}

/** people.yaml as people write it: one block per person, aliases as a flow list. */
function peopleYaml(people) {
  return people.map((person) => `- id: ${person.id}\n  name: ${person.name}\n  aliases: [${person.aliases.join(', ')}]\n`).join('');
}

const HELP = `Usage: node bench/generate-corpus.js --out DIR [--minutes N] [--groups G] [--people P] [--seed S]`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      minutes: { type: 'string', default: String(DEFAULTS.minutes) },
      groups: { type: 'string', default: String(DEFAULTS.groups) },
      people: { type: 'string', default: String(DEFAULTS.people) },
      seed: { type: 'string', default: String(DEFAULTS.seed) },
    },
  });
  if (!values.out) {
    console.error(HELP);
    process.exitCode = 2;
  } else {
    const started = performance.now();
    const { files, ...stats } = generateCorpus(values.out, {
      minutes: Number(values.minutes), groups: Number(values.groups), people: Number(values.people), seed: Number(values.seed),
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`${values.out}: ${stats.minutes} minutes, ${stats.actions} actions (${stats.closed} closed), ${(stats.bytes / 1e6).toFixed(1)} MB in ${seconds} s`);
  }
}

/**
 * The `cadence:` that matches the dates the schedule gave a group: weekly, every other week or
 * every four weeks from its first meeting, or the same day of every month, with its venues in turn.
 */
function cadenceOf(group, dates) {
  if (!dates || dates.length === 0) return {};
  const first = dates[0];
  const common = { from: first, time: '15:00-16:00', venues: group.venueIds };
  if (group.cadenceDays === 30) {
    // A raw RRULE takes one venue: alternation needs `repeat:`.
    return { cadence: { rrule: `FREQ=MONTHLY;BYMONTHDAY=${Number(first.slice(8, 10))}`, from: first, time: '15:00-16:00', venue: group.venueIds[0] } };
  }
  const repeat = { 7: 'weekly', 14: 'every other week', 28: 'every 4 weeks' }[group.cadenceDays];
  return { cadence: { repeat, ...common } };
}
