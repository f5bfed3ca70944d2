// Summaries of repeated measurements: min, median, peak memory, per-file cost.

/** Median of a non-empty list of numbers (mean of the middle two for even lengths). */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Summarises one case's runs at corpus size `files`. Times in ms; `rssMb` is the median of
 * the runs' peak RSS in MB (10^6 bytes) of the largest process, `treeMb` of all processes
 * together, `pagefindMb` of the largest pagefind process; `cpuMs` the median CPU time; `perFileMs` is the median time divided by `files`.
 * @param {{ ms: number, cpuMs?: number, rssKb: number, treeKb?: number }[]} runs
 * @param {number} files
 */
export function summarise(runs, files) {
  const medianMs = median(runs.map((run) => run.ms));
  return {
    runs: runs.length,
    minMs: Math.min(...runs.map((run) => run.ms)),
    medianMs,
    rssMb: median(runs.map((run) => run.rssKb)) * 1.024 / 1000,
    treeMb: median(runs.map((run) => run.treeKb ?? 0)) * 1.024 / 1000,
    pagefindMb: median(runs.map((run) => run.pagefindKb ?? 0)) * 1.024 / 1000,
    cpuMs: median(runs.map((run) => run.cpuMs ?? 0)),
    perFileMs: medianMs / files,
    samples: runs,
  };
}
