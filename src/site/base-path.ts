// Which path the site is served under: `--base-path`, else the path of the site URL, else `/`.
import { parseBasePath } from '../model/urls.js';

/** The base path to build with, or why none can be: from the option, or from sigwiki.yaml's `url:`. */
export type BasePathChoice = { ok: true; basePath: string } | { ok: false; source: 'option' | 'url'; message: string };

/**
 * Chooses the base path of a build: `option` (`--base-path`) when given, else the path of
 * `siteUrl` (`https://org.github.io/minutes/` → `/minutes/`), else `/`. Both are normalised to
 * `/a/b/`; `message` says what is wrong with one that cannot be a base path.
 */
export function chooseBasePath(option: string | undefined, siteUrl: string | undefined): BasePathChoice {
  if (option !== undefined) {
    const parsed = parseBasePath(option);
    return parsed.ok ? parsed : { ok: false, source: 'option', message: `--base-path "${option}" ${parsed.reason}` };
  }
  if (siteUrl === undefined) return { ok: true, basePath: '/' };
  const pathname = new URL(siteUrl).pathname;
  const parsed = parseBasePath(pathname);
  if (parsed.ok) return parsed;
  return {
    ok: false,
    source: 'url',
    message: `the path of url: ${siteUrl} cannot be where the site is served: "${pathname}" ${parsed.reason}. Change url:, or give the path with --base-path`,
  };
}
