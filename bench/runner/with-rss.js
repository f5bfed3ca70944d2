// Fallback when GNU time is missing: runs a script in-process and writes its maxRSS (KB) at exit.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [script, ...args] = process.argv.slice(2);
process.argv = [process.argv[0], path.resolve(script), ...args];
process.on('exit', () => {
  // resourceUsage().maxRSS is in kilobytes, like GNU time's %M.
  writeFileSync(process.env.SIGWIKI_BENCH_RSS_FILE, `${process.resourceUsage().maxRSS}\n`);
});
await import(pathToFileURL(path.resolve(script)).href);
