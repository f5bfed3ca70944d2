// The five measured commands, (a)-(e), and how each is prepared before it is timed.
import { appendFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const SIGWIKI = path.join(ROOT, 'bin', 'sigwiki.js');

/**
 * @typedef {{
 *   key: string, label: string, note: string, script: string, args: string[],
 *   env?: Record<string, string>, prepare: (run: number) => void
 * }} BenchCase
 */

/**
 * The cases for one corpus. `work` is a scratch folder on tmpfs for outputs; `changedFile` is the
 * minutes file (relative to `content`) that (e) edits. Every build starts from an empty output
 * folder except (e), which rebuilds over (a)'s output after appending a line to one file.
 * @param {{ content: string, work: string, changedFile: string, today: string }} corpus
 * @returns {BenchCase[]}
 */
export function benchCases({ content, work, changedFile, today }) {
  const out = (name) => path.join(work, name);
  const clean = (name) => () => rmSync(out(name), { recursive: true, force: true });
  const env = { SIGWIKI_TODAY: today };
  return [
    {
      key: 'a', label: 'sigwiki build', note: 'check, model, Eleventy pages for meetings, people, groups, actions',
      script: SIGWIKI, args: ['build', '--content', content, '--output', out('sigwiki')], env, prepare: clean('sigwiki'),
    },
    {
      key: 'b', label: 'bare Eleventy (baseline)', note: 'the same .md files as plain pages, same markdown-it, no layout',
      script: path.join(ROOT, 'bench', 'baseline', 'build.js'), args: ['--input', path.join(content, 'groups'), '--output', out('eleventy')],
      prepare: clean('eleventy'),
    },
    {
      key: 'c', label: 'markdown-it only (floor)', note: 'read + gray-matter + render + write, one process, no framework',
      script: path.join(ROOT, 'bench', 'floor.js'), args: ['--content', content, '--output', out('floor')], prepare: clean('floor'),
    },
    {
      key: 'd', label: 'sigwiki check', note: 'whole corpus, no output',
      script: SIGWIKI, args: ['check', '--content', content], env, prepare: () => {},
    },
    {
      key: 'e', label: 'sigwiki rebuild, one file changed', note: 'full rebuild over (a)\'s output: sigwiki build has no incremental mode',
      script: SIGWIKI, args: ['build', '--content', content, '--output', out('sigwiki')], env,
      prepare: (run) => appendFileSync(path.join(content, changedFile), `\nA late note added by the benchmark, run ${run}.\n`),
    },
  ];
}
