// Serves a built site folder on localhost for browser tests, the way a static host would.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/atom+xml',
  '.ics': 'text/calendar; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
};

/**
 * Starts serving `root` on 127.0.0.1 with a free port; returns its base URL and a stop function.
 * With `basePath` (`/minutes/`), `root` is served under that path only, as a GitHub project site
 * is: anything outside it is a bare 404, and what it asked for is kept in `outside`.
 */
export async function serveStatic(
  root: string,
  options: { basePath?: string } = {},
): Promise<{ url: string; outside: string[]; close: () => Promise<void> }> {
  const basePath = options.basePath ?? '/';
  const outside: string[] = [];
  const server: Server = createServer((request, response) => {
    let pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!pathname.startsWith(basePath)) {
      outside.push(request.url ?? '');
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`Nothing here: the site is under ${basePath}\n`);
      return;
    }
    pathname = `/${pathname.slice(basePath.length)}`;
    let file = path.join(root, path.normalize(pathname).replace(/^(\.\.[/\\])+/, ''));
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    const status = existsSync(file) ? 200 : 404;
    if (status === 404) file = path.join(root, '404.html');
    response.writeHead(status, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    outside,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
