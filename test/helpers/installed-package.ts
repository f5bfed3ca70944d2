// Packs this repository with `npm pack` and installs the tarball into a fresh folder, as a user
// would, but with no network: npm installs the tarball's dependencies from its cache.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from './run-cli.js';

export interface InstalledPackage {
  /** The folder the tarball was installed into (it holds `node_modules/sigwiki`). */
  dir: string;
  /** The tarball's file name, beside `package.json` in `dir`. */
  tarball: string;
  /** What `npm ci` printed on stderr while installing it. */
  installLog: string;
  /** The installed `sigwiki` command (`node_modules/.bin/sigwiki`). */
  bin: string;
  remove(): void;
}

/** What the copy to pack from leaves out: builds, outputs and the repository's own history. */
const NOT_COPIED = new Set(['node_modules', 'dist', 'schemas', '.git', '_site', '.sigwiki-site', 'test-results']);

interface LockEntry {
  dev?: boolean;
  [key: string]: unknown;
}

/**
 * `npm pack` (which runs `prepack`), then `npm ci --offline` of a project that depends on the
 * tarball by `file:`, as `npm i ./sigwiki-x.tgz` records it. A user's install resolves the
 * dependencies afresh from the registry; here the lock file gives them the versions this
 * repository's own lock file pins, so npm's cache (filled by `npm ci`) has every one of them.
 */
export function installPackedPackage(): InstalledPackage {
  const dir = mkdtempSync(path.join(tmpdir(), 'sigwiki-installed-'));
  // Packed from a copy: `prepack` compiles dist/ again, and rewriting this checkout's dist/
  // would pull it from under the other test files running meanwhile.
  const source = path.join(dir, 'source');
  cpSync(ROOT, source, { recursive: true, filter: (file) => !NOT_COPIED.has(path.relative(ROOT, file).split(path.sep)[0]) });
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(source, 'node_modules'));
  const pack = run('npm', ['pack', '--json', '--pack-destination', dir], source);
  rmSync(source, { recursive: true, force: true });
  const [{ filename: tarball }] = JSON.parse(pack.stdout.slice(pack.stdout.indexOf('['))) as [{ filename: string }];
  const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown>;
  const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
  const spec = `file:${tarball}`;
  const runtimePackages = Object.entries(lock.packages).filter(([key, entry]) => key.startsWith('node_modules/') && !entry.dev);
  writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify({ name: 'adopter', private: true, dependencies: { sigwiki: spec } }, null, 2)}\n`);
  writeFileSync(
    path.join(dir, 'package-lock.json'),
    `${JSON.stringify(
      {
        name: 'adopter',
        lockfileVersion: 3,
        requires: true,
        packages: {
          '': { name: 'adopter', dependencies: { sigwiki: spec } },
          'node_modules/sigwiki': {
            version: manifest.version,
            resolved: spec,
            license: manifest.license,
            dependencies: manifest.dependencies,
            bin: manifest.bin,
            engines: manifest.engines,
          },
          ...Object.fromEntries(runtimePackages),
        },
      },
      null,
      2,
    )}\n`,
  );
  const install = run('npm', ['ci', '--offline', '--no-audit', '--no-fund'], dir);
  return {
    dir,
    tarball,
    installLog: install.stderr,
    bin: path.join(dir, 'node_modules', '.bin', 'sigwiki'),
    remove: () => rmSync(dir, { recursive: true, force: true, maxRetries: 3 }),
  };
}

function run(command: string, args: string[], cwd: string): { stdout: string; stderr: string } {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', timeout: 300_000 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.stderr}`);
  return { stdout: result.stdout, stderr: result.stderr };
}
