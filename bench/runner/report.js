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

/** The targets, judged at the largest size measured (10k in a full run). */
export function targets(results) {
  const largest = results.sizes.at(-1);
  const smallest = results.sizes[0];
  const r = ratios(largest);
  const growth = results.sizes.length > 1 ? largest.cases.a.perFileMs / smallest.cases.a.perFileMs : NaN;
  const at = `at ${largest.files}`;
  return [
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
