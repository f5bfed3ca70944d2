// The measured commands, (a)-(g), and how each is prepared before it is timed.
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
  // sigwiki keeps parsed minutes in a cache keyed by content; builds and checks get their own
  // here, so that (d) can start cold without taking (e)'s cache away.
  const env = { SIGWIKI_TODAY: today, SIGWIKI_CACHE_DIR: out('build-cache') };
  const checkEnv = { SIGWIKI_TODAY: today, SIGWIKI_CACHE_DIR: out('check-cache') };
  const cold = (cache, name) => () => {
    rmSync(out(cache), { recursive: true, force: true });
    if (name) clean(name)();
  };
  return [
    {
      key: 'a', label: 'sigwiki build', note: 'check, model, Eleventy pages for meetings, people, groups, actions; no cache',
      script: SIGWIKI, args: ['build', '--content', content, '--output', out('sigwiki')], env, prepare: cold('build-cache', 'sigwiki'),
    },
    {
      key: 'h', label: 'sigwiki build, warm cache', note: 'the same build into an empty folder, with (a)\'s parse cache: what CI with a cache does',
      script: SIGWIKI, args: ['build', '--content', content, '--output', out('sigwiki')], env, prepare: clean('sigwiki'),
    },
    {
      key: 'i', label: 'sigwiki without search index and feeds', note: 'as (h), but the pages only: no pagefind, feeds, .ics or JSON',
      script: SIGWIKI, args: ['build', '--content', content, '--output', out('pages-only')], env: { ...env, SIGWIKI_BENCH_PAGES_ONLY: '1' }, prepare: clean('pages-only'),
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
      key: 'd', label: 'sigwiki check, no cache', note: 'whole corpus, no output, every file parsed',
      script: SIGWIKI, args: ['check', '--content', content], env: checkEnv, prepare: cold('check-cache'),
    },
    {
      key: 'f', label: 'sigwiki check, cached', note: 'the same check again: unchanged files come from the cache',
      script: SIGWIKI, args: ['check', '--content', content], env: checkEnv, prepare: () => {},
    },
    {
      key: 'g', label: 'sigwiki check, one file changed', note: 'as a contributor checks an edit: one file parsed, the rest from the cache',
      script: SIGWIKI, args: ['check', '--content', content], env: checkEnv,
      prepare: (run) => appendFileSync(path.join(content, changedFile), `\nA late note added by the benchmark's check, run ${run}.\n`),
    },
    {
      key: 'e', label: 'sigwiki rebuild, one file changed', note: 'rebuild over (a)\'s output: one file parsed, the rest cached; every page written again',
      script: SIGWIKI, args: ['build', '--content', content, '--output', out('sigwiki')], env,
      prepare: (run) => appendFileSync(path.join(content, changedFile), `\nA late note added by the benchmark, run ${run}.\n`),
    },
  ];
}
