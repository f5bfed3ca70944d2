// `sigwiki import`: turns old plain-text minutes into minutes files in the right group folder.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { SigwikiMessage } from '../diagnostics/message.js';
import { formatReport } from '../diagnostics/report.js';
import { didYouMean } from '../diagnostics/suggest.js';
import {
  importSource,
  PeoplePlan,
  proposePeople,
  renderMinutesFile,
  summaryText,
  totalsText,
  withPeopleAdded,
  type ImportTotals,
} from '../import/index.js';
import { parsePeople } from '../model/parse-people.js';
import { PeopleIndex } from '../model/people-index.js';
import { loadPeople } from '../load/people-only.js';
import { checkPlannedWiki, contentPath } from '../load/check-planned.js';
import { EXIT, type ExitCode } from './exit-codes.js';
import { collectSources, placeMinutes, type Unplaced } from './import-files.js';
import { applyMergesFile, mergesFileText, MERGES_FILE } from './import-merges.js';
import { progressBar } from './progress.js';
import { UsageError, type CliIo } from './io.js';

export const IMPORT_HELP = `Usage: sigwiki import [options] <file or folder...>
       sigwiki import --merges FILE [options] [<file or folder...>]

Converts old minutes into minutes files: mailing-list posts (like the CentOS
Virt SIG minutes), Markdown call notes, and IRC MeetBot .txt minutes. Every
line of the original is kept. A folder is read recursively (.md, .markdown,
.mdown, .txt and .text files; hidden folders and files are passed over). A file
with one dated heading per meeting (## 2023-03-06) becomes one minutes file per
meeting; a second meeting on the same day is written as <date>-2.md. Names are
resolved against people.yaml; unknown people are added to it. People that
might be one person are listed and written to import-merges.yaml beside
people.yaml: edit it, then apply it with --merges.

Options:
  --group ID       group folder to write into (default: guessed from the file)
  --date DATE      meeting date YYYY-MM-DD, when the file does not say
  --content DIR    content folder (default: content)
  --merges FILE    merge the people a merges file names (see import-merges.yaml)
                   in people.yaml, then import the files given, if any
  --add-people     (the default; kept for old scripts)
  --dry-run        plan and check as an import would, print the files, write
                   nothing; exits with the code the import would
  --force          overwrite existing minutes files of the same date instead of
                   writing the meeting as <date>-2
  -h, --help       show this help

Files of a folder with no date are skipped (and listed); a file named on the
command line with no date stops the import. A progress bar is drawn when
stderr is a terminal; a summary of counts ends every import.

Exit codes: 0 imported, 1 a file could not be imported or the result would
fail check (nothing written), 2 wrong usage, 3 refused to overwrite an
existing file (nothing written).
`;


/**
 * Runs `sigwiki import`. Everything is planned first (minutes files and people.yaml, in memory),
 * then the planned wiki is checked as `sigwiki check` would check it; only a plan that passes is
 * written, all of it. `--dry-run` makes the same plan and check and exits with the same code.
 * Summaries and progress go to stderr; --dry-run output to stdout.
 */
export async function importCommand(args: string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      group: { type: 'string' },
      date: { type: 'string' },
      content: { type: 'string', default: 'content' },
      merges: { type: 'string' },
      'add-people': { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout.write(IMPORT_HELP);
    return EXIT.OK;
  }
  if (positionals.length === 0 && values.merges === undefined) throw new UsageError('name at least one file or folder to import');
  if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) throw new UsageError('--date must be YYYY-MM-DD');

  const content = values.content.replace(/\/+$/, '');
  const peoplePath = contentPath(content, io.cwd, 'people.yaml');
  const mergesPath = contentPath(content, io.cwd, MERGES_FILE);
  const planned = new Map<string, string>();
  const unplaced: Unplaced[] = [];
  const existingPeople = await readFile(path.resolve(io.cwd, peoplePath), 'utf8').catch(() => undefined);
  let peopleText = existingPeople;
  let people = await loadPeople(content, io.cwd);
  if (values.merges !== undefined) {
    const merged = await applyMergesFile(values.merges, peopleText ?? '', io, unplaced);
    if (merged !== undefined && merged !== peopleText) {
      peopleText = merged;
      planned.set(peoplePath, merged);
      const parsed = parsePeople({ path: peoplePath, text: merged });
      people = { ...people, index: new PeopleIndex(parsed.people), people: parsed.people };
    }
  }
  const groups = await groupIds(path.resolve(io.cwd, content, 'groups'));
  const plan = new PeoplePlan((name) => people.index.resolve(name)?.id, people.people);
  const sources = await collectSources(positionals, io.cwd, unplaced);
  const totals: ImportTotals = {
    files: sources.length,
    splitFiles: 0,
    splitMeetings: 0,
    meetings: 0,
    sameDay: 0,
    unchanged: 0,
    peopleAdded: 0,
    peopleMerged: 0,
    peopleProposed: 0,
    refused: [],
    skipped: [],
    planned: true,
  };
  const progress = progressBar(io.stderr, sources.length);

  for (const [index, source] of sources.entries()) {
    progress.tick(source.shown);
    if (sources.length > 1 && !io.stderr.isTTY) io.stderr.write(`[${index + 1}/${sources.length}] ${source.shown}\n`);
    const text = await readFile(source.absolute, 'utf8');
    const results = importSource(text, { fileName: path.basename(source.absolute), resolvePerson: plan.resolve });
    if (results.length > 1) {
      totals.splitFiles++;
      totals.splitMeetings += results.length;
    }
    for (const [part, result] of results.entries()) {
      const shown = results.length > 1 ? `${source.shown} (meeting ${part + 1} of ${results.length}, ${result.date})` : source.shown;
      progress.log(`${summaryText(result, shown)}\n`);
      const date = (results.length > 1 ? undefined : values.date) ?? result.date;
      const group = values.group ?? result.groupHint;
      if (!date) {
        const reason = 'no meeting date found; pass --date YYYY-MM-DD';
        if (source.fromFolder) totals.skipped.push({ source: source.shown, reason: 'no meeting date found (import it alone with --date YYYY-MM-DD)' });
        else unplaced.push({ source: shown, reason, code: EXIT.CONTENT });
        continue;
      }
      if (!group || !groups.includes(group)) {
        const hint = group ? didYouMean(group, groups) : undefined;
        unplaced.push({
          source: shown,
          reason: `${group ? `there is no group \`${group}\`` : 'no group could be guessed'}; pass --group (${hint ?? `groups: ${groups.join(', ') || 'none yet'}`})`,
          code: EXIT.CONTENT,
        });
        continue;
      }
      const base = contentPath(content, io.cwd, `groups/${group}/${date}`);
      const rendered = renderMinutesFile({ ...result, date });
      const place = await placeMinutes(base, rendered, planned, io.cwd, values.force);
      if ('refused' in place) {
        unplaced.push({ source: shown, reason: place.refused, code: EXIT.REFUSED });
        continue;
      }
      plan.add(result.unknownPeople);
      plan.learn(result.knownNames);
      if ('unchanged' in place) {
        totals.unchanged++;
        progress.log(`  = ${shown}: ${place.unchanged} holds these minutes already; left as it is\n`);
        continue;
      }
      if (place.note) progress.log(`  ! ${shown}: ${place.note}\n`);
      if (place.suffix > 1) totals.sameDay++;
      totals.meetings++;
      planned.set(place.target, rendered);
    }
  }
  progress.done();

  const newPeople = proposePeople(plan.proposals(), { comment: `Added by sigwiki import from ${positionals.join(', ')}` });
  if (newPeople !== '') planned.set(peoplePath, withPeopleAdded(peopleText, newPeople));
  const hints = plan.hints();
  for (const hint of hints) {
    io.stderr.write(`  ? might be the same person: ${hint.ids[0]} "${hint.names[0]}" and ${hint.ids[1]} "${hint.names[1]}" (proposed in ${mergesPath})\n`);
  }
  for (const { name, id } of plan.firstNames) io.stderr.write(`  = "${name}" is the only person of that first name: kept as an alias of ${id}\n`);
  const mergesText = await mergesFileText(mergesPath, hints, peoplePath, io.cwd);
  if (mergesText !== undefined) planned.set(mergesPath, mergesText);
  totals.peopleAdded = plan.proposals().length;
  totals.peopleMerged = plan.merged;
  totals.peopleProposed = hints.length;

  const code = await checkPlan(content, io, planned, unplaced);
  totals.refused = unplaced.map(({ source, reason }) => ({ source, reason }));
  totals.planned = values['dry-run'] || code !== EXIT.OK;
  if (values['dry-run']) {
    for (const [target, text] of planned) if (target !== peoplePath) io.stdout.write(`# ${target}\n${text}\n`);
    if (newPeople) io.stdout.write(`# would add to ${peoplePath}:\n${newPeople}`);
    io.stderr.write(`${totalsText(totals)}\n`);
    return code;
  }
  if (code !== EXIT.OK) {
    io.stderr.write(`${totalsText(totals)}\nNothing was written.\n`);
    return code;
  }
  for (const [target, text] of planned) {
    await writeFile(path.resolve(io.cwd, target), text);
    if (target !== peoplePath) io.stderr.write(`  ✔ wrote ${target}\n`);
  }
  if (newPeople) io.stderr.write(`  ✔ added ${plan.proposals().length} people to ${peoplePath}\n`);
  io.stderr.write(`${totalsText(totals)}\n`);
  return EXIT.OK;
}

/**
 * Checks the wiki as it would be with `planned` written, reports what would fail (each problem
 * with file:line and a hint), and returns the exit code the import ends with: files that could
 * not be placed first, then errors of the planned wiki. Problems that the wiki had before the
 * import are reported apart, since the import cannot fix them.
 */
async function checkPlan(content: string, io: CliIo, planned: ReadonlyMap<string, string>, unplaced: Unplaced[]): Promise<ExitCode> {
  for (const problem of unplaced) io.stderr.write(`  ✖ ${problem.source}: ${problem.reason}\n`);
  const after = await checkPlannedWiki({ contentDir: content, cwd: io.cwd, planned });
  const errors = after.messages.filter((message) => message.severity === 'error');
  const ours = after.messages.filter((message) => planned.has(message.file));
  if (errors.length > 0) {
    const before = await checkPlannedWiki({ contentDir: content, cwd: io.cwd, planned: new Map() });
    const key = (m: SigwikiMessage) => `${m.file}:${m.line ?? ''}:${m.ruleId}:${m.message}`;
    const old = new Set(before.messages.filter((message) => message.severity === 'error').map(key));
    const caused = errors.filter((message) => !old.has(key(message)));
    const already = errors.filter((message) => old.has(key(message)));
    if (caused.length > 0) io.stderr.write(`${formatReport(caused)}\nThis import would leave a wiki that fails \`sigwiki check\` (above).\n`);
    if (already.length > 0) {
      io.stderr.write(`${formatReport(already)}\nThe wiki fails \`sigwiki check\` already (above); fix that first, then import.\n`);
    }
  } else if (ours.length > 0) {
    io.stderr.write(`${formatReport(ours)}\n`);
  }
  const worst = unplaced.find((problem) => problem.code === EXIT.CONTENT) ?? unplaced[0];
  if (errors.length > 0) return EXIT.CONTENT;
  return worst ? worst.code : EXIT.OK;
}

async function groupIds(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
}
