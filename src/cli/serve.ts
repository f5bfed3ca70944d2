// `sigwiki serve`: build the site and serve it on localhost, rebuilding when content changes.
import path from 'node:path';
import { parseArgs } from 'node:util';
import Eleventy from '@11ty/eleventy';
import { formatReport } from '../diagnostics/report.js';
import { loadWiki } from '../load/load-wiki.js';
import { chooseBasePath } from '../site/base-path.js';
import { PACKAGE_ROOT } from '../site/build-site.js';
import { preloadWiki } from '../site/plugin.js';
import { EXIT, type ExitCode } from './exit-codes.js';
import { UsageError, type CliIo } from './io.js';

export const SERVE_HELP = `Usage: sigwiki serve [--content DIR] [--port N] [--base-path PATH]

Builds the site into _site/ and serves it on http://localhost:PORT/ with live
reload. Edits to content files rebuild the site; errors are printed and the
last good pages stay up.

Options:
  --content DIR   content folder (default: content)
  --port N        port to listen on (default: 8080)
  --base-path PATH
                  serve the site under this path, such as /minutes/, as it
                  will be published (default: the path of url: in
                  sigwiki.yaml, else /)
  -h, --help      show this help
`;

/** Runs `sigwiki serve`; resolves only when the server stops. */
export async function serve(args: string[], io: CliIo): Promise<ExitCode> {
  const { values } = parseArgs({
    args,
    options: {
      content: { type: 'string', default: 'content' },
      port: { type: 'string', default: '8080' },
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
  const result = await loadWiki({ contentDir: values.content, cwd: io.cwd });
  if (result.messages.length > 0) io.stderr.write(`${formatReport(result.messages, { color: io.stderr.isTTY === true })}\n`);
  const base = chooseBasePath(values['base-path'], result.wiki.site.url);
  if (!base.ok) {
    io.stderr.write(`${values.content}/sigwiki.yaml: ${base.message}.\n`);
    return EXIT.CONTENT;
  }
  process.env.SIGWIKI_CONTENT = values.content;
  const eleventy = new Eleventy(path.relative(io.cwd, path.join(PACKAGE_ROOT, 'layouts')) || '.', '_site', {
    configPath: path.join(PACKAGE_ROOT, '.eleventy.js'),
    runMode: 'serve',
    pathPrefix: base.basePath,
  });
  preloadWiki(result);
  // The order Eleventy's own command line uses: init, then watch, then serve.
  await eleventy.init();
  await eleventy.watch();
  await eleventy.serve(Number(values.port));
  process.once('SIGINT', () => void eleventy.stopWatch());
  return EXIT.OK;
}
