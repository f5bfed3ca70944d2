#!/usr/bin/env node
// Makes sure Debian's chromium is there for the browser tests: installs it when this user can,
// otherwise stops with the exact command to run. Browsers are never downloaded from elsewhere.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.SIGWIKI_CHROMIUM || '/usr/bin/chromium';
const INSTALL = 'apt-get update && apt-get install -y chromium';

if (existsSync(CHROMIUM)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
if (isRoot && hasApt) {
  console.error(`Browser tests need chromium; installing Debian's package: ${INSTALL}`);
  execFileSync('sh', ['-c', INSTALL], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (existsSync(CHROMIUM)) process.exit(0);
}
console.error(`Browser tests need Debian's chromium at ${CHROMIUM}. Install it with:\n\n  sudo sh -c '${INSTALL}'\n\nor set SIGWIKI_CHROMIUM to a Chromium binary.`);
process.exit(1);
