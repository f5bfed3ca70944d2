// Finds the files `sigwiki import` reads (folders walked) and the minutes file name each meeting gets (`<date>-N`).
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { sameMeeting } from '../import/index.js';
import { EXIT, type ExitCode } from './exit-codes.js';

/** Why a source file cannot be imported at all. */
export interface Unplaced {
  source: string;
  reason: string;
  code: ExitCode;
}

/** A file to import: as the user named it (or as found in a folder they named). */
export interface Source {
  shown: string;
  absolute: string;
  /** Found by walking a folder: a file with no date is skipped rather than stopping the import. */
  fromFolder: boolean;
}

// The files a folder walk picks up: plain Markdown and text.
const SOURCE_FILE = /\.(md|markdown|mdown|txt|text)$/i;

/**
 * The files to import, in the order given; a folder gives its Markdown and text files,
 * recursively and sorted, passing over hidden entries and symbolic links. A name that is neither
 * a file nor a folder is refused.
 */
export async function collectSources(names: string[], cwd: string, unplaced: Unplaced[]): Promise<Source[]> {
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
export type Place = { target: string; suffix: number; note?: string } | { unchanged: string } | { refused: string };

/**
 * Picks `<date>.md`, else `<date>-2.md` … `<date>-26.md` (the names docs/content-format.md allows):
 * the first name that neither this import plans nor an existing file holds. An existing file with
 * exactly this body means the minutes were imported before and are left alone; one that shares most of their words
 * ({@link sameMeeting}) holds the same meeting, edited or imported with other people, and is
 * refused: only then is `--force` suggested. Other minutes of that day are never overwritten: the
 * meeting becomes `-2` (or the next free number). With `force`, the first name this import does
 * not plan is taken, whatever the disk holds.
 */
export async function placeMinutes(base: string, text: string, planned: ReadonlyMap<string, string>, cwd: string, force: boolean): Promise<Place> {
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

/** The text of a minutes file after its front matter. */
function bodyOf(minutes: string): string {
  return minutes.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '').trim();
}
