// One built example wiki per browser test file: built with the real CLI, served on localhost,
// with Chromium started, and all of it removed after the file's tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.js';
import { runCli } from './run-cli.js';
import { serveStatic } from './static-server.js';

export interface ExampleSite {
  /** The temporary folder holding `_site/`. */
  dir: string;
  server: Awaited<ReturnType<typeof serveStatic>>;
  browser: Browser;
}

/**
 * Registers the file's `beforeAll`/`afterAll`: the example wiki built as of runCli's default
 * day into a folder named from `prefix`, served, and Chromium launched. The returned object is
 * filled in by `beforeAll`, so read its fields inside tests only. `env` is given to the build.
 */
export function exampleSiteInBrowser(prefix: string, env?: Record<string, string>): ExampleSite {
  const site = {} as ExampleSite;
  beforeAll(async () => {
    site.dir = mkdtempSync(path.join(tmpdir(), prefix));
    const build = runCli(['build', '--output', path.join(site.dir, '_site')], { env });
    if (build.status !== 0) throw new Error(`build failed:\n${build.stderr}`);
    site.server = await serveStatic(path.join(site.dir, '_site'));
    site.browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
    if (site.dir) rmSync(site.dir, { recursive: true, force: true });
  });
  return site;
}
