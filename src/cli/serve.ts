// `sigwiki serve`: build the site and serve it on localhost, rebuilding when content changes.
import { existsSync, watch } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import Eleventy from '@11ty/eleventy';
import { hasErrors } from '../diagnostics/message.js';
import { formatReport } from '../diagnostics/report.js';
import { loadWiki } from '../load/load-wiki.js';
import type { WikiResult } from '../model/wiki.js';
import { chooseBasePath } from '../site/base-path.js';
import { PACKAGE_ROOT } from '../site/build-site.js';
import { guardRequests, listenOn } from '../site/dev-server.js';
import { refuseOutputFolder } from '../site/output-folder.js';
import { preloadWiki, reportRebuilds, serveIncrementally, type Rebuilt } from '../site/plugin.js';
import { stopIndexing } from '../site/search-index.js';
import { EXIT, type ExitCode } from './exit-codes.js';
import { UsageError, type CliIo } from './io.js';
import { stopRequest, type StopReason } from './stop-request.js';

export const SERVE_HELP = `Usage: sigwiki serve [--content DIR] [--port N] [--host ADDRESS] [--base-path PATH]

Builds the site into _site/ and serves it on http://localhost:PORT/ with live
reload. Edits to content files rebuild the pages, feeds and calendars that show
them; the search index is kept from the start. When an edit brings errors
they are printed once and the last good site stays up until they are fixed.
If the content has errors at the start, they are printed and serving starts
once a save fixes them. Ctrl-C or SIGTERM stops the server (exit code 0).

Options:
  --content DIR   content folder (default: content)
  --port N        port to listen on (default: 8080)
  --host ADDRESS  address to listen on (default: 127.0.0.1, this machine
                  only); 0.0.0.0 or :: lets other machines connect
  --base-path PATH
                  serve the site under this path, such as /minutes/, as it
                  will be published (default: the path of url: in
                  sigwiki.yaml, else /)
  -h, --help      show this help
`;

/** How long stopping may wait for Eleventy's server and file watchers to close, in milliseconds. */
const CLOSE_GRACE_MS = 3000;

/**
 * Runs `sigwiki serve`; resolves when the server has stopped: EXIT.OK after SIGINT or SIGTERM
 * (a server is meant to be stopped), EXIT.CONTENT when the first build cannot be made.
 */
export async function serve(args: string[], io: CliIo): Promise<ExitCode> {
  const { values } = parseArgs({
    args,
    options: {
      content: { type: 'string', default: 'content' },
      port: { type: 'string', default: '8080' },
      host: { type: 'string', default: '127.0.0.1' },
      'base-path': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout.write(SERVE_HELP);
    return EXIT.OK;
  }
  const option = chooseBasePath(values['base-path'], undefined);
  if (!option.ok) throw new UsageError(option.message);
  const refused = refuseOutputFolder({ output: '_site', content: values.content, cwd: io.cwd });
  if (refused) {
    io.stderr.write(`sigwiki serve: the site goes to _site/, but ${refused.replace('--output _site ', '')}.\n`);
    return EXIT.USAGE;
  }
  const stop = stopRequest();
  try {
    return await run(values.content, { port: Number(values.port), host: values.host }, values['base-path'], io, stop.requested);
  } finally {
    stop.dispose();
    reportRebuilds(undefined);
    serveIncrementally(undefined);
  }
}

interface Address {
  port: number;
  host: string;
}

async function run(
  contentDir: string,
  address: Address,
  basePathOption: string | undefined,
  io: CliIo,
  stopRequested: Promise<StopReason>,
): Promise<ExitCode> {
  const first = await firstValidContent(contentDir, basePathOption, io, stopRequested);
  if (typeof first === 'string') {
    io.stderr.write(`sigwiki serve: stopped (${describeStop(first)}).\n`);
    return EXIT.OK;
  }
  return serveSite(contentDir, first, address, io, stopRequested);
}

/**
 * Loads the content until it has no errors: each time it has some, they are printed and the
 * content folder is watched for the next save. Resolves with the wiki and its base path, or
 * with the reason to stop when asked to meanwhile.
 */
async function firstValidContent(
  contentDir: string,
  basePathOption: string | undefined,
  io: CliIo,
  stopRequested: Promise<StopReason>,
): Promise<{ result: WikiResult; basePath: string } | StopReason> {
  const color = io.stderr.isTTY === true;
  for (;;) {
    // Watching starts before reading, so a save made while the content is read is not missed.
    const change = watchContent(contentDir);
    try {
      const result = await loadWiki({ contentDir, cwd: io.cwd });
      if (result.messages.length > 0) io.stderr.write(`${formatReport(result.messages, { color })}\n`);
      const base = hasErrors(result.messages) ? undefined : chooseBasePath(basePathOption, result.wiki.site.url);
      if (base?.ok) return { result, basePath: base.basePath };
      if (base && !base.ok) io.stderr.write(`${contentDir}/sigwiki.yaml: ${base.message}.\n`);
      io.stderr.write('Nothing is served yet: fix the errors above and save; serving starts once the content has no errors.\n');
      const next = await Promise.race([change.changed, stopRequested]);
      if (next !== undefined) return next;
    } finally {
      change.close();
    }
  }
}

/**
 * Resolves on the first change below `contentDir` (recursive fs.watch; Node 20 has it on Linux,
 * macOS and Windows). Where the folder cannot be watched (it does not exist yet), resolves after
 * a second, so the content is read again.
 */
function watchContent(contentDir: string): { changed: Promise<void>; close(): void } {
  let done!: () => void;
  const changed = new Promise<void>((resolve) => (done = resolve));
  try {
    const watcher = watch(contentDir, { recursive: true }, () => done());
    watcher.on('error', () => done());
    return { changed, close: () => watcher.close() };
  } catch {
    const timer = setTimeout(done, 1000);
    return { changed, close: () => clearTimeout(timer) };
  }
}

function describeStop(reason: StopReason): string {
  return reason === 'parent-exited' ? 'the npm script that started it ended' : reason;
}

async function serveSite(
  contentDir: string,
  { result, basePath }: { result: WikiResult; basePath: string },
  address: Address,
  io: CliIo,
  stopRequested: Promise<StopReason>,
): Promise<ExitCode> {
  const output = path.resolve(io.cwd, '_site');
  const hadOutput = existsSync(output);
  process.env.SIGWIKI_CONTENT = contentDir;
  const eleventy = new Eleventy(path.relative(io.cwd, path.join(PACKAGE_ROOT, 'layouts')) || '.', '_site', {
    configPath: path.join(PACKAGE_ROOT, '.eleventy.js'),
    runMode: 'serve',
    pathPrefix: basePath,
    // Runs after .eleventy.js: a request path can no longer crash the server (site/dev-server.ts).
    config: (eleventyConfig: { setServerOptions(options: object): void }) => eleventyConfig.setServerOptions({ middleware: [guardRequests] }),
  });
  preloadWiki(result);
  reportRebuilds(rebuildReporter(result, io));
  serveIncrementally(pagesReporter(io));
  const started = start(eleventy, address).then(
    () => undefined,
    (error: unknown) => ({ error }),
  );
  const first = await Promise.race([started, stopRequested]);
  if (typeof first === 'object') {
    await shutdown(eleventy);
    io.stderr.write(`sigwiki serve: the site could not be built: ${(first.error as Error)?.message ?? String(first.error)}\n`);
    // Eleventy writes into _site/ directly (its assets even when the pages fail): a folder this
    // run created holds only part of a site.
    if (hadOutput) io.stderr.write('_site/ may now be incomplete; run sigwiki build to write it whole.\n');
    else await rm(output, { recursive: true, force: true });
    return EXIT.CONTENT;
  }
  const reason = first ?? (await stopRequested);
  await shutdown(eleventy);
  io.stderr.write(`sigwiki serve: stopped (${describeStop(reason)}).\n`);
  return EXIT.OK;
}

/** The order Eleventy's own command line uses: init, then watch (which builds), then serve. */
async function start(eleventy: Eleventy, { port, host }: Address): Promise<void> {
  await eleventy.init();
  await eleventy.watch();
  await listenOn(eleventy, host);
  await eleventy.serve(port);
}

/** Ends pagefind, closes the server and file watchers: then nothing keeps the process alive. */
async function shutdown(eleventy: Eleventy): Promise<void> {
  // A build still running fails once pagefind is ended: that is no news to whoever stopped it.
  eleventy.disableLogger();
  stopIndexing();
  await Promise.race([eleventy.stopWatch(), delay(CLOSE_GRACE_MS, undefined, { ref: false })]);
}

/**
 * Prints what each rebuild after the first wrote, in one line: how many of the pages and data
 * files, and that the search index stays as it was at the start.
 */
function pagesReporter(io: CliIo): (rebuilt: Rebuilt) => void {
  let first = true;
  return ({ pages, allPages, dataFiles, allDataFiles, searchSkipped }) => {
    if (first) {
      first = false;
      return;
    }
    const search = searchSkipped ? '; search index kept from the start of serve' : '';
    io.stderr.write(`sigwiki serve: rebuilt ${pages} of ${allPages} pages and ${dataFiles} of ${allDataFiles} feeds, calendars and exports${search}.\n`);
  };
}

/**
 * Prints what each rebuild finds, once: every time there are errors (the build then stops and
 * the last good site stays), warnings only when they changed, so a save does not repeat them.
 */
function rebuildReporter(initial: WikiResult, io: CliIo): (result: WikiResult) => void {
  const color = io.stderr.isTTY === true;
  let last = formatReport(initial.messages);
  return (result) => {
    const report = formatReport(result.messages);
    const failed = hasErrors(result.messages);
    if (failed || report !== last) {
      if (result.messages.length > 0) io.stderr.write(`${formatReport(result.messages, { color })}\n`);
      else io.stderr.write('The content has no more errors or warnings.\n');
    }
    if (failed) io.stderr.write('The last good site is still served: fix the errors above and save again.\n');
    last = report;
  };
}
