// Reads a built site from disk and parses its pages, for asserting on real output.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';

/** Every `.html` file below `dir`, as site paths (`/groups/x/index.html`). */
export function htmlPages(dir: string): string[] {
  const pages: string[] = [];
  const walk = (relative: string) => {
    for (const entry of readdirSync(path.join(dir, relative), { withFileTypes: true })) {
      const next = `${relative}/${entry.name}`;
      if (entry.isDirectory()) walk(next);
      else if (entry.name.endsWith('.html')) pages.push(next);
    }
  };
  walk('');
  return pages.sort();
}

/** The parsed document of a site path such as `/people/lars-kurth/`. */
export function page(dir: string, sitePath: string): Document {
  const file = path.join(dir, sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath);
  return parseHTML(readFileSync(file, 'utf8')).document as unknown as Document;
}

/**
 * The file a root-relative link points at, or undefined when nothing is there. For a site built
 * to be served under `basePath` (`/minutes/`), links must start with it; others resolve to nothing.
 */
export function resolveLink(dir: string, href: string, basePath = '/'): string | undefined {
  if (!href.startsWith(basePath)) return undefined;
  const pathname = `/${href.slice(basePath.length)}`.split(/[?#]/)[0]!;
  const candidates = pathname.endsWith('/') ? [`${pathname}index.html`] : [pathname, `${pathname}/index.html`];
  return candidates.find((candidate) => existsSync(path.join(dir, candidate)));
}
