// `sigwiki check`: report every problem in the content, for people, CI and editors.
import { parseArgs } from 'node:util';
import { formatGithub } from '../diagnostics/format-github.js';
import { formatReport } from '../diagnostics/report.js';
import { loadWiki } from '../load/load-wiki.js';
import { EXIT, type ExitCode } from './exit-codes.js';
import { UsageError, type CliIo } from './io.js';

export const CHECK_HELP = `Usage: sigwiki check [--content DIR] [--format human|json|github] [--strict] [--no-cache] [paths...]

Loads the whole wiki and reports every problem as file:line:column with a
hint. With paths, only problems in those files (or folders) are reported,
though every file is read so that people and actions resolve.

Options:
  --content DIR     content folder (default: content)
  --format FORMAT   human (default), json, or github (workflow annotations)
  --strict          treat warnings as errors
  --no-cache        parse every content file again instead of reusing
                    unchanged ones from the cache (see docs/architecture.md)
  -h, --help        show this help

Exit codes: 0 no errors (warnings allowed), 1 errors found, 2 wrong usage.
`;

const FORMATS = ['human', 'json', 'github'] as const;

/** Runs `sigwiki check`. Reports go to stdout for json/github, stderr for people. */
export async function check(args: string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      content: { type: 'string', default: 'content' },
      format: { type: 'string', default: 'human' },
      strict: { type: 'boolean', default: false },
      'no-cache': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout.write(CHECK_HELP);
    return EXIT.OK;
  }
  const format = values.format as (typeof FORMATS)[number];
  if (!FORMATS.includes(format)) throw new UsageError(`unknown format "${values.format}" (use ${FORMATS.join(', ')})`);

  const result = await loadWiki({ contentDir: values.content, cwd: io.cwd, render: false, ...(values['no-cache'] ? { cacheDir: false } : {}) });
  const wanted = positionals.map((p) => p.replace(/^\.\//, '').replace(/\/+$/, ''));
  const messages = result.messages.filter(
    (message) => wanted.length === 0 || wanted.some((p) => message.file === p || message.file.startsWith(`${p}/`)),
  );
  const failing = messages.filter((message) => message.severity === 'error' || values.strict);

  if (format === 'json') io.stdout.write(`${JSON.stringify(messages.map((message) => message.toJSON()), null, 2)}\n`);
  else if (format === 'github') io.stdout.write(formatGithub(messages));
  else io.stderr.write(`${formatReport(messages, { color: io.stderr.isTTY === true })}\n`);
  return failing.length > 0 ? EXIT.CONTENT : EXIT.OK;
}

