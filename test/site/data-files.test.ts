import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dataFiles, writeDataFiles } from '../../src/site/data-files.js';
import { loadWiki } from '../../src/load/load-wiki.js';
import { ROOT } from '../helpers/run-cli.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'sigwiki-data-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('data files', () => {
  it('lists every feed, calendar and export of the example wiki, each once', async () => {
    const { wiki } = await loadWiki({ contentDir: 'content', cwd: ROOT, asOf: '2026-11-23', now: '2026-11-23T12:00:00Z' });
    const paths = dataFiles(wiki).map((file) => file.path);
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths).toEqual(expect.arrayContaining(['/feed.xml', '/meetings.ics', '/data/actions.json', '/groups/mirageos/meetings.ics', '/people/anil/actions.xml']));
    expect(paths.filter((p) => p.startsWith('/people/') && p.endsWith('.xml'))).toHaveLength(wiki.people.length);
  });

  it('writes below the output folder and refuses paths that leave it', () => {
    writeDataFiles(dir, [{ path: '/a/b.txt', text: () => 'ok' }]);
    expect(readFileSync(path.join(dir, 'a/b.txt'), 'utf8')).toBe('ok');
    expect(() => writeDataFiles(dir, [{ path: '/../escape.txt', text: () => 'no' }])).toThrow(/outside/);
    expect(existsSync(path.join(dir, '../escape.txt'))).toBe(false);
  });

  it('writes a file given in pieces as the pieces joined, across more than one write', () => {
    const pieces = ['{', 'é'.repeat(600_000), '→'.repeat(600_000), '}'];
    writeDataFiles(dir, [{ path: '/data/big.json', text: () => 'unused', chunks: () => pieces }]);
    expect(readFileSync(path.join(dir, 'data/big.json'), 'utf8')).toBe(pieces.join(''));
  });
});
