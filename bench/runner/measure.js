// Runs one command as a child process and measures its wall time, CPU time and peak resident memory.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const GNU_TIME = '/usr/bin/time';
const WRAPPER = path.join(import.meta.dirname, 'with-rss.js');

/** How peak RSS is measured on this machine: GNU time, or the in-process wrapper. */
export const RSS_METHOD = existsSync(GNU_TIME) ? 'GNU time %M' : 'process.resourceUsage().maxRSS';

/** How often the process tree's memory is sampled (ms), for the peak of all processes together. */
const TREE_SAMPLE_MS = 100;

/**
 * Runs `node <script> ...args` and resolves with its wall time (ms, from spawn to exit, measured
 * with performance.now), its CPU time (ms, user + system of it and every child it waited for:
 * GNU time's %U + %S; without GNU time, the node process's own), its peak RSS (KB: with GNU
 * time the largest single process's maximum resident set, otherwise the script's own maxRSS,
 * from a wrapper) and `treeKb`, the peak of the RSS of all its processes together (node and
 * pagefind), and `pagefindKb`, the peak of its largest pagefind process, both sampled from /proc
 * every 100 ms (0 where there is no /proc). Rejects when the
 * command exits non-zero, with its stderr.
 * @param {string} script path of a Node script
 * @param {string[]} args
 * @param {{ env?: Record<string, string>, cwd?: string }} [options]
 * @returns {Promise<{ ms: number, cpuMs: number, rssKb: number, treeKb: number, pagefindKb: number }>}
 */
export async function measure(script, args, options = {}) {
  const rssFile = path.join(os.tmpdir(), `sigwiki-bench-rss-${process.pid}-${Date.now()}`);
  const [command, commandArgs] = RSS_METHOD.startsWith('GNU')
    ? [GNU_TIME, ['-f', '%M %U %S', '-o', rssFile, process.execPath, script, ...args]]
    : [process.execPath, [WRAPPER, script, ...args]];
  const env = { ...process.env, ...options.env, SIGWIKI_BENCH_RSS_FILE: rssFile };
  const started = performance.now();
  const { code, stderr, treeKb, pagefindKb } = await run(command, commandArgs, { env, cwd: options.cwd });
  const ms = performance.now() - started;
  const rssText = existsSync(rssFile) ? readFileSync(rssFile, 'utf8').trim().split('\n').pop() : '';
  rmSync(rssFile, { force: true });
  if (code !== 0) throw new Error(`${path.basename(script)} ${args.join(' ')} exited with ${code}\n${stderr}`);
  const [rssKb, user, system] = rssText.split(' ').map(Number);
  return { ms, cpuMs: ((user ?? 0) + (system ?? 0)) * 1000, rssKb, treeKb, pagefindKb };
}

/** The pids of `pid` and all its descendants (Linux, from /proc's children lists). */
function processTree(pid) {
  const pids = [pid];
  for (let i = 0; i < pids.length; i++) {
    try {
      for (const task of readdirSync(`/proc/${pids[i]}/task`)) {
        const children = readFileSync(`/proc/${pids[i]}/task/${task}/children`, 'utf8').trim();
        if (children) pids.push(...children.split(' ').map(Number));
      }
    } catch {
      // ended meanwhile
    }
  }
  return pids;
}

/** The RSS (KB) of `pid` and all its descendants now, and of its largest pagefind process; 0 without /proc. */
function treeRssKb(pid) {
  let kb = 0;
  let pagefindKb = 0;
  for (const each of processTree(pid)) {
    try {
      // statm's second field: resident pages.
      const own = (Number(readFileSync(`/proc/${each}/statm`, 'utf8').split(' ')[1]) * PAGE_KB) || 0;
      kb += own;
      if (readFileSync(`/proc/${each}/comm`, 'utf8').startsWith('pagefind')) pagefindKb = Math.max(pagefindKb, own);
    } catch {
      // ended meanwhile
    }
  }
  return { kb, pagefindKb };
}

const PAGE_KB = 4;

function run(command, args, options) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'ignore', 'pipe'] });
    let treeKb = 0;
    let pagefindKb = 0;
    const sampler = setInterval(() => {
      const now = treeRssKb(child.pid);
      treeKb = Math.max(treeKb, now.kb);
      pagefindKb = Math.max(pagefindKb, now.pagefindKb);
    }, TREE_SAMPLE_MS);
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr = (stderr + chunk).slice(-20_000);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(sampler);
      resolve({ code, stderr, treeKb, pagefindKb });
    });
  });
}
