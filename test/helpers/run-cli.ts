// Runs the built `sigwiki` binary as a real child process.
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = fileURLToPath(new URL('../../bin/sigwiki.js', import.meta.url));

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `sigwiki ...args` in `cwd`; ages are computed for `today` so output is reproducible. */
export function runCli(args: string[], options: { cwd?: string; today?: string; input?: string; env?: Record<string, string> } = {}): CliRun {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    input: options.input,
    env: { SIGWIKI_CACHE_DIR: path.join(tmpdir(), 'sigwiki-test-cache'), ...process.env, ...options.env, SIGWIKI_TODAY: options.today ?? '2026-11-23', NO_COLOR: '1', FORCE_COLOR: '0' },
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
