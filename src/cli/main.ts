// sigwiki's command line: parses the command name and hands over to the command's module.
import { build, BUILD_HELP } from './build.js';
import { check, CHECK_HELP } from './check.js';
import { EXIT, type ExitCode } from './exit-codes.js';
import { importCommand, IMPORT_HELP } from './import.js';
import { newCommand, NEW_HELP } from './new.js';
import { UsageError, type CliIo } from './io.js';
import { serve, SERVE_HELP } from './serve.js';

export const HELP = `Usage: sigwiki <command> [options]

Commands:
  build    check the content and build the site into _site/
  serve    build, serve on localhost and rebuild on changes
  check    report problems in the content as file:line:column
  new      write the next minutes file of a group, ready to fill in
  import   convert old plain-text minutes into minutes files

Run "sigwiki <command> --help" for a command's options.

Exit codes: 0 success, 1 content errors or failed build, 2 wrong usage,
3 refused to overwrite a file.
`;

const COMMANDS: Record<string, { run: (args: string[], io: CliIo) => Promise<ExitCode>; help: string }> = {
  build: { run: build, help: BUILD_HELP },
  serve: { run: serve, help: SERVE_HELP },
  check: { run: check, help: CHECK_HELP },
  new: { run: newCommand, help: NEW_HELP },
  import: { run: importCommand, help: IMPORT_HELP },
};

/** Runs sigwiki with `argv` (without node and script) and returns the exit code. */
export async function main(argv: string[], io: CliIo): Promise<ExitCode> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(HELP);
    return name === undefined ? EXIT.USAGE : EXIT.OK;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr.write(`sigwiki: unknown command "${name}"\n\n${HELP}`);
    return EXIT.USAGE;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    const usage = error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    if (!usage) throw error;
    io.stderr.write(`sigwiki ${name}: ${(error as Error).message}\n\n${command.help}`);
    return EXIT.USAGE;
  }
}
