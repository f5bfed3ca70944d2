// Prints the functions with the most self time in a V8 .cpuprofile (from `node --cpu-prof`).
import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Time per function (name, file, 1-based line), largest first. `self` counts samples taken in
 * the function itself; `total` also counts its callees (recursion counted once). Times are in
 * ms (samples × mean sampling interval); shares are 0-1 of the profile's duration.
 * @param {{ nodes: any[], samples: number[], timeDeltas: number[] }} profile
 * @returns {{ name: string, url: string, line: number, self: number, total: number }[]}
 */
export function functionTimes(profile) {
  const hits = new Map();
  for (const id of profile.samples) hits.set(id, (hits.get(id) ?? 0) + 1);
  const msPerSample = profile.timeDeltas.reduce((a, b) => a + b, 0) / 1000 / profile.samples.length;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const keyOf = (node) => `${node.callFrame.functionName}|${node.callFrame.url}|${node.callFrame.lineNumber}`;
  const byFunction = new Map();
  const visit = (node, open) => {
    const key = keyOf(node);
    let entry = byFunction.get(key);
    if (!entry) {
      const { functionName, url, lineNumber } = node.callFrame;
      entry = { name: functionName || '(anonymous)', url, line: lineNumber + 1, self: 0, total: 0 };
      byFunction.set(key, entry);
    }
    let inclusive = hits.get(node.id) ?? 0;
    entry.self += inclusive * msPerSample;
    const inner = new Set(open).add(key);
    for (const child of node.children ?? []) inclusive += visit(byId.get(child), inner);
    if (!open.has(key)) entry.total += inclusive * msPerSample;
    return inclusive;
  };
  visit(profile.nodes[0], new Set());
  return [...byFunction.values()];
}

/** Shortens a file URL to the part after node_modules/ or the project root. */
function shortUrl(url, root) {
  const plain = url.replace(/^file:\/\//, '');
  const at = plain.lastIndexOf('node_modules/');
  if (at !== -1) return plain.slice(at + 'node_modules/'.length);
  return plain.startsWith(root) ? path.relative(root, plain) : plain || '(native)';
}

const HELP = `Usage: node bench/profile-summary.js FILE.cpuprofile [--top N] [--total]
Prints the top N functions by self time (default), or by total time with --total
(only the project's own files: dist/, bench/, .eleventy.js).`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const file = args.find((arg) => !arg.startsWith('--') && !/^\d+$/.test(arg));
  const top = Number(args[args.indexOf('--top') + 1]) || 15;
  const byTotal = args.includes('--total');
  if (!file) {
    console.error(HELP);
    process.exitCode = 2;
  } else {
    const root = path.resolve(import.meta.dirname, '..');
    const profile = JSON.parse(readFileSync(file, 'utf8'));
    const durationMs = profile.timeDeltas.reduce((a, b) => a + b, 0) / 1000;
    const rows = functionTimes(profile)
      .filter((entry) => !byTotal || (entry.url.startsWith(`file://${root}`) && !entry.url.includes('node_modules')))
      .sort((a, b) => (byTotal ? b.total - a.total : b.self - a.self))
      .slice(0, top);
    const label = (name) => (name.length > 60 ? `${name.slice(0, 57)}...` : name).replaceAll('|', '\\|');
    console.log(`${path.basename(file)}: ${(durationMs / 1000).toFixed(2)} s sampled\n`);
    console.log('| self ms | self % | total ms | function | file:line |\n| ---: | ---: | ---: | --- | --- |');
    for (const entry of rows) {
      const share = ((entry.self / durationMs) * 100).toFixed(1);
      console.log(`| ${entry.self.toFixed(0)} | ${share}% | ${entry.total.toFixed(0)} | ${label(entry.name)} | ${shortUrl(entry.url, root)}:${entry.line} |`);
    }
  }
}
