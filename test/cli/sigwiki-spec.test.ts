// How a new wiki depends on sigwiki: as the running sigwiki was installed, found by walking up.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findInstallation, sigwikiSpecFor, sigwikiVersion, tarballToCopy } from '../../src/cli/sigwiki-spec.js';
import { ROOT } from '../helpers/run-cli.js';

describe('sigwikiSpecFor', () => {
  it('rewrites a file: spec to point at the same tarball from the new wiki', () => {
    const installation = { projectDir: '/work', declared: 'file:sigwiki-0.1.0.tgz' };
    expect(sigwikiSpecFor(installation, '/work/my-minutes', '0.1.0')).toBe('file:../sigwiki-0.1.0.tgz');
    expect(sigwikiSpecFor(installation, '/srv/wikis/docs', '0.1.0')).toBe('file:../../../work/sigwiki-0.1.0.tgz');
    expect(sigwikiSpecFor({ projectDir: '/home/me/.npm/_npx/ab12', declared: 'file:/home/me/sigwiki' }, '/home/me/minutes', '0.1.0')).toBe('file:../sigwiki');
  });

  it('uses ^<version> for a registry install, a transitive one, or a checkout', () => {
    expect(sigwikiSpecFor({ projectDir: '/work', declared: '^0.1.0' }, '/work/my-minutes', '0.1.0')).toBe('^0.1.0');
    expect(sigwikiSpecFor({ projectDir: '/work', declared: undefined }, '/work/my-minutes', '0.2.3')).toBe('^0.2.3');
    expect(sigwikiSpecFor(undefined, '/work/my-minutes', '0.1.0')).toBe('^0.1.0');
  });
});

describe('findInstallation', () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the dependency of the project above the nearest node_modules', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'sigwiki-spec-'));
    const packageRoot = path.join(dir, 'node_modules', 'sigwiki');
    mkdirSync(packageRoot, { recursive: true });
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ devDependencies: { sigwiki: 'file:sigwiki-0.1.0.tgz' } }));
    expect(await findInstallation(packageRoot)).toEqual({ projectDir: dir, declared: 'file:sigwiki-0.1.0.tgz' });
  });

  it('finds nothing for a checkout, or a project without a readable package.json', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'sigwiki-spec-'));
    expect(await findInstallation(ROOT)).toBeUndefined();
    expect(await findInstallation(path.join(dir, 'node_modules', 'sigwiki'))).toBeUndefined();
    writeFileSync(path.join(dir, 'package.json'), '{ not json');
    expect(await findInstallation(path.join(dir, 'node_modules', 'sigwiki'))).toBeUndefined();
  });

  it('reads the running version from package.json', async () => {
    expect(await sigwikiVersion(ROOT)).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('tarballToCopy', () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('names a tarball that exists outside the wiki, and nothing else', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'sigwiki-spec-'));
    writeFileSync(path.join(dir, 'sigwiki-0.1.0.tgz'), 'tarball');
    const installation = { projectDir: dir, declared: 'file:sigwiki-0.1.0.tgz' };
    expect(await tarballToCopy(installation, path.join(dir, 'my-minutes'))).toBe(path.join(dir, 'sigwiki-0.1.0.tgz'));
    // Already inside the wiki: nothing to copy.
    expect(await tarballToCopy(installation, dir)).toBeUndefined();
    expect(await tarballToCopy({ projectDir: dir, declared: 'file:gone-0.1.0.tgz' }, path.join(dir, 'w'))).toBeUndefined();
    expect(await tarballToCopy({ projectDir: dir, declared: 'file:../sigwiki' }, path.join(dir, 'w'))).toBeUndefined();
    expect(await tarballToCopy({ projectDir: dir, declared: '^0.1.0' }, path.join(dir, 'w'))).toBeUndefined();
  });
});
