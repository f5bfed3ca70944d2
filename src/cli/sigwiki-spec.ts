// How a new wiki's package.json should depend on sigwiki: the way the running sigwiki was installed.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { PACKAGE_ROOT } from '../package-root.js';

/** How the project that installed sigwiki declared it, and where that project is. */
export interface Installation {
  /** Folder of the installing project's package.json. */
  projectDir: string;
  /** Its dependency spec for sigwiki, e.g. `file:sigwiki-0.1.0.tgz` or `^0.1.0`. */
  declared: string | undefined;
}

/**
 * The spec for a wiki in `wikiDir` (absolute). A `file:` spec of the installing project (a
 * tarball or folder not on the registry yet) is rewritten to point at the same place from
 * `wikiDir`, so `file:sigwiki-0.1.0.tgz` in /work becomes `file:../sigwiki-0.1.0.tgz` for
 * /work/my-minutes; anything else becomes `^<version>` of the running sigwiki.
 */
export function sigwikiSpecFor(installation: Installation | undefined, wikiDir: string, version: string): string {
  const declared = installation?.declared;
  if (!installation || !declared?.startsWith('file:')) return `^${version}`;
  const target = path.resolve(installation.projectDir, declared.slice('file:'.length));
  const relative = path.relative(wikiDir, target).split(path.sep).join('/');
  return `file:${relative === '' ? '.' : relative}`;
}

/**
 * The tarball the running sigwiki was installed from (`file:sigwiki-0.1.0.tgz`), as an absolute
 * path, when it is a file outside `wikiDir`. Such a wiki takes a copy of it: the workflows of a
 * pushed wiki can install only what the repository holds, until sigwiki is on the registry.
 */
export async function tarballToCopy(installation: Installation | undefined, wikiDir: string): Promise<string | undefined> {
  const declared = installation?.declared;
  if (!installation || !declared?.startsWith('file:') || !/\.t(ar\.)?gz$/.test(declared)) return undefined;
  const tarball = path.resolve(installation.projectDir, declared.slice('file:'.length));
  if (!path.relative(wikiDir, tarball).startsWith('..')) return undefined;
  const found = await stat(tarball).catch(() => undefined);
  return found?.isFile() ? tarball : undefined;
}

/**
 * The project that installed the running sigwiki: the folder above the nearest `node_modules`
 * that holds it, and how its package.json declares sigwiki. Undefined when sigwiki runs from
 * its own checkout (no `node_modules` above it) or that package.json cannot be read.
 */
export async function findInstallation(packageRoot = PACKAGE_ROOT): Promise<Installation | undefined> {
  const parts = path.resolve(packageRoot).split(path.sep);
  const at = parts.lastIndexOf('node_modules');
  if (at < 0) return undefined;
  const projectDir = parts.slice(0, at).join(path.sep) || path.sep;
  const text = await readFile(path.join(projectDir, 'package.json'), 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  try {
    const manifest = JSON.parse(text) as Record<string, Record<string, unknown> | undefined>;
    const declared = [manifest['dependencies'], manifest['devDependencies'], manifest['optionalDependencies']]
      .map((dependencies) => dependencies?.['sigwiki'])
      .find((spec): spec is string => typeof spec === 'string');
    return { projectDir, declared };
  } catch {
    return undefined;
  }
}

/** The running sigwiki's version, from its package.json. */
export async function sigwikiVersion(packageRoot = PACKAGE_ROOT): Promise<string> {
  const manifest = JSON.parse(await readFile(path.join(packageRoot, 'package.json'), 'utf8')) as { version: string };
  return manifest.version;
}
