// The workflows `sigwiki init` writes: valid YAML with the right steps, and a PR script that works.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkWorkflow, nextMinutesWorkflow, pagesWorkflow } from '../../src/scaffold/init-workflows.js';

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  concurrency?: Record<string, unknown>;
  jobs: Record<string, { 'runs-on': string; needs?: string; environment?: Record<string, string>; steps: Step[] }>;
}

const workflow = (text: string) => parse(text) as Workflow;
const uses = (steps: Step[]) => steps.filter((step) => step.uses).map((step) => step.uses);
const runs = (steps: Step[]) => steps.filter((step) => step.run).map((step) => step.run!.trim());

describe('check.yml', () => {
  const { on, permissions, jobs } = workflow(checkWorkflow());
  const steps = jobs['check']!.steps;

  it('runs on pull requests (and on main, to save the cache where they find it)', () => {
    expect(Object.keys(on)).toEqual(['pull_request', 'push']);
    expect(on['push']).toEqual({ branches: ['main'] });
    expect(permissions).toEqual({ contents: 'read' });
  });

  it('installs from the lockfile, restores the parse cache, then checks with annotations', () => {
    expect(uses(steps)).toEqual(['actions/checkout@v6', 'actions/setup-node@v6', 'actions/cache@v5']);
    expect(runs(steps)).toEqual(['npm ci', 'npx sigwiki check --strict --format github']);
    const cache = steps.find((step) => step.uses === 'actions/cache@v5')!;
    expect(cache.with).toEqual({
      path: 'node_modules/.cache/sigwiki',
      key: "sigwiki-${{ hashFiles('package-lock.json') }}-${{ github.run_id }}",
      'restore-keys': "sigwiki-${{ hashFiles('package-lock.json') }}-",
    });
    // npm ci empties node_modules: the cache must be restored after it.
    expect(steps.indexOf(cache)).toBeGreaterThan(steps.findIndex((step) => step.run === 'npm ci'));
    expect(steps.find((step) => step.uses === 'actions/setup-node@v6')!.with).toEqual({ 'node-version': 24, cache: 'npm' });
  });
});

describe('pages.yml', () => {
  const { on, permissions, concurrency, jobs } = workflow(pagesWorkflow());

  it('runs on pushes to main and by hand, with the permissions Pages needs', () => {
    expect(on).toEqual({ push: { branches: ['main'] }, workflow_dispatch: null });
    expect(permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
    expect(concurrency).toEqual({ group: 'pages', 'cancel-in-progress': false });
  });

  it('builds under the base path configure-pages gives, and uploads _site', () => {
    const steps = jobs['build']!.steps;
    expect(uses(steps)).toEqual(['actions/checkout@v6', 'actions/setup-node@v6', 'actions/configure-pages@v6', 'actions/upload-pages-artifact@v5']);
    expect(steps[0]!.with).toEqual({ 'fetch-depth': 0 });
    expect(steps.find((step) => step.uses === 'actions/configure-pages@v6')!.id).toBe('pages');
    expect(runs(steps)).toEqual(['npm ci', 'npx sigwiki build --base-path "${{ steps.pages.outputs.base_path }}"']);
    expect(steps.at(-1)!.with).toEqual({ path: '_site' });
  });

  it('deploys in a job of its own, in the github-pages environment', () => {
    const deploy = jobs['deploy']!;
    expect(deploy.needs).toBe('build');
    expect(deploy.environment).toEqual({ name: 'github-pages', url: '${{ steps.deployment.outputs.page_url }}' });
    expect(deploy.steps).toEqual([{ id: 'deployment', uses: 'actions/deploy-pages@v5' }]);
  });
});

describe('next-minutes.yml', () => {
  const { on, permissions, jobs } = workflow(nextMinutesWorkflow());
  const steps = jobs['open']!.steps;
  const script = steps.at(-1)!.run!;

  it('runs daily and by hand, allowed to push branches and open pull requests', () => {
    expect(on).toEqual({ schedule: [{ cron: '17 5 * * *' }], workflow_dispatch: null });
    expect(permissions).toEqual({ contents: 'write', 'pull-requests': 'write' });
  });

  it('writes the minutes due within three days, then opens a pull request for each', () => {
    expect(runs(steps).slice(0, 2)).toEqual(['npm ci', 'npx sigwiki new --due-within 3 > "$RUNNER_TEMP/due.txt"']);
    expect(steps.at(-1)!.env).toEqual({ GH_TOKEN: '${{ github.token }}', BASE: '${{ github.event.repository.default_branch }}' });
    expect(spawnSync('bash', ['-n'], { input: script, encoding: 'utf8' }).stderr).toBe('');
  });

  describe('its script, run against a local repository with a stand-in for gh', () => {
    let dir: string;
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    const git = (cwd: string, ...args: string[]) => {
      const result = spawnSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' } });
      if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
      return result.stdout.trim();
    };

    it('puts each file on its own branch and pull request, and skips a branch that exists', () => {
      dir = mkdtempSync(path.join(tmpdir(), 'sigwiki-next-minutes-'));
      const [origin, work, bin, temp] = ['origin.git', 'work', 'bin', 'temp'].map((name) => path.join(dir, name)) as [string, string, string, string];
      git(dir, 'init', '--quiet', '--bare', '--initial-branch=main', origin);
      git(dir, 'clone', '--quiet', origin, work);
      mkdirSync(path.join(work, 'content/groups/docs'), { recursive: true });
      mkdirSync(path.join(work, 'content/groups/infra'), { recursive: true });
      writeFileSync(path.join(work, 'content/groups/docs/2026-11-24.md'), 'old minutes\n');
      git(work, 'add', '.');
      git(work, '-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '--quiet', '-m', 'start');
      git(work, 'push', '--quiet', 'origin', 'main');
      // What `sigwiki new --due-within 3` left: two new files, their paths in due.txt.
      writeFileSync(path.join(work, 'content/groups/docs/2026-12-08.md'), 'docs minutes\n');
      writeFileSync(path.join(work, 'content/groups/infra/2026-12-09.md'), 'infra minutes\n');
      mkdirSync(temp);
      writeFileSync(path.join(temp, 'due.txt'), 'content/groups/docs/2026-12-08.md\ncontent/groups/infra/2026-12-09.md\n');
      mkdirSync(bin);
      writeFileSync(path.join(bin, 'gh'), `#!/bin/sh\nprintf '%s\\n' "$*" >> "${path.join(dir, 'gh.log')}"\n`);
      chmodSync(path.join(bin, 'gh'), 0o755);
      const env = { ...process.env, PATH: `${bin}:${process.env['PATH']}`, RUNNER_TEMP: temp, BASE: 'main', GH_TOKEN: 'x', GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };
      // GitHub runs `run:` scripts with bash -e -o pipefail.
      const run = () => spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], { cwd: work, env, encoding: 'utf8' });

      const first = run();
      expect(first.status, first.stderr).toBe(0);
      expect(git(origin, 'branch', '--list', '--format=%(refname:short)').split('\n')).toEqual(['main', 'minutes/docs/2026-12-08', 'minutes/infra/2026-12-09']);
      expect(git(origin, 'diff', '--name-only', 'main', 'minutes/docs/2026-12-08')).toBe('content/groups/docs/2026-12-08.md');
      expect(git(origin, 'diff', '--name-only', 'main', 'minutes/infra/2026-12-09')).toBe('content/groups/infra/2026-12-09.md');
      expect(git(origin, 'log', '-1', '--format=%s%n%an', 'minutes/docs/2026-12-08')).toBe('Minutes of docs on 2026-12-08\ngithub-actions[bot]');
      const calls = readFileSync(path.join(dir, 'gh.log'), 'utf8').trim().split('\n');
      expect(calls).toHaveLength(2);
      expect(calls[0]).toMatch(/^pr create --base main --head minutes\/docs\/2026-12-08 --title Minutes of docs on 2026-12-08 --body The minutes of the next meeting/);
      expect(git(work, 'branch', '--show-current')).toBe('main');

      // The next day the same meetings are due again: their branches exist, so nothing is opened.
      writeFileSync(path.join(work, 'content/groups/docs/2026-12-08.md'), 'docs minutes\n');
      const second = run();
      expect(second.status, second.stderr).toBe(0);
      expect(second.stdout).toContain('minutes/docs/2026-12-08 exists already: skipping content/groups/docs/2026-12-08.md');
      expect(readFileSync(path.join(dir, 'gh.log'), 'utf8').trim().split('\n')).toHaveLength(2);
    });
  });
});
