// `sigwiki check` as a real process: exit codes and every output format.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { tempWiki, type TempWiki } from '../helpers/temp-wiki.js';

let wiki: TempWiki;
beforeEach(() => {
  wiki = tempWiki();
});
afterEach(() => wiki.remove());

const MIRAGE = 'content/groups/mirageos/2016-02-17.md';

function breakMirage() {
  wiki.edit(MIRAGE, (text) => text.replace('attendees: [Amir,', 'attendees: [Amri,').replace('date: 2016-02-17', 'date: 2016-02-17\nlayout: evil.njk'));
}

describe('sigwiki check', () => {
  it('exits 0 on the example wiki, reporting its two warnings', () => {
    const run = runCli(['check'], { cwd: wiki.dir });
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('⚠ 2 warnings');
    expect(run.stdout).toBe('');
  });

  it('exits 1 with --strict when there are warnings', () => {
    expect(runCli(['check', '--strict'], { cwd: wiki.dir }).status).toBe(1);
  });

  it('reports errors by file and line with hints, and exits 1', () => {
    breakMirage();
    const run = runCli(['check'], { cwd: wiki.dir });
    expect(run.status).toBe(1);
    const lines = run.stderr.split('\n');
    const at = lines.indexOf(MIRAGE);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(lines[at + 1]).toMatch(/^ {2}3:1 +error +`layout` is not allowed in minutes {2}frontmatter-reserved-key$/);
    expect(lines[at + 3]).toMatch(/^ {2}5:13 +error +Unknown person `Amri` in `attendees` {2}person-unknown$/);
    expect(lines[at + 4]).toBe('         hint: did you mean `Amir`?');
    expect(run.stderr).toContain('✖ 2 errors, 2 warnings');
  });

  it('prints JSON on stdout', () => {
    breakMirage();
    const run = runCli(['check', '--format', 'json'], { cwd: wiki.dir });
    expect(run.status).toBe(1);
    const messages = JSON.parse(run.stdout) as { file: string; line: number; ruleId: string; severity: string }[];
    expect(messages.filter((m) => m.severity === 'error')).toEqual([
      expect.objectContaining({ file: MIRAGE, line: 3, column: 1, ruleId: 'frontmatter-reserved-key' }),
      expect.objectContaining({ file: MIRAGE, line: 5, column: 13, ruleId: 'person-unknown', hint: 'did you mean `Amir`?' }),
    ]);
  });

  it('prints GitHub workflow annotations', () => {
    breakMirage();
    const run = runCli(['check', '--format', 'github'], { cwd: wiki.dir });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`::error file=${MIRAGE},line=5,col=13,title=sigwiki person-unknown::Unknown person \`Amri\` in \`attendees\` (hint: did you mean \`Amir\`?)\n`);
  });

  it('reports only the named paths, though it reads everything', () => {
    breakMirage();
    const other = runCli(['check', 'content/groups/centos-virt'], { cwd: wiki.dir });
    expect(other.status).toBe(0);
    expect(other.stderr).not.toContain('mirageos');
    const named = runCli(['check', `./${MIRAGE}`], { cwd: wiki.dir });
    expect(named.status).toBe(1);
    expect(named.stderr).toContain('✖ 2 errors');
  });
});

describe('command-line usage', () => {
  it('exits 2 for an unknown command, an unknown option or format', () => {
    expect(runCli(['frobnicate']).status).toBe(2);
    const option = runCli(['check', '--colour']);
    expect(option.status).toBe(2);
    expect(option.stderr).toContain("Unknown option '--colour'");
    const format = runCli(['check', '--format', 'xml']);
    expect(format.status).toBe(2);
    expect(format.stderr).toContain('unknown format "xml"');
  });

  it('prints help with exit 0, and usage with exit 2 when no command is given', () => {
    const help = runCli(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: sigwiki <command>');
    expect(runCli([]).status).toBe(2);
    const checkHelp = runCli(['check', '--help']);
    expect(checkHelp.stdout).toContain('--format FORMAT');
  });
});
