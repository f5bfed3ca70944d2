// The merges file of `sigwiki import`: writing the proposals of an import, and applying an edited file to people.yaml.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { applyMerges, mergesYaml, parseMerges, type Merge, type SamePersonHint } from '../import/index.js';
import { EXIT } from './exit-codes.js';
import type { Unplaced } from './import-files.js';
import type { CliIo } from './io.js';

/** The default merges file, beside people.yaml. */
export const MERGES_FILE = 'import-merges.yaml';

/**
 * The merges file to write: the proposals of this import after any already in the file (so
 * edits the maintainer made are kept), or undefined when there is nothing new to propose.
 */
export async function mergesFileText(mergesPath: string, hints: readonly SamePersonHint[], peoplePath: string, cwd: string): Promise<string | undefined> {
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
export async function applyMergesFile(file: string, peopleText: string, io: CliIo, unplaced: Unplaced[]): Promise<string | undefined> {
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
