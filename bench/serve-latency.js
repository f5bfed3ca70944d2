// Times `sigwiki serve` from saving one minutes file to the served page showing the edit, against a full build in the same run.
import { spawn } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from './generate-corpus.js';
import { measure } from './runner/measure.js';
import { median } from './runner/stats.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const SIGWIKI = path.join(ROOT, 'bin', 'sigwiki.js');

/** What serve prints at the end of each rebuild, just before Eleventy tells the browser to reload. */
const REBUILT = 'sigwiki serve: rebuilt ';

/** How often the served page is asked for while waiting for an edit, in milliseconds. */
const POLL_MS = 20;

/**
 * Starts `sigwiki serve` in a copy of `content` (below `work`), waits for its first build,
 * search index included, then `edits` times appends a line with a fresh word to `changedFile`
 * (relative to the content folder) and times from the save until serve reports the rebuild done (feeds and exports written; the
 * browser is told to reload then) and the meeting's page, fetched over HTTP every 20 ms,
 * contains the word. Also times one full `sigwiki build` of the same content, for the ratio
 * (unless given). The live reload is sent right after that report: a reader waits this plus it.
 * @param {{ content: string, work: string, changedFile: string, edits?: number, fullBuildMs?: number, log?: (text: string) => void }} options
 * @returns {Promise<{ startMs: number, editMs: number[], medianMs: number, fullBuildMs: number, ratio: number }>}
 */
export async function serveLatency({ content, work, changedFile, edits = 3, fullBuildMs, log = () => {} }) {
  const site = path.join(work, 'serve');
  rmSync(site, { recursive: true, force: true });
  mkdirSync(site, { recursive: true });
  cpSync(content, path.join(site, 'content'), { recursive: true });
  const env = { ...process.env, SIGWIKI_TODAY: '2026-01-01', SIGWIKI_CACHE_DIR: path.join(work, 'serve-cache'), NO_COLOR: '1' };
  if (fullBuildMs === undefined) {
    rmSync(path.join(work, 'serve-cache'), { recursive: true, force: true });
    fullBuildMs = (await measure(SIGWIKI, ['build', '--content', path.join(site, 'content'), '--output', path.join(work, 'serve-full-build')], { env })).ms;
    rmSync(path.join(work, 'serve-full-build'), { recursive: true, force: true });
    rmSync(path.join(work, '.sigwiki-site'), { recursive: true, force: true });
    log(`  full build: ${(fullBuildMs / 1000).toFixed(2)} s`);
  }
  const port = 20000 + Math.floor(Math.random() * 20000);
  const url = `http://127.0.0.1:${port}/${changedFile.replace(/\.md$/, '/')}`;
  const started = performance.now();
  const child = spawn(process.execPath, [SIGWIKI, 'serve', '--port', String(port)], { cwd: site, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let stderr = '';
  let stdout = '';
  child.stdout.on('data', (chunk) => (stdout = (stdout + chunk).slice(-20_000)));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    await until(async () => (await fetchText(url)) !== undefined, exited, () => stderr);
    // The first build goes on after its pages are served (the search index): edits wait for it.
    await until(async () => stdout.includes('Watching'), exited, () => stderr);
    const startMs = performance.now() - started;
    log(`  serve up: ${(startMs / 1000).toFixed(2)} s`);
    // One untimed edit first, saved again every 10 s until a rebuild is reported: at 10k files
    // the file watcher can still be settling after "Watching", and missed the first save.
    for (let rebuilds = count(stderr, REBUILT), attempt = 1; count(stderr, REBUILT) === rebuilds; attempt++) {
      appendFileSync(path.join(site, 'content', changedFile), `\nA note added while the watcher settles (${attempt}).\n`);
      const giveUp = performance.now() + 10_000;
      await until(async () => count(stderr, REBUILT) > rebuilds || performance.now() > giveUp, exited, () => stderr);
    }
    const editMs = [];
    for (let edit = 1; edit <= edits; edit++) {
      // Eleventy's watcher ignores saves for a moment after a build; a person does not save that fast.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const word = `servebench${process.pid}x${edit}x${Date.now()}`;
      const saved = performance.now();
      appendFileSync(path.join(site, 'content', changedFile), `\nA note added while serving: ${word}.\n`);
      const rebuilds = count(stderr, REBUILT);
      // The page is written before the feeds and exports; the browser reloads once both are.
      await until(async () => count(stderr, REBUILT) > rebuilds && (await fetchText(url))?.includes(word) === true, exited, () => stderr);
      editMs.push(performance.now() - saved);
      log(`  edit ${edit}: ${editMs.at(-1).toFixed(0)} ms`);
    }
    const medianMs = median(editMs);
    return { startMs, editMs, medianMs, fullBuildMs, ratio: medianMs / fullBuildMs };
  } finally {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // gone already
    }
    await exited;
    rmSync(site, { recursive: true, force: true });
  }
}

/** Markdown rows for the serve latencies of each size: `[{ files, serve }]`. */
export function serveLatencyTable(sizes) {
  const rows = sizes.filter((size) => size.serve);
  if (rows.length === 0) return '';
  const lines = [
    '| N | serve: edit → page shows it, median ms | edits (ms) | full build s | edit / full build | target | met |',
    '| ---: | ---: | --- | ---: | ---: | --- | :---: |',
  ];
  for (const { files, serve } of rows) {
    const target = files <= 1000 ? '< 1 s' : '< 10% of a full build';
    const met = files <= 1000 ? serve.medianMs < 1000 : serve.ratio < 0.1;
    lines.push(`| ${files} | ${serve.medianMs.toFixed(0)} | ${serve.editMs.map((ms) => ms.toFixed(0)).join(', ')} | ${(serve.fullBuildMs / 1000).toFixed(2)} | ${(serve.ratio * 100).toFixed(1)}% | ${target} | ${met ? 'yes' : 'no'} |`);
  }
  return `\n${lines.join('\n')}\n`;
}

function count(text, part) {
  return text.split(part).length - 1;
}

async function fetchText(url) {
  try {
    const response = await fetch(url);
    return response.ok ? await response.text() : undefined;
  } catch {
    return undefined;
  }
}

async function until(test, exited, stderr) {
  let done = false;
  exited.then(() => (done = true));
  for (;;) {
    if (done) throw new Error(`sigwiki serve exited early:\n${stderr()}`);
    if (await test()) return;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

// Run on its own: node bench/serve-latency.js [--sizes 1000,10000]
if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '1000,10000' },
      edits: { type: 'string', default: '3' },
      work: { type: 'string', default: existsSync('/dev/shm') ? '/dev/shm/sigwiki-serve-bench' : path.join(os.tmpdir(), 'sigwiki-serve-bench') },
      keep: { type: 'boolean', default: false },
      // Skips the full build when its time is known (seconds), for quick runs while working.
      'full-build-s': { type: 'string' },
    },
  });
  const sizes = [];
  for (const files of values.sizes.split(',').map(Number)) {
    const work = path.join(values.work, String(files));
    const content = path.join(work, 'content');
    const { files: paths } = generateCorpus(content, { minutes: files });
    const changedFile = paths[Math.floor(paths.length / 2)];
    console.error(`N=${files}: editing ${changedFile}`);
    const serve = await serveLatency({ content, work, changedFile, edits: Number(values.edits), fullBuildMs: values['full-build-s'] ? Number(values['full-build-s']) * 1000 : undefined, log: (text) => console.error(text) });
    sizes.push({ files, serve });
    if (!values.keep) rmSync(work, { recursive: true, force: true });
  }
  console.log(serveLatencyTable(sizes));
}

