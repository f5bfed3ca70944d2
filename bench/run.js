// `npm run bench`: times sigwiki against bare Eleventy and plain markdown-it at 1k and 10k minutes.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from './generate-corpus.js';
import { benchCases } from './runner/cases.js';
import { measure, RSS_METHOD } from './runner/measure.js';
import { pageWeights } from './runner/page-weight.js';
import { toMarkdown } from './runner/report.js';
import { median, summarise } from './runner/stats.js';
import { serveLatency, serveLatencyTable } from './serve-latency.js';

const HELP = `Usage: node bench/run.js [--sizes 1000,10000] [--memory 50000] [--runs 5] [--budget 540] [--work DIR] [--keep]

  --sizes    corpus sizes (minutes files), comma-separated, smallest first
  --memory   sizes at which one build (no cache) is run for its peak memory; 0 for none
  --runs     most runs of each case per size (at least one always runs)
  --budget   seconds the whole run may take; rounds are skipped to stay within it
  --work     scratch folder for corpora and outputs (default /dev/shm/sigwiki-bench)
  --keep     leave the corpora and outputs in the work folder
Writes bench/out/results.json and bench/out/results.md.`;

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    memory: { type: 'string', default: '50000' },
    runs: { type: 'string', default: '5' },
    budget: { type: 'string', default: '540' },
    work: { type: 'string', default: existsSync('/dev/shm') ? '/dev/shm/sigwiki-bench' : path.join(os.tmpdir(), 'sigwiki-bench') },
    keep: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  console.log(HELP);
  process.exit(0);
}

const sizes = values.sizes.split(',').map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--sizes takes whole numbers: ${values.sizes}`);
const maxRuns = Number(values.runs);
const deadline = performance.now() + Number(values.budget) * 1000;
const outDir = path.join(import.meta.dirname, 'out');
const log = (text) => process.stderr.write(`${text}\n`);

const results = {
  meta: {
    date: new Date().toISOString(), node: process.version, cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model.trim(),
    memoryGb: Math.round(os.totalmem() / 1e9), workDir: values.work, rssMethod: RSS_METHOD, budgetSeconds: Number(values.budget),
    loadAverageAtStart: os.loadavg()[0],
  },
  sizes: [],
};

// Largest first: its rounds cost the most, and what is left of the budget goes to smaller sizes.
const order = [...sizes].sort((a, b) => b - a);
for (const [index, files] of order.entries()) {
  const work = path.join(values.work, String(files));
  const content = path.join(work, 'content');
  const started = performance.now();
  const { files: paths, ...corpus } = generateCorpus(content, { minutes: files });
  corpus.generateMs = performance.now() - started;
  log(`N=${files}: ${corpus.minutes} minutes, ${corpus.actions} actions (${corpus.closed} closed), ${(corpus.bytes / 1e6).toFixed(1)} MB, generated in ${(corpus.generateMs / 1000).toFixed(1)} s`);

  const changedFile = paths[Math.floor(paths.length / 2)];
  const cases = benchCases({ content, work, changedFile, today: '2026-01-01' });
  const samples = Object.fromEntries(cases.map((c) => [c.key, []]));
  for (let run = 1; run <= maxRuns; run++) {
    const roundStarted = performance.now();
    for (const c of cases) {
      c.prepare(run);
      const sample = await measure(c.script, c.args, { env: c.env });
      samples[c.key].push(sample);
      log(`  run ${run} (${c.key}) ${c.label}: ${(sample.ms / 1000).toFixed(2)} s, ${(sample.rssKb / 1000).toFixed(0)} MB`);
    }
    // Go on only if another round here and one round of each smaller size still fit. A smaller
    // size is assumed to cost twice its share of N, as people and groups pages do not shrink.
    const round = performance.now() - roundStarted;
    const later = order.slice(index + 1).reduce((sum, n) => sum + round * Math.min(1, (2 * n) / files), 0);
    if (performance.now() + round + later > deadline) break;
  }
  // After the timed cases: `serve` on the same corpus, an edit until its page shows it, against (a).
  const serve = await serveLatency({ content, work, changedFile, fullBuildMs: median(samples.a.map((sample) => sample.ms)), log });
  results.sizes.unshift({
    files,
    serve,
    corpus: { ...corpus, changedFile },
    pageWeights: pageWeights(path.join(work, 'sigwiki')),
    cases: Object.fromEntries(cases.map((c) => [c.key, { label: c.label, note: c.note, ...summarise(samples[c.key], files) }])),
  });
  if (!values.keep) rmSync(work, { recursive: true, force: true });
}

// One build at each memory size, outside the time budget: what a large archive's build needs.
results.memory = [];
for (const files of values.memory.split(',').map(Number).filter((n) => n > 0)) {
  const work = path.join(values.work, `memory-${files}`);
  const content = path.join(work, 'content');
  const corpus = generateCorpus(content, { minutes: files });
  log(`N=${files} (memory): ${corpus.minutes} minutes, ${(corpus.bytes / 1e6).toFixed(1)} MB`);
  const [build] = benchCases({ content, work, changedFile: corpus.files[0], today: '2026-01-01' });
  // A build that runs out of node's default heap is a result, not the end of the run: it is
  // written down, and the build is measured again with a heap of half the machine's memory.
  for (const heapMb of [undefined, Math.floor(os.totalmem() / 2 / 1e6)]) {
    build.prepare(1);
    const env = heapMb ? { ...build.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=${heapMb}`.trim() } : build.env;
    const label = `${build.label}, no cache${heapMb ? `, --max-old-space-size=${heapMb}` : ''}`;
    try {
      const sample = await measure(build.script, build.args, { env });
      log(`  (a) ${label}: ${(sample.ms / 1000).toFixed(2)} s, ${(sample.treeKb / 1000).toFixed(0)} MB all processes, pagefind ${(sample.pagefindKb / 1000).toFixed(0)} MB`);
      results.memory.push({ files, label, ...summarise([sample], files) });
      break;
    } catch (error) {
      const outOfMemory = /heap out of memory/.test(String(error));
      log(`  (a) ${label}: failed${outOfMemory ? ': JavaScript heap out of memory' : ''}`);
      results.memory.push({ files, label, failed: outOfMemory ? 'JavaScript heap out of memory' : 'the build failed' });
      if (!outOfMemory) break;
    }
  }
  rmSync(work, { recursive: true, force: true });
}

results.meta.loadAverageAtEnd = os.loadavg()[0];
results.meta.totalSeconds = Math.round((performance.now() - deadline) / 1000 + Number(values.budget));
const markdown = toMarkdown(results) + serveLatencyTable(results.sizes);
mkdirSync(outDir, { recursive: true });
writeFileSync(path.join(outDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(path.join(outDir, 'results.md'), markdown);
console.log(markdown);
log(`Wrote ${path.relative(process.cwd(), outDir)}/results.json and results.md`);
