// Weighs the pages of a built site: HTML plus the CSS and JS it loads, per page kind.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** The budget of issue 6: HTML + CSS + JS of one page, search index excluded. */
export const PAGE_BUDGET_KB = 100;

const KINDS = [
  ['home', /^\/index\.html$/],
  ['groups index', /^\/groups\/index\.html$/],
  ['group', /^\/groups\/[^/]+\/index\.html$/],
  ['action list', /^\/(?:groups|people)\/[^/]+\/actions\/(?:\d+\/)?index\.html$/],
  ['group year', /^\/groups\/[^/]+\/\d{4}\/index\.html$/],
  ['meeting', /^\/groups\/[^/]+\/[^/]+\/index\.html$/],
  ['people index', /^\/people\/(?:page-\d+\/)?index\.html$/],
  ['person', /^\/people\/[^/]+\/index\.html$/],
  ['open actions', /^\/actions\/index\.html$/],
  ['calendar', /^\/calendar\/index\.html$/],
  ['search', /^\/search\/index\.html$/],
  ['404', /^\/404\.html$/],
];

/**
 * For each page kind, the heaviest page: its path and the kilobytes of its HTML, of the
 * stylesheets and scripts it links (each counted once per page), and their total.
 */
export function pageWeights(siteDir) {
  const heaviest = new Map();
  for (const page of htmlFiles(siteDir, '')) {
    const kind = KINDS.find(([, pattern]) => pattern.test(page))?.[0];
    if (!kind) continue;
    const html = readFileSync(path.join(siteDir, page), 'utf8');
    const assets = [...html.matchAll(/<(?:link[^>]+rel="stylesheet"[^>]+href|script[^>]+src)="(\/[^"]+)"/g)].map((match) => match[1]);
    const sizeOf = (url) => (existsSync(path.join(siteDir, url)) ? statSync(path.join(siteDir, url)).size : 0);
    const css = assets.filter((url) => url.endsWith('.css')).reduce((sum, url) => sum + sizeOf(url), 0);
    const js = assets.filter((url) => url.endsWith('.js')).reduce((sum, url) => sum + sizeOf(url), 0);
    const row = { kind, page, htmlKb: kb(Buffer.byteLength(html)), cssKb: kb(css), jsKb: kb(js) };
    row.totalKb = Math.round((row.htmlKb + row.cssKb + row.jsKb) * 10) / 10;
    if (!heaviest.has(kind) || heaviest.get(kind).totalKb < row.totalKb) heaviest.set(kind, row);
  }
  return KINDS.map(([kind]) => heaviest.get(kind)).filter(Boolean);
}

function* htmlFiles(root, relative) {
  for (const entry of readdirSync(path.join(root, relative), { withFileTypes: true })) {
    const next = `${relative}/${entry.name}`;
    if (entry.isDirectory() && entry.name !== 'pagefind') yield* htmlFiles(root, next);
    else if (entry.name.endsWith('.html')) yield next;
  }
}

function kb(bytes) {
  return Math.round(bytes / 102.4) / 10;
}
