// The version of the running sigwiki, as its package.json says (`sigwiki --version`).
import { readFileSync } from 'node:fs';

/** sigwiki's own version, read from the package.json beside dist/ (the installed copy's, once installed). */
export function sigwikiVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return manifest.version;
}
