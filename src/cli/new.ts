// `sigwiki new`: writes the next minutes file of a group, ready to fill in.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DateTime } from 'luxon';
import { hasErrors } from '../diagnostics/message.js';
import { formatReport } from '../diagnostics/report.js';
import { didYouMean } from '../diagnostics/suggest.js';
import { loadWiki } from '../load/load-wiki.js';
import type { Group } from '../model/wiki.js';
import { newMinutes } from '../scaffold/new-minutes.js';
import { EXIT, type ExitCode } from './exit-codes.js';
import { UsageError, type CliIo } from './io.js';

export const NEW_HELP = `Usage: sigwiki new <group> [--date YYYY-MM-DD] [--content DIR]
       sigwiki new [group] --due-within DAYS [--content DIR]

Writes content/groups/<group>/<date>.md for the group's next meeting: chair
and scribe from the group's roles, attendees from the last meeting (prune
them), the group's usual sections, and every open action listed for review
as "- [ ] <id> ..." (tick it to close the action). Prints the file's path.

With --due-within, writes the next minutes of every group (or of the one
named) whose next meeting on its cadence is at most DAYS days from today in
the group's time zone and whose file does not exist yet, and prints the
path of each file written, one per line (nothing when none is due). A
scheduled workflow uses it to open the minutes as a pull request.

Options:
  --date DATE         meeting date (default: the next meeting on the group's
                      cadence, or today in the group's time zone without one)
  --due-within DAYS   every meeting due within DAYS days (0 is today)
  --content DIR       content folder (default: content)
  -h, --help          show this help

Exit codes: 0 written (or, with --due-within, nothing due), 1 the wiki has
errors, 2 wrong usage, 3 the file already exists (it is never overwritten).
`;

/** Runs `sigwiki new`. The new files' paths go to stdout, so scripts can open them. */
export async function newCommand(args: string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      date: { type: 'string' },
      'due-within': { type: 'string' },
      content: { type: 'string', default: 'content' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout.write(NEW_HELP);
    return EXIT.OK;
  }
  const dueWithin = values['due-within'];
  if (dueWithin !== undefined) {
    if (!/^\d+$/.test(dueWithin)) throw new UsageError('--due-within takes a whole number of days, e.g. --due-within 3');
    if (values.date !== undefined) throw new UsageError('--date and --due-within do not go together: --due-within takes each date from the cadence');
    if (positionals.length > 1) throw new UsageError('name at most one group with --due-within');
  } else if (positionals.length !== 1) throw new UsageError('name one group, e.g. sigwiki new centos-virt');
  if (values.date !== undefined && !DateTime.fromFormat(values.date, 'yyyy-MM-dd').isValid) throw new UsageError('--date must be a YYYY-MM-DD day');

  const content = values.content.replace(/\/+$/, '');
  const result = await loadWiki({ contentDir: content, cwd: io.cwd });
  if (hasErrors(result.messages)) {
    io.stderr.write(`${formatReport(result.messages)}\nFix these errors first: new minutes must start from a clean wiki.\n`);
    return EXIT.CONTENT;
  }
  const groupId = positionals[0];
  const group = groupId === undefined ? undefined : result.wiki.groups.find((candidate) => candidate.id === groupId);
  if (groupId !== undefined && !group) {
    const ids = result.wiki.groups.map((candidate) => candidate.id);
    throw new UsageError(`there is no group \`${groupId}\` (${didYouMean(groupId, ids) ?? `groups: ${ids.join(', ')}`})`);
  }
  const todayIn = (zone: string) => DateTime.fromISO(result.wiki.now).setZone(zone).toISODate()!;
  if (dueWithin !== undefined) return writeDue(group ? [group] : result.wiki.groups, Number(dueWithin), { content, io, todayIn });

  // The meeting being minuted is today's, or else the next one on the cadence (which counts a
  // meeting still in progress); an explicit --date wins.
  const planned = group!.nextMeeting;
  const date = values.date ?? planned?.localDate ?? todayIn(group!.timeZone);
  const venue = planned && planned.localDate === date ? planned.venue?.id : undefined;
  const written = await writeMinutes(group!, date, venue, content, io);
  if (written === undefined) {
    io.stderr.write(`${content}/groups/${group!.id}/${date}.md already exists; it is never overwritten. For a second meeting that day, name it ${date}-2.md.\n`);
    return EXIT.REFUSED;
  }
  return EXIT.OK;
}

interface DueContext {
  content: string;
  io: CliIo;
  /** Today's date in a zone, at the wiki's "now". */
  todayIn: (zone: string) => string;
}

/**
 * Writes the next minutes of each group whose next meeting is at most `days` days away, unless
 * its file exists (an earlier run wrote it, or someone did). Nothing due is not an error.
 */
async function writeDue(groups: readonly Group[], days: number, { content, io, todayIn }: DueContext): Promise<ExitCode> {
  for (const group of groups) {
    const planned = group.nextMeeting;
    if (!planned) continue;
    // Both are calendar days: compared in UTC, a daylight-saving change cannot make 3 days 3.04.
    const away = DateTime.fromISO(planned.localDate, { zone: 'utc' }).diff(DateTime.fromISO(todayIn(group.timeZone), { zone: 'utc' }), 'days').days;
    if (away > days) continue;
    const written = await writeMinutes(group, planned.localDate, planned.venue?.id, content, io);
    if (written === undefined) io.stderr.write(`${content}/groups/${group.id}/${planned.localDate}.md exists already: nothing to do for ${group.name}.\n`);
  }
  return EXIT.OK;
}

/**
 * Writes the minutes of `group` on `date` and prints their path on stdout; returns the path, or
 * undefined when the file exists (it is never overwritten).
 */
async function writeMinutes(group: Group, date: string, venue: string | undefined, content: string, io: CliIo): Promise<string | undefined> {
  const target = `${content}/groups/${group.id}/${date}.md`;
  try {
    await writeFile(path.resolve(io.cwd, target), newMinutes(group, { date, venue }), { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return undefined;
    throw error;
  }
  io.stderr.write(`Wrote minutes for ${group.name} on ${date}, with ${group.openActions.length} open actions to review.\n`);
  io.stdout.write(`${target}\n`);
  return target;
}
