// `sigwiki import`: turns old plain-text minutes into minutes files in the right group folder.
import { appendFile, readFile, readdir, writeFile, access } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { hasErrors } from '../diagnostics/message.js';
import { formatReport } from '../diagnostics/report.js';
import { didYouMean } from '../diagnostics/suggest.js';
import { importMinutes, proposePeople, renderMinutesFile, summaryText, type PersonProposal } from '../import/index.js';
import { loadPeople } from '../load/people-only.js';
import { loadWiki } from '../load/load-wiki.js';
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
  --add-people     append proposed people to people.yaml
  --dry-run        print the minutes that would be written; write nothing
  --force          overwrite existing minutes files
  -h, --help       show this help

Exit codes: 0 imported, 1 a file could not be imported or the result has
errors, 2 wrong usage, 3 refused to overwrite an existing file.
`;

interface Planned {
  source: string;
  target: string;
  text: string;
}

/** Runs `sigwiki import`. Summaries and progress go to stderr; --dry-run output to stdout. */
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
  if (hasErrors(people.messages)) {
    io.stderr.write(`${formatReport(people.messages)}\nFix people.yaml before importing.\n`);
    return EXIT.CONTENT;
  }
  const groups = await groupIds(path.resolve(io.cwd, content, 'groups'));
  const planned: Planned[] = [];
  const proposals: PersonProposal[] = [];
  let failed = false;
  let refused = false;

  for (const [index, source] of positionals.entries()) {
    if (positionals.length > 1) io.stderr.write(`[${index + 1}/${positionals.length}] ${source}\n`);
    const text = await readFile(path.resolve(io.cwd, source), 'utf8');
    const result = importMinutes(text, { fileName: path.basename(source), resolvePerson: (name) => people.index.resolve(name)?.id });
    io.stderr.write(`${summaryText(result, source)}\n`);
    const date = values.date ?? result.date;
    const group = values.group ?? result.groupHint;
    if (!date) {
      io.stderr.write(`  ✖ ${source}: no meeting date found; pass --date YYYY-MM-DD\n`);
      failed = true;
      continue;
    }
    if (!group || !groups.includes(group)) {
      const hint = group ? didYouMean(group, groups) : undefined;
      io.stderr.write(
        `  ✖ ${source}: ${group ? `there is no group \`${group}\`` : 'no group could be guessed'}; pass --group ` +
          `(${hint ?? `groups: ${groups.join(', ') || 'none yet'}`})\n`,
      );
      failed = true;
      continue;
    }
    const target = `${content}/groups/${group}/${date}.md`;
    const taken = planned.some((plan) => plan.target === target) || (await exists(path.resolve(io.cwd, target)));
    if (taken && !values.force) {
      io.stderr.write(`  ✖ ${target} already exists; not overwritten (use --force, or --date for another day)\n`);
      refused = true;
      continue;
    }
    proposals.push(...result.unknownPeople);
    planned.push({ source, target, text: renderMinutesFile({ ...result, date }) });
  }

  const newPeople = proposePeople(proposals, { comment: `Added by sigwiki import from ${positionals.join(', ')}` });
  if (values['dry-run']) {
    for (const plan of planned) io.stdout.write(`# ${plan.target}\n${plan.text}\n`);
    if (newPeople) io.stdout.write(`# would add to ${people.file}:\n${newPeople}`);
    return failed ? EXIT.CONTENT : refused ? EXIT.REFUSED : EXIT.OK;
  }
  for (const plan of planned) {
    await writeFile(path.resolve(io.cwd, plan.target), plan.text);
    io.stderr.write(`  ✔ wrote ${plan.target}\n`);
  }
  if (newPeople && values['add-people']) {
    const existing = await readFile(path.resolve(io.cwd, people.file), 'utf8').catch(() => '');
    await appendFile(path.resolve(io.cwd, people.file), `${existing === '' || existing.endsWith('\n') ? '' : '\n'}\n${newPeople}`);
    io.stderr.write(`  ✔ added ${new Set(proposals.map((person) => person.id)).size} people to ${people.file}\n`);
  } else if (newPeople) {
    io.stdout.write(`# Add these people to ${people.file} (or run again with --add-people):\n${newPeople}`);
  }

  const written = new Set(planned.map((plan) => plan.target));
  if (written.size > 0) {
    const checked = await loadWiki({ contentDir: content, cwd: io.cwd });
    const ours = checked.messages.filter((message) => written.has(message.file));
    if (ours.length > 0) io.stderr.write(`${formatReport(ours)}\n`);
    if (hasErrors(ours)) failed = true;
  }
  return failed ? EXIT.CONTENT : refused ? EXIT.REFUSED : EXIT.OK;
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
