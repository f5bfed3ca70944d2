// Runs one command as a child process and measures its wall time and peak resident memory.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const GNU_TIME = '/usr/bin/time';
const WRAPPER = path.join(import.meta.dirname, 'with-rss.js');

/** How peak RSS is measured on this machine: GNU time, or the in-process wrapper. */
export const RSS_METHOD = existsSync(GNU_TIME) ? 'GNU time %M' : 'process.resourceUsage().maxRSS';

/**
 * Runs `node <script> ...args` and resolves with its wall time (ms, from spawn to exit, measured
 * with performance.now) and peak RSS (KB). With GNU time the RSS is the child's maximum
 * resident set; otherwise a wrapper imports the script and reports its own maxRSS at exit.
 * Rejects when the command exits non-zero, with its stderr.
 * @param {string} script path of a Node script
 * @param {string[]} args
 * @param {{ env?: Record<string, string>, cwd?: string }} [options]
 * @returns {Promise<{ ms: number, rssKb: number }>}
 */
export async function measure(script, args, options = {}) {
  const rssFile = path.join(os.tmpdir(), `sigwiki-bench-rss-${process.pid}-${Date.now()}`);
  const [command, commandArgs] = RSS_METHOD.startsWith('GNU')
    ? [GNU_TIME, ['-f', '%M', '-o', rssFile, process.execPath, script, ...args]]
    : [process.execPath, [WRAPPER, script, ...args]];
  const env = { ...process.env, ...options.env, SIGWIKI_BENCH_RSS_FILE: rssFile };
  const started = performance.now();
  const { code, stderr } = await run(command, commandArgs, { env, cwd: options.cwd });
  const ms = performance.now() - started;
  const rssText = existsSync(rssFile) ? readFileSync(rssFile, 'utf8').trim().split('\n').pop() : '';
  rmSync(rssFile, { force: true });
  if (code !== 0) throw new Error(`${path.basename(script)} ${args.join(' ')} exited with ${code}\n${stderr}`);
  return { ms, rssKb: Number(rssText) };
}

function run(command, args, options) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr = (stderr + chunk).slice(-20_000);
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}
