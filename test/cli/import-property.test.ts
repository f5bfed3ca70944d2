// Property: whatever is imported into whatever wiki, either the result passes `check` or nothing was written.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';
import { tempWikiFrom, type TempWiki } from '../helpers/temp-wiki.js';

const ARCHIVE = path.join(ROOT, 'test/fixtures/import/archive');
const BAD = path.join(ARCHIVE, 'example-wg-2021-03-18.md');
const SOURCES = [
  ...readdirSync(ARCHIVE)
    .map((name) => path.join(ARCHIVE, name))
    .filter((file) => file !== BAD),
  path.join(ROOT, 'test/fixtures/import/meetbot-sample.txt'),
  // Issue 13: a whole folder (split months, same-day meetings, source front matter), and two of its files alone.
  path.join(ROOT, 'test/fixtures/import/folder'),
  path.join(ROOT, 'test/fixtures/import/folder/monthly/2019-08.md'),
  path.join(ROOT, 'test/fixtures/import/folder/2019-08-12-extra-call.md'),
];
// Starting points: none, empty, comment-only, a known person, one that makes the unknown owner known, and one already broken.
const PEOPLE = [
  undefined,
  '',
  '# people\n',
  '- id: ada-quill\n  name: Ada Quill\n',
  '- id: zed-nobody\n  name: Zed Nobody\n',
  '- id: a\n  name: A One\n  aliases: [ same ]\n- id: b\n  name: B Two\n  aliases: [ same ]\n',
];

/** Every file below `dir` with its text, to tell whether anything was written. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      const full = path.join(at, name);
      if (statSync(full).isDirectory()) walk(full);
      else files[path.relative(dir, full)] = readFileSync(full, 'utf8');
    }
  };
  walk(dir);
  return files;
}

let wiki: TempWiki | undefined;
afterEach(() => wiki?.remove());

describe('sigwiki import, for any files and any starting people.yaml', () => {
  it('leaves a wiki that passes check, or writes nothing; --dry-run exits the same', () => {
    const outcomes = new Set<number | null>();
    fc.assert(
      fc.property(fc.subarray(SOURCES, { minLength: 1 }), fc.boolean(), fc.constantFrom(...PEOPLE), fc.boolean(), (chosen, withBad, people, group) => {
        // The file whose action owner nobody knows goes in half the time: it fails unless people.yaml knows Zed.
        const sources = withBad ? [...chosen, BAD] : chosen;
        wiki?.remove();
        wiki = tempWikiFrom({
          'content/sigwiki.yaml': 'title: test wiki\ntimeZone: UTC\n',
          'content/groups/example-wg/group.yaml': 'name: Example WG\nactionPrefix: ewg\n',
          ...(people === undefined ? {} : { 'content/people.yaml': people }),
        });
        const args = ['import', ...(group ? ['--group', 'example-wg'] : []), ...sources];
        const before = snapshot(path.join(wiki.dir, 'content'));
        const dry = runCli([args[0]!, '--dry-run', ...args.slice(1)], { cwd: wiki.dir });
        expect(snapshot(path.join(wiki.dir, 'content'))).toEqual(before);
        const run = runCli(args, { cwd: wiki.dir });
        expect(dry.status).toBe(run.status);
        outcomes.add(run.status);
        if (run.status === 0) expect(runCli(['check'], { cwd: wiki.dir }).status).toBe(0);
        else expect(snapshot(path.join(wiki.dir, 'content'))).toEqual(before);
      }),
      { numRuns: 8, seed: 13 },
    );
    // Not vacuous: the runs include imports that were written and imports that were refused.
    expect(outcomes.has(0)).toBe(true);
    expect([...outcomes].some((status) => status !== 0)).toBe(true);
  }, 600_000);
});
