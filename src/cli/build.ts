// `sigwiki build`: check the content, then write the site, or write nothing at all.
import { parseArgs } from 'node:util';
import { plural } from '../charts/util-svg.js';
import { hasErrors } from '../diagnostics/message.js';
import { formatReport } from '../diagnostics/report.js';
import { loadWiki } from '../load/load-wiki.js';
import { chooseBasePath } from '../site/base-path.js';
import { buildSite, OutputRefused, PublishFailed } from '../site/build-site.js';
import { refuseOutputFolder } from '../site/output-folder.js';
import { afterPagesTimings } from '../site/plugin.js';
import { EXIT, type ExitCode } from './exit-codes.js';
import { UsageError, type CliIo } from './io.js';

export const BUILD_HELP = `Usage: sigwiki build [--content DIR] [--output DIR] [--base-path PATH] [--no-cache] [--timings]

Checks every content file, then builds the site. On any error nothing is
written and the previous site stays as it was. The output is a symlink to the
build's own folder in .sigwiki-site/, switched in one step once the build is
complete (see docs/architecture.md); it may not be the content folder, the
working folder or anything holding them.

Options:
  --content DIR   content folder (default: content)
  --output DIR    where the site goes (default: _site)
  --base-path PATH
                  the path the site is served under, such as /minutes/ for
                  https://org.github.io/minutes/ (default: the path of url:
                  in sigwiki.yaml, else /); every link carries it
  --no-cache      parse every content file again instead of reusing
                  unchanged ones from the cache (see docs/architecture.md)
  --timings       print how long each step took
  -h, --help      show this help
`;

/** Runs `sigwiki build` with the arguments after the command name. */
export async function build(args: string[], io: CliIo): Promise<ExitCode> {
  const { values } = parseArgs({
    args,
    options: {
      content: { type: 'string', default: 'content' },
      output: { type: 'string', default: '_site' },
      'base-path': { type: 'string' },
      'no-cache': { type: 'boolean', default: false },
      timings: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout.write(BUILD_HELP);
    return EXIT.OK;
  }
  // A wrong --base-path is a usage error, reported before the content is read.
  const option = chooseBasePath(values['base-path'], undefined);
  if (!option.ok) throw new UsageError(option.message);
  const refused = refuseOutputFolder({ output: values.output, content: values.content, cwd: io.cwd });
  if (refused) {
    io.stderr.write(`sigwiki build: ${refused}. Nothing was built.\n`);
    return EXIT.USAGE;
  }
  const started = performance.now();
  const result = await loadWiki({ contentDir: values.content, cwd: io.cwd, ...(values['no-cache'] ? { cacheDir: false } : {}) });
  if (result.messages.length > 0) io.stderr.write(`${formatReport(result.messages, { color: io.stderr.isTTY === true })}\n`);
  if (hasErrors(result.messages)) {
    io.stderr.write(`Nothing was built: fix the errors above. ${values.output}/ is unchanged.\n`);
    return EXIT.CONTENT;
  }
  const base = chooseBasePath(values['base-path'], result.wiki.site.url);
  if (!base.ok) {
    io.stderr.write(`${values.content}/sigwiki.yaml: ${base.message}.\nNothing was built. ${values.output}/ is unchanged.\n`);
    return EXIT.CONTENT;
  }
  const loaded = performance.now();
  let warnings: string[];
  try {
    ({ warnings } = await buildSite(result, { contentDir: values.content, outputDir: values.output, basePath: base.basePath }));
  } catch (error) {
    if (error instanceof OutputRefused) {
      io.stderr.write(`sigwiki build: ${error.message}. Nothing was built.\n`);
      return EXIT.USAGE;
    }
    // Only what is true: a failure after the switch would not leave the output unchanged.
    const unchanged = !(error instanceof PublishFailed) || error.outputUnchanged;
    io.stderr.write(
      `The site could not be built: ${(error as Error).message}\n` +
        (unchanged ? `${values.output}/ is unchanged.\n` : `${values.output}/ may be missing: run sigwiki build again.\n`),
    );
    return EXIT.CONTENT;
  }
  for (const warning of warnings) io.stderr.write(`Warning: ${warning}\n`);
  const { wiki } = result;
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  if (values.timings) {
    const { dataFilesMs, afterPagesMs } = afterPagesTimings;
    const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
    io.stderr.write(
      `Timings: read, parse and check ${s(loaded - started)}; Eleventy pages ${s(performance.now() - loaded - afterPagesMs)}; ` +
        `search index with feeds beside it ${s(afterPagesMs)} (feeds, .ics and JSON ${s(dataFilesMs)} of it)\n`,
    );
  }
  io.stderr.write(
    `Built ${values.output}/${base.basePath === '/' ? '' : ` to be served under ${base.basePath}`}: ` +
      `${plural(wiki.groups.length, 'group')}, ${plural(wiki.meetings.length, 'meeting')}, ` +
      `${wiki.people.length === 1 ? '1 person' : `${wiki.people.length} people`}, ${plural(wiki.openActions.length, 'open action')} in ${seconds} s\n`,
  );
  return EXIT.OK;
}
