// `sigwiki init [dir]`: writes a new wiki repository, never overwriting a file.
import { constants } from 'node:fs';
import { copyFile, lstat, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { DateTime } from 'luxon';
import { groupIdFrom, initFiles, initOptionProblems, type InitOptions } from '../scaffold/init-files.js';
import { EXIT, type ExitCode } from './exit-codes.js';
import { UsageError, type CliIo } from './io.js';
import { findInstallation, sigwikiSpecFor, sigwikiVersion, tarballToCopy } from './sigwiki-spec.js';

export const INIT_HELP = `Usage: sigwiki init [dir] [--title TEXT] [--time-zone ZONE] [options]

Writes a new wiki repository into dir (default: the current folder):
package.json (depending on sigwiki, with start, build and check scripts),
README.md, .gitignore, editor settings, content/ with sigwiki.yaml,
people.yaml, one group (a commented cadence and venues) and its first
minutes, and three GitHub workflows: check pull requests, publish on GitHub
Pages, and open the next minutes as a pull request before each meeting.
Nothing is overwritten: if any of these files exists, nothing is written.
Asks for the title and time zone when run in a terminal without them.

Options:
  --title TEXT          the site's title (default: "Meeting minutes")
  --url URL             the published address, for feeds and calendars
  --time-zone ZONE      IANA zone of the site and the group, e.g.
                        Europe/Berlin (default: this computer's, else UTC)
  --group ID            the first group's id (default: from its name,
                        "Docs SIG" gives docs-sig)
  --group-name TEXT     the first group's name (default: the title)
  --sigwiki-spec SPEC   how package.json depends on sigwiki (default: as
                        this sigwiki was installed, e.g. ^0.1.0; installed
                        from a tarball, the wiki gets a copy of it and
                        depends on file:sigwiki-0.1.0.tgz)
  -h, --help            show this help

Then: cd dir && npm install && npm start

Exit codes: 0 written, 2 wrong usage, 3 a file exists already (nothing
was written).
`;

const DEFAULT_TITLE = 'Meeting minutes';

/** Runs `sigwiki init`. The written paths go to stdout, one per line; next steps to stderr. */
export async function init(args: string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      title: { type: 'string' },
      url: { type: 'string' },
      'time-zone': { type: 'string' },
      group: { type: 'string' },
      'group-name': { type: 'string' },
      'sigwiki-spec': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout.write(INIT_HELP);
    return EXIT.OK;
  }
  if (positionals.length > 1) throw new UsageError('name at most one folder, e.g. sigwiki init my-minutes');
  const dir = path.resolve(io.cwd, positionals[0] ?? '.');

  // Only a person at a terminal is asked; in scripts and CI the defaults apply.
  const asked = io.stdin?.isTTY ? await askMissing(io, { title: values.title, timeZone: values['time-zone'] }) : {};
  const title = values.title ?? asked.title ?? DEFAULT_TITLE;
  const timeZone = values['time-zone'] ?? asked.timeZone ?? machineZone();
  const groupName = values['group-name'] ?? (title === DEFAULT_TITLE ? 'Working group' : title);
  const { spec, tarball } = await dependencyOnSigwiki(values['sigwiki-spec'], dir);
  const options: InitOptions = {
    title,
    url: values.url,
    timeZone,
    groupId: values.group ?? groupIdFrom(groupName),
    groupName,
    today: process.env.SIGWIKI_TODAY ?? DateTime.now().setZone(timeZone).toISODate() ?? DateTime.utc().toISODate(),
    sigwikiSpec: spec,
  };
  const problems = initOptionProblems(options);
  if (problems.length > 0) throw new UsageError(problems.join('; '));

  const files = initFiles(options);
  const shown = (file: string) => path.relative(io.cwd, path.join(dir, file)) || file;
  for (const file of [...files, ...(tarball ? [{ path: path.basename(tarball) }] : [])]) {
    const exists = await lstat(path.join(dir, file.path)).then(
      () => true,
      () => false,
    );
    if (exists) {
      io.stderr.write(`${shown(file.path)} already exists; sigwiki init never overwrites a file, and wrote nothing. Move it away, or init another folder.\n`);
      return EXIT.REFUSED;
    }
  }
  for (const file of files) {
    await mkdir(path.dirname(path.join(dir, file.path)), { recursive: true });
    // `wx` fails rather than overwrite a file that appeared since the check above.
    await writeFile(path.join(dir, file.path), file.text, { flag: 'wx' });
    io.stdout.write(`${shown(file.path)}\n`);
  }
  if (tarball) {
    await copyFile(tarball, path.join(dir, path.basename(tarball)), constants.COPYFILE_EXCL);
    io.stdout.write(`${shown(path.basename(tarball))}\n`);
  }
  if (/^file:\.\.(\/|$)/.test(options.sigwikiSpec)) {
    io.stderr.write(
      `\npackage.json depends on sigwiki as ${options.sigwikiSpec}, outside this wiki: fine on this computer, but the GitHub workflows cannot install it. Until sigwiki is on the npm registry, copy that file into the wiki and depend on it as file:<its name>.\n`,
    );
  }
  const cd = path.relative(io.cwd, dir);
  io.stderr.write(`\nWrote a wiki for ${title} (group ${options.groupId}, ${timeZone}). Next:\n\n  ${cd ? `cd ${cd} && ` : ''}npm install && npm start\n\nthen read README.md to add minutes and publish.\n`);
  return EXIT.OK;
}

/**
 * How the wiki's package.json depends on sigwiki: `given` (`--sigwiki-spec`), else as the running
 * sigwiki was installed. Installed from a tarball outside the wiki, the wiki gets a copy of it
 * (`tarball`, to copy in) and depends on that copy, so the wiki's workflows can install it too.
 */
async function dependencyOnSigwiki(given: string | undefined, dir: string): Promise<{ spec: string; tarball?: string }> {
  if (given !== undefined) return { spec: given };
  const installation = await findInstallation();
  const tarball = await tarballToCopy(installation, dir);
  if (tarball) return { spec: `file:${path.basename(tarball)}`, tarball };
  return { spec: sigwikiSpecFor(installation, dir, await sigwikiVersion()) };
}

/** This computer's IANA zone, or UTC when the platform does not say. */
function machineZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/**
 * Asks on `io.stdin` (a terminal) for the title and time zone the options leave out, prompting
 * on stderr; an empty answer takes the default shown in brackets.
 */
export async function askMissing(io: CliIo, given: { title: string | undefined; timeZone: string | undefined }): Promise<{ title?: string; timeZone?: string }> {
  const prompt = createInterface({ input: io.stdin!, output: io.stderr as NodeJS.WritableStream });
  try {
    const answer = async (question: string, fallback: string) => (await prompt.question(`${question} [${fallback}]: `)).trim() || fallback;
    return {
      ...(given.title === undefined ? { title: await answer('Title of the wiki', DEFAULT_TITLE) } : {}),
      ...(given.timeZone === undefined ? { timeZone: await answer('Time zone of your meetings', machineZone()) } : {}),
    };
  } finally {
    prompt.close();
  }
}
