// Copies a content folder to a temporary directory so a test can change it freely.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from './run-cli.js';

export interface TempWiki {
  dir: string;
  /** Rewrites a file below `dir` with `change`. */
  edit(relative: string, change: (text: string) => string): void;
  write(relative: string, text: string): void;
  read(relative: string): string;
  remove(): void;
}

/** A copy of the example wiki's content/ folder (or `from`) in a fresh temporary directory. */
export function tempWiki(from = path.join(ROOT, 'content')): TempWiki {
  const dir = mkdtempSync(path.join(tmpdir(), 'sigwiki-test-'));
  cpSync(from, path.join(dir, 'content'), { recursive: true });
  return handle(dir);
}

/** A wiki made of `files` (paths relative to the folder, e.g. `content/people.yaml`) in a fresh temporary directory. */
export function tempWikiFrom(files: Record<string, string>): TempWiki {
  const dir = mkdtempSync(path.join(tmpdir(), 'sigwiki-test-'));
  for (const [relative, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, relative)), { recursive: true });
    writeFileSync(path.join(dir, relative), text);
  }
  return handle(dir);
}

function handle(dir: string): TempWiki {
  return {
    dir,
    edit: (relative, change) => writeFileSync(path.join(dir, relative), change(readFileSync(path.join(dir, relative), 'utf8'))),
    write: (relative, text) => writeFileSync(path.join(dir, relative), text),
    read: (relative) => readFileSync(path.join(dir, relative), 'utf8'),
    remove: () => rmSync(dir, { recursive: true, force: true, maxRetries: 3 }),
  };
}
