// `sigwiki import`: turns old plain-text minutes into minutes files in the right group folder.
import { readFile, readdir, writeFile, access } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { SigwikiMessage } from '../diagnostics/message.js';
import { formatReport } from '../diagnostics/report.js';
import { didYouMean } from '../diagnostics/suggest.js';
import { importMinutes, PeoplePlan, proposePeople, renderMinutesFile, summaryText, withPeopleAdded } from '../import/index.js';
import { loadPeople } from '../load/people-only.js';
import { checkPlannedWiki, contentPath } from '../load/check-planned.js';
import { EXIT, type ExitCode } from './exit-codes.js';
import { UsageError, type CliIo } from './io.js';

export const IMPORT_HELP = `Usage: sigwiki import [options] <file...>

Converts old minutes into minutes files: mailing-list posts (like the CentOS
Virt SIG minutes), Markdown call notes, and IRC MeetBot .txt minutes. Every
line of the original is kept. Names are resolved against people.yaml; unknown
people are proposed as new entries.

Options:
  --group ID       group folder to write into (default: guessed from the file)
  --date DATE      meeting date YYYY-MM-DD, when the file does not say
  --content DIR    content folder (default: content)
  --add-people     (the default; kept for old scripts)
  --dry-run        plan and check as an import would, print the files, write
                   nothing; exits with the code the import would
  --force          overwrite existing minutes files
  -h, --help       show this help

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
  if (positionals.length === 0) throw new UsageError('name at least one file to import');
  if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) throw new UsageError('--date must be YYYY-MM-DD');

  const content = values.content.replace(/\/+$/, '');
  const people = await loadPeople(content, io.cwd);
  const peoplePath = contentPath(content, io.cwd, 'people.yaml');
  const groups = await groupIds(path.resolve(io.cwd, content, 'groups'));
  const plan = new PeoplePlan((name) => people.index.resolve(name)?.id, people.people);
  const planned = new Map<string, string>();
  const unplaced: Unplaced[] = [];

  for (const [index, source] of positionals.entries()) {
    if (positionals.length > 1) io.stderr.write(`[${index + 1}/${positionals.length}] ${source}\n`);
    const text = await readFile(path.resolve(io.cwd, source), 'utf8');
    const result = importMinutes(text, { fileName: path.basename(source), resolvePerson: plan.resolve });
    io.stderr.write(`${summaryText(result, source)}\n`);
    const date = values.date ?? result.date;
    const group = values.group ?? result.groupHint;
    if (!date) {
      unplaced.push({ source, reason: 'no meeting date found; pass --date YYYY-MM-DD', code: EXIT.CONTENT });
      continue;
    }
    if (!group || !groups.includes(group)) {
      const hint = group ? didYouMean(group, groups) : undefined;
      unplaced.push({
        source,
        reason: `${group ? `there is no group \`${group}\`` : 'no group could be guessed'}; pass --group (${hint ?? `groups: ${groups.join(', ') || 'none yet'}`})`,
        code: EXIT.CONTENT,
      });
      continue;
    }
    const target = contentPath(content, io.cwd, `groups/${group}/${date}.md`);
    if (planned.has(target)) {
      unplaced.push({ source, reason: `${target} is planned already from another file of this import (use --date for another day)`, code: EXIT.REFUSED });
      continue;
    }
    if (!values.force && (await exists(path.resolve(io.cwd, target)))) {
      unplaced.push({ source, reason: `${target} already exists; not overwritten (use --date for another day)`, code: EXIT.REFUSED });
      continue;
    }
    plan.add(result.unknownPeople);
    plan.learn(result.knownNames);
    planned.set(target, renderMinutesFile({ ...result, date }));
  }

  const newPeople = proposePeople(plan.proposals(), { comment: `Added by sigwiki import from ${positionals.join(', ')}` });
  if (newPeople !== '') {
    const existing = await readFile(path.resolve(io.cwd, peoplePath), 'utf8').catch(() => undefined);
    planned.set(peoplePath, withPeopleAdded(existing, newPeople));
  }
  for (const hint of plan.hints()) {
    io.stderr.write(`  ? might be the same person: ${hint.ids[0]} "${hint.names[0]}" and ${hint.ids[1]} "${hint.names[1]}" (merge them in ${peoplePath} if so)\n`);
  }

  const code = await checkPlan(content, io, planned, unplaced);
  if (values['dry-run']) {
    for (const [target, text] of planned) if (target !== peoplePath) io.stdout.write(`# ${target}\n${text}\n`);
    if (newPeople) io.stdout.write(`# would add to ${peoplePath}:\n${newPeople}`);
    return code;
  }
  if (code !== EXIT.OK) {
    io.stderr.write('Nothing was written.\n');
    return code;
  }
  for (const [target, text] of planned) {
    await writeFile(path.resolve(io.cwd, target), text);
    if (target !== peoplePath) io.stderr.write(`  ✔ wrote ${target}\n`);
  }
  if (newPeople) io.stderr.write(`  ✔ added ${plan.proposals().length} people to ${peoplePath}\n`);
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

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}
