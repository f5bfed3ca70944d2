// What `serve` adds to Eleventy's dev server: a chosen address to listen on, and requests that cannot crash it.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type Eleventy from '@11ty/eleventy';

/**
 * Why a request path is refused before Eleventy's dev server sees it (400), or undefined.
 *
 * The dev server (@11ty/eleventy-dev-server 2.1) decodes the path with decodeURIComponent, which
 * throws on a malformed escape (`/%E0%A4%A`), and throws "Invalid path" for a path that decodes
 * to outside the site (`/..%2f..%2fetc%2fpasswd`). Both throws happen in an async request handler
 * nobody awaits: an unhandled rejection, which ended the whole process. Its containment check is
 * also a bare prefix test, so `/..%2f_site-other/x` could read a sibling folder whose name starts
 * like the output's. No page of a site has a `..` segment, a NUL or a backslash, so such paths
 * are refused outright.
 */
export function refusedRequestPath(url: string | undefined): string | undefined {
  let pathname: string;
  try {
    pathname = new URL(url ?? '/', 'http://localhost/').pathname;
  } catch {
    return 'not a URL';
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return 'a malformed %-escape';
  }
  if (/[\0\\]/.test(decoded)) return 'a NUL or a backslash';
  if (decoded.split('/').some((segment) => segment === '..' || segment === '.')) return 'a `..` or `.` segment';
  return undefined;
}

type Next = () => unknown;

/**
 * Eleventy dev-server middleware: answers 400 for a path {@link refusedRequestPath} refuses, and
 * 500 for anything the server throws further down, so no request can end the process. It
 * never rejects itself: the server calls it without awaiting it.
 */
export async function guardRequests(request: IncomingMessage, response: ServerResponse, next: Next): Promise<void> {
  try {
    const refused = refusedRequestPath(request.url);
    if (refused) {
      response.statusCode = 400;
      response.setHeader('Content-Type', 'text/plain; charset=utf-8');
      response.end(`Bad request: the path has ${refused}.\n`);
      return;
    }
    await next();
  } catch {
    try {
      if (!response.headersSent) response.statusCode = 500;
      response.end();
    } catch {
      // the connection is gone
    }
  }
}

interface DevServer {
  server: { listen(options: { port: number; host: string }): unknown };
  _serverListen(port: number): void;
}

/**
 * Makes Eleventy's dev server listen on `host` only. It listens on every interface and has no
 * option for it (11ty/eleventy-dev-server#128), so its listen step, `_serverListen` (also used
 * when it retries the next port), is replaced on the instance, which is created ahead of
 * `serve()` for that. Throws if an Eleventy upgrade moved these internals, rather than
 * silently listening everywhere. Call after `init()` and before `serve()`.
 */
export async function listenOn(eleventy: Eleventy, host: string): Promise<void> {
  const serve = (eleventy as unknown as { eleventyServe?: { initServerInstance?: () => Promise<void>; server?: DevServer } }).eleventyServe;
  await serve?.initServerInstance?.();
  const server = serve?.server;
  if (typeof server?._serverListen !== 'function') {
    throw new Error('this Eleventy version hides where its dev server listens; sigwiki serve cannot keep it to one address');
  }
  server._serverListen = function (this: DevServer, port: number) {
    this.server.listen({ port, host });
  };
}
