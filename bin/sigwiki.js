#!/usr/bin/env node
// Entry point of the `sigwiki` command: the work is in src/cli/main.ts (compiled to dist/).
import { main } from '../dist/cli/main.js';

process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  // A getter: process.stdin is only opened for the command that reads it (init, at a terminal).
  get stdin() {
    return process.stdin;
  },
});
// A command has finished, so nothing should keep the process alive: if something still does
// after a grace period (a file watcher or socket a stopped `serve` failed to close), exit anyway.
setTimeout(() => process.exit(), 3000).unref();
