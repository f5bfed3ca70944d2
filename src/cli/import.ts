// `sigwiki import`: turns old plain-text minutes into minutes files in the right group folder.
import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { SigwikiMessage } from '../diagnostics/message.js';
import { formatReport } from '../diagnostics/report.js';
import { didYouMean } from '../diagnostics/suggest.js';
import {
  applyMerges,
  importSource,
  mergesYaml,
  parseMerges,
  PeoplePlan,
  proposePeople,
  renderMinutesFile,
  sameMeeting,
  summaryText,
  totalsText,
  withPeopleAdded,
  type ImportTotals,
  type Merge,
  type SamePersonHint,
} from '../import/index.js';
import { parsePeople } from '../model/parse-people.js';
import { PeopleIndex } from '../model/people-index.js';
import { loadPeople } from '../load/people-only.js';
import { checkPlannedWiki, contentPath } from '../load/check-planned.js';
import { EXIT, type ExitCode } from './exit-codes.js';
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

/** Why a source file cannot be imported at all. */
interface Unplaced {
  source: string;
  reason: string;
  code: ExitCode;
}

/** A file to import: as the user named it (or as found in a folder they named). */
interface Source {
  shown: string;
  absolute: string;
  /** Found by walking a folder: a file with no date is skipped rather than stopping the import. */
  fromFolder: boolean;
}

// The files a folder walk picks up: plain Markdown and text.
const SOURCE_FILE = /\.(md|markdown|mdown|txt|text)$/i;
const MERGES_FILE = 'import-merges.yaml';

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
 * The files to import, in the order given; a folder gives its Markdown and text files,
 * recursively and sorted, passing over hidden entries and symbolic links. A name that is neither
 * a file nor a folder is refused.
 */
async function collectSources(names: string[], cwd: string, unplaced: Unplaced[]): Promise<Source[]> {
  const sources: Source[] = [];
  // A file named twice (itself and inside a folder named too) is read once.
  const seen = new Set<string>();
  const add = (source: Source) => {
    if (!seen.has(source.absolute)) sources.push(source);
    seen.add(source.absolute);
  };
  const walk = async (absolute: string, shown: string): Promise<void> => {
    const entries = (await readdir(absolute, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const child = path.join(absolute, entry.name);
      const childShown = `${shown.replace(/\/+$/, '')}/${entry.name}`;
      if (entry.isDirectory()) await walk(child, childShown);
      else if (entry.isFile() && SOURCE_FILE.test(entry.name)) add({ shown: childShown, absolute: child, fromFolder: true });
    }
  };
  for (const name of names) {
    const absolute = path.resolve(cwd, name);
    const stats = await stat(absolute).catch(() => undefined);
    if (stats?.isDirectory()) await walk(absolute, name);
    else if (stats?.isFile()) add({ shown: name, absolute, fromFolder: false });
    else unplaced.push({ source: name, reason: 'no such file or folder', code: EXIT.CONTENT });
  }
  return sources;
}

/** Where one meeting goes: a target with its `-N` number (1 for none), minutes already there, or a refusal. */
type Place = { target: string; suffix: number; note?: string } | { unchanged: string } | { refused: string };

/**
 * Picks `<date>.md`, else `<date>-2.md` … `<date>-26.md` (the names docs/content-format.md allows):
 * the first name that neither this import plans nor an existing file holds. An existing file with
 * exactly this body means the minutes were imported before and are left alone; one that shares most of their words
 * ({@link sameMeeting}) holds the same meeting, edited or imported with other people, and is
 * refused: only then is `--force` suggested. Other minutes of that day are never overwritten: the
 * meeting becomes `-2` (or the next free number). With `force`, the first name this import does
 * not plan is taken, whatever the disk holds.
 */
async function placeMinutes(base: string, text: string, planned: ReadonlyMap<string, string>, cwd: string, force: boolean): Promise<Place> {
  let inTheWay: string | undefined;
  for (let suffix = 1; suffix <= 26; suffix++) {
    const target = suffix === 1 ? `${base}.md` : `${base}-${suffix}.md`;
    if (planned.get(target) === text) return { unchanged: `${target} (planned from another file of this import)` };
    if (planned.has(target)) continue;
    const existing = force ? undefined : await readFile(path.resolve(cwd, target), 'utf8').catch(() => undefined);
    // The same body: imported before (the front matter may differ, e.g. names now known by id).
    if (existing !== undefined && bodyOf(existing) === bodyOf(text)) return { unchanged: target };
    if (existing !== undefined && sameMeeting(existing, text)) {
      // Suggesting --force is safe only here: the file in the way holds this very meeting.
      return { refused: `${target} already exists and holds this meeting (imported before?); not overwritten. Pass --force to replace it, or leave it` };
    }
    if (existing !== undefined) {
      inTheWay ??= target;
      continue;
    }
    const note = inTheWay
      ? `${inTheWay} holds other minutes of that day; writing ${target} as another meeting (if ${inTheWay} is this meeting from an earlier import, delete one of them)`
      : undefined;
    return { target, suffix, ...(note ? { note } : {}) };
  }
  return { refused: `${base}.md and ${base}-2.md to -26.md are all taken; check the date, or pass --date` };
}

/**
 * The merges file to write: the proposals of this import after any already in the file (so
 * edits the maintainer made are kept), or undefined when there is nothing new to propose.
 */
async function mergesFileText(mergesPath: string, hints: readonly SamePersonHint[], peoplePath: string, cwd: string): Promise<string | undefined> {
  if (hints.length === 0) return undefined;
  const fresh = mergesYaml(hints, peoplePath, mergesPath);
  const existing = await readFile(path.resolve(cwd, mergesPath), 'utf8').catch(() => undefined);
  if (existing === undefined || existing.trim() === '') return fresh;
  const entries = fresh.split('\n').filter((line) => /^\s{2,}/.test(line)).join('\n');
  return `${existing}${existing.endsWith('\n') ? '' : '\n'}${entries}\n`;
}

/**
 * Applies the merges file at `file` to the text of people.yaml, printing what it did; problems
 * (a file that cannot be read, an id that is no person) are added to `unplaced` so nothing is
 * written. Returns the new people.yaml text, or undefined when the file could not be used.
 */
async function applyMergesFile(file: string, peopleText: string, io: CliIo, unplaced: Unplaced[]): Promise<string | undefined> {
  let merges: Merge[];
  try {
    merges = parseMerges(await readFile(path.resolve(io.cwd, file), 'utf8'));
  } catch (error) {
    unplaced.push({ source: file, reason: error instanceof Error ? error.message : String(error), code: EXIT.CONTENT });
    return undefined;
  }
  const result = applyMerges(peopleText, merges);
  for (const merge of result.applied) io.stderr.write(`  ✔ merges ${merge.merge} into ${merge.keep}\n`);
  for (const { merge, reason } of result.skipped) {
    if (/merged already/.test(reason)) io.stderr.write(`  = ${file}: ${merge.merge} into ${merge.keep}: ${reason}\n`);
    else unplaced.push({ source: file, reason: `${merge.merge} into ${merge.keep}: ${reason}`, code: EXIT.CONTENT });
  }
  return result.text;
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

/** The text of a minutes file after its front matter. */
function bodyOf(minutes: string): string {
  return minutes.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '').trim();
}
