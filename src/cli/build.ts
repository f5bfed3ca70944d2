// `sigwiki build`: check the content, then write the site, or write nothing at all.
import { parseArgs } from 'node:util';
import { hasErrors } from '../diagnostics/message.js';
import { formatReport } from '../diagnostics/report.js';
import { loadWiki } from '../load/load-wiki.js';
import { chooseBasePath } from '../site/base-path.js';
import { buildSite } from '../site/build-site.js';
import { afterPagesTimings } from '../site/plugin.js';
import { EXIT, type ExitCode } from './exit-codes.js';
import { UsageError, type CliIo } from './io.js';

export const BUILD_HELP = `Usage: sigwiki build [--content DIR] [--output DIR] [--base-path PATH] [--no-cache] [--timings]

Checks every content file, then builds the site. On any error nothing is
written and the previous site stays as it was.

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
  try {
    await buildSite(result, { contentDir: values.content, outputDir: values.output, basePath: base.basePath });
  } catch (error) {
    io.stderr.write(`The site could not be built: ${(error as Error).message}\n${values.output}/ is unchanged.\n`);
    return EXIT.CONTENT;
  }
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
      `${wiki.groups.length} groups, ${wiki.meetings.length} meetings, ${wiki.people.length} people, ` +
      `${wiki.openActions.length} open actions in ${seconds} s\n`,
  );
  return EXIT.OK;
}
