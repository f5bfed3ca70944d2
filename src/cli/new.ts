// `sigwiki new`: writes the next minutes file of a group, ready to fill in.
import { access, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DateTime } from 'luxon';
import { hasErrors } from '../diagnostics/message.js';
import { formatReport } from '../diagnostics/report.js';
import { didYouMean } from '../diagnostics/suggest.js';
import { loadWiki } from '../load/load-wiki.js';
import { newMinutes } from '../scaffold/new-minutes.js';
import { EXIT, type ExitCode } from './exit-codes.js';
import { UsageError, type CliIo } from './io.js';

export const NEW_HELP = `Usage: sigwiki new <group> [--date YYYY-MM-DD] [--content DIR]

Writes content/groups/<group>/<date>.md for the group's next meeting: chair
and scribe from the group's roles, attendees from the last meeting (prune
them), the group's usual sections, and every open action listed for review
as "- [ ] <id> ..." (tick it to close the action). Prints the file's path.

Options:
  --date DATE     meeting date (default: the next meeting on the group's
                  cadence, or today in the group's time zone without one)
  --content DIR   content folder (default: content)
  -h, --help      show this help

Exit codes: 0 written, 1 the wiki has errors, 2 wrong usage, 3 the file
already exists (it is never overwritten).
`;

/** Runs `sigwiki new`. The new file's path goes to stdout, so scripts can open it. */
export async function newCommand(args: string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      date: { type: 'string' },
      content: { type: 'string', default: 'content' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout.write(NEW_HELP);
    return EXIT.OK;
  }
  if (positionals.length !== 1) throw new UsageError('name one group, e.g. sigwiki new centos-virt');
  if (values.date !== undefined && !DateTime.fromFormat(values.date, 'yyyy-MM-dd').isValid) throw new UsageError('--date must be a YYYY-MM-DD day');

  const content = values.content.replace(/\/+$/, '');
  const result = await loadWiki({ contentDir: content, cwd: io.cwd });
  if (hasErrors(result.messages)) {
    io.stderr.write(`${formatReport(result.messages)}\nFix these errors first: new minutes must start from a clean wiki.\n`);
    return EXIT.CONTENT;
  }
  const groupId = positionals[0]!;
  const group = result.wiki.groups.find((candidate) => candidate.id === groupId);
  if (!group) {
    const ids = result.wiki.groups.map((candidate) => candidate.id);
    throw new UsageError(`there is no group \`${groupId}\` (${didYouMean(groupId, ids) ?? `groups: ${ids.join(', ')}`})`);
  }
  // The meeting being minuted is today's, or else the next one on the cadence (which counts a
  // meeting still in progress); an explicit --date wins.
  const planned = group.nextMeeting;
  const todayThere = DateTime.fromISO(result.wiki.now).setZone(group.timeZone).toISODate()!;
  const date = values.date ?? planned?.localDate ?? todayThere;
  const venue = planned && planned.localDate === date ? planned.venue?.id : undefined;
  const target = `${content}/groups/${group.id}/${date}.md`;
  const exists = await access(path.resolve(io.cwd, target)).then(
    () => true,
    () => false,
  );
  if (exists) {
    io.stderr.write(`${target} already exists; it is never overwritten. For a second meeting that day, name it ${date}-2.md.\n`);
    return EXIT.REFUSED;
  }
  await writeFile(path.resolve(io.cwd, target), newMinutes(group, { date, venue }), { flag: 'wx' });
  io.stderr.write(`Wrote minutes for ${group.name} on ${date}, with ${group.openActions.length} open actions to review.\n`);
  io.stdout.write(`${target}\n`);
  return EXIT.OK;
}
