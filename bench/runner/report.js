// Turns benchmark results into a Markdown report: timings, ratios, scaling and targets.
import { PAGE_BUDGET_KB } from './page-weight.js';

const s = (ms) => (ms / 1000).toFixed(2);
const x = (ratio) => (Number.isFinite(ratio) ? `${ratio.toFixed(2)}×` : 'n/a');

/**
 * @typedef {{ files: number, corpus: object, cases: Record<string, { label: string, note: string } & ReturnType<typeof import('./stats.js').summarise>> }} SizeResult
 * @typedef {{ meta: Record<string, unknown>, sizes: SizeResult[] }} Results
 */

/** Ratios between cases at one size: time a/b, a/c, e/a (medians) and RSS a/b. */
export function ratios(size) {
  const { a, b, c, e } = size.cases;
  return { aOverB: a.medianMs / b.medianMs, aOverC: a.medianMs / c.medianMs, eOverA: e.medianMs / a.medianMs, rssAOverB: a.rssMb / b.rssMb };
}

const mb = (value) => Math.round(value).toLocaleString('en');
const cpu = (c) => (c.cpuMs ? s(c.cpuMs) : 'n/a');

/**
 * Issue 17's table at one size: CPU and wall time, peak memory of all processes together and
 * of the largest one, and each row's CPU and memory against bare Eleventy's in the same run.
 */
export function issueTable(size) {
  const { a, b, c, h, i } = size.cases;
  const lines = [
    `| case at N = ${size.files} | CPU s (median) | wall s (median) | peak MB, all processes | peak MB, largest process | pagefind's peak MB | CPU ÷ bare Eleventy | peak ÷ bare Eleventy |`,
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  const rows = [[h, 'sigwiki build, warm cache'], [a, 'sigwiki build, `--no-cache`'], [i, 'sigwiki without search index and feeds'], [b, 'bare Eleventy, same Markdown'], [c, 'floor: read + front matter + markdown-it + write']];
  for (const [row, label] of rows) {
    if (!row) continue;
    const pagefind = row.pagefindMb ? mb(row.pagefindMb) : '–';
    lines.push(`| ${label} | ${cpu(row)} | ${s(row.medianMs)} | ${mb(row.treeMb)} | ${mb(row.rssMb)} | ${pagefind} | ${x(row.cpuMs / b.cpuMs)} | ${x(row.treeMb / b.treeMb)} |`);
  }
  return lines;
}

/** The memory rows (one build each, at sizes beyond the timed ones): peak of all processes. */
export function memoryTable(memory) {
  const lines = [
    '| N | case | wall s | CPU s | peak MB, all processes | peak MB, largest process | pagefind\'s peak MB |',
    '| ---: | --- | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const row of memory) {
    if (row.failed) lines.push(`| ${row.files} | ${row.label} | failed: ${row.failed} | – | – | – | – |`);
    else lines.push(`| ${row.files} | ${row.label} | ${s(row.medianMs)} | ${cpu(row)} | ${mb(row.treeMb)} | ${mb(row.rssMb)} | ${mb(row.pagefindMb)} |`);
  }
  return lines;
}

/** The issue's targets, judged at the largest size measured (10k in a full run). */
export function targets(results) {
  const largest = results.sizes.at(-1);
  const smallest = results.sizes[0];
  const r = ratios(largest);
  const growth = results.sizes.length > 1 ? largest.cases.a.perFileMs / smallest.cases.a.perFileMs : NaN;
  const at = `at ${largest.files}`;
  const { b, h } = largest.cases;
  const cpuRatio = h && b.cpuMs ? h.cpuMs / b.cpuMs : NaN;
  const treeRatio = h && b.treeMb ? h.treeMb / b.treeMb : NaN;
  const pagefindPeaks = [...results.sizes.map((size) => ({ files: size.files, mb: size.cases.h?.pagefindMb })), ...(results.memory ?? []).map((row) => ({ files: row.files, mb: row.pagefindMb }))].filter((p) => p.mb);
  const [fewest, most] = [pagefindPeaks[0], pagefindPeaks.at(-1)];
  const bounded = pagefindPeaks.length > 1 ? most.mb / fewest.mb : NaN;
  return [
    { target: `sigwiki build (warm) ≤ 2.0× bare Eleventy's CPU ${at}`, measured: x(cpuRatio), met: Number.isFinite(cpuRatio) ? cpuRatio <= 2 : undefined },
    { target: `peak of all processes ≤ 2× bare Eleventy's ${at}`, measured: x(treeRatio), met: Number.isFinite(treeRatio) ? treeRatio <= 2 : undefined },
    {
      target: `search index memory bounded: pagefind's peak at ${most?.files} ≤ 1.25× at ${fewest?.files}`,
      measured: Number.isFinite(bounded) ? `${mb(most.mb)} MB vs ${mb(fewest.mb)} MB (${x(bounded)})` : 'n/a',
      met: Number.isFinite(bounded) ? bounded <= 1.25 : undefined,
    },
    { target: `sigwiki build ≤ 1.0× bare Eleventy ${at}`, measured: x(r.aOverB), met: r.aOverB <= 1 },
    { target: `peak RSS ≤ 1.5× baseline ${at}`, measured: x(r.rssAOverB), met: r.rssAOverB <= 1.5 },
    { target: `sigwiki check < 2 s ${at}, no cache`, measured: `${s(largest.cases.d.medianMs)} s`, met: largest.cases.d.medianMs < 2000 },
    { target: `sigwiki check < 2 s ${at}, cached`, measured: `${s(largest.cases.f.medianMs)} s`, met: largest.cases.f.medianMs < 2000 },
    { target: `sigwiki check < 2 s ${at}, one file changed`, measured: `${s(largest.cases.g.medianMs)} s`, met: largest.cases.g.medianMs < 2000 },
    { target: `one-file rebuild < 10% of full build ${at}`, measured: `${(r.eOverA * 100).toFixed(0)}%`, met: r.eOverA < 0.1 },
    {
      target: `linear: build ms/file at ${largest.files} ≤ 1.25× at ${smallest.files}`,
      measured: x(growth),
      met: Number.isFinite(growth) ? growth <= 1.25 : undefined,
    },
  ];
}

/** The whole report as Markdown. */
export function toMarkdown(results) {
  const lines = [];
  const m = results.meta;
  lines.push(
    `Node ${m.node}, ${m.cpus}× ${m.cpuModel}, output on ${m.workDir}, peak RSS by ${m.rssMethod}, ${m.date}; ` +
      `load average ${m.loadAverageAtStart?.toFixed(1)} at start, ${m.loadAverageAtEnd?.toFixed(1)} at end; ${m.totalSeconds} s in all.`,
    '',
  );
  const largest = results.sizes.at(-1);
  if (largest?.cases.h) lines.push(...issueTable(largest), '');
  if (results.memory?.length) lines.push(...memoryTable(results.memory), '');
  lines.push('| N | case | runs | min s | median s | peak RSS MB | ms/file |', '| ---: | --- | ---: | ---: | ---: | ---: | ---: |');
  for (const size of results.sizes) {
    for (const [key, c] of Object.entries(size.cases)) {
      lines.push(`| ${size.files} | (${key}) ${c.label} | ${c.runs} | ${s(c.minMs)} | ${s(c.medianMs)} | ${c.rssMb.toFixed(0)} | ${c.perFileMs.toFixed(2)} |`);
    }
  }
  lines.push('', '| N | a/b time | a/c time | e/a time | a/b peak RSS |', '| ---: | ---: | ---: | ---: | ---: |');
  for (const size of results.sizes) {
    const r = ratios(size);
    lines.push(`| ${size.files} | ${x(r.aOverB)} | ${x(r.aOverC)} | ${x(r.eOverA)} | ${x(r.rssAOverB)} |`);
  }
  if (results.sizes.length > 1) {
    const [first, last] = [results.sizes[0], results.sizes.at(-1)];
    lines.push('', `| case | ms/file at ${first.files} | ms/file at ${last.files} | growth |`, '| --- | ---: | ---: | ---: |');
    for (const key of Object.keys(last.cases)) {
      const [p, q] = [first.cases[key].perFileMs, last.cases[key].perFileMs];
      lines.push(`| (${key}) ${last.cases[key].label} | ${p.toFixed(2)} | ${q.toFixed(2)} | ${x(q / p)} |`);
    }
  }
  for (const size of results.sizes) {
    if (!size.pageWeights) continue;
    lines.push('', `Page weight at N = ${size.files} (heaviest page of each kind; HTML + linked CSS + JS, search index excluded; budget ${PAGE_BUDGET_KB} KB):`, '');
    lines.push('| page kind | heaviest page | HTML KB | CSS KB | JS KB | total KB | within budget |', '| --- | --- | ---: | ---: | ---: | ---: | :---: |');
    for (const w of size.pageWeights) {
      lines.push(`| ${w.kind} | ${w.page} | ${w.htmlKb} | ${w.cssKb} | ${w.jsKb} | ${w.totalKb} | ${w.totalKb <= PAGE_BUDGET_KB ? 'yes' : 'no'} |`);
    }
  }
  lines.push('', '| target | measured | met |', '| --- | ---: | :---: |');
  for (const t of targets(results)) lines.push(`| ${t.target} | ${t.measured} | ${t.met === undefined ? 'n/a' : t.met ? 'yes' : 'no'} |`);
  return `${lines.join('\n')}\n`;
}
