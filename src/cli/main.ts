// sigwiki's command line: parses the command name and hands over to the command's module.
import { EXIT, type ExitCode } from './exit-codes.js';
import { UsageError, type CliIo } from './io.js';
import { sigwikiVersion } from './version.js';

export const HELP = `Usage: sigwiki <command> [options]

Commands:
  build    check the content and build the site into _site/
  serve    build, serve on localhost and rebuild on changes
  check    report problems in the content as file:line:column
  new      write the next minutes file of a group, ready to fill in
  import   convert old plain-text minutes into minutes files
  init     write a new wiki repository: content, scripts, GitHub workflows

Run "sigwiki <command> --help" for a command's options, and
"sigwiki --version" for the version.

Exit codes: 0 success, 1 content errors or failed build, 2 wrong usage,
3 refused to overwrite a file.
`;

interface Command {
  run: (args: string[], io: CliIo) => Promise<ExitCode>;
  help: string;
}

// Loaded on demand: only build and serve need Eleventy, whose start-up costs a second.
const COMMANDS: Record<string, () => Promise<Command>> = {
  build: async () => import('./build.js').then((m) => ({ run: m.build, help: m.BUILD_HELP })),
  serve: async () => import('./serve.js').then((m) => ({ run: m.serve, help: m.SERVE_HELP })),
  check: async () => import('./check.js').then((m) => ({ run: m.check, help: m.CHECK_HELP })),
  new: async () => import('./new.js').then((m) => ({ run: m.newCommand, help: m.NEW_HELP })),
  import: async () => import('./import.js').then((m) => ({ run: m.importCommand, help: m.IMPORT_HELP })),
  init: async () => import('./init.js').then((m) => ({ run: m.init, help: m.INIT_HELP })),
};

/** Runs sigwiki with `argv` (without node and script) and returns the exit code. */
export async function main(argv: string[], io: CliIo): Promise<ExitCode> {
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-v') {
    io.stdout.write(`${sigwikiVersion()}\n`);
    return EXIT.OK;
  }
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(HELP);
    return name === undefined ? EXIT.USAGE : EXIT.OK;
  }
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!load) {
    io.stderr.write(`sigwiki: unknown command "${name}"\n\n${HELP}`);
    return EXIT.USAGE;
  }
  const command = await load();
  try {
    return await command.run(rest, io);
  } catch (error) {
    const usage = error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    if (!usage) throw error;
    io.stderr.write(`sigwiki ${name}: ${(error as Error).message}\n\n${command.help}`);
    return EXIT.USAGE;
  }
}
