// A worker thread that parses the content files it is sent (see parse-content.ts). It starts
// loading the minutes parser as it starts, so it can be started before anyone knows whether it
// will be needed; the parsers of the other kinds of file load when one of them comes.
import { parentPort } from 'node:worker_threads';
import type { ContentFile } from '../model/content-files.js';
import type { ContentFileKind } from '../model/parse-content-files.js';

type Parser = (file: ContentFile, options: { render: boolean }) => unknown;

// One module per kind: a check after one minutes file changed need not wait for the group,
// people and site parsers (and their schemas and calendar libraries) to load, a third of the
// parsers' load time.
const LOADERS: Record<ContentFileKind, () => Promise<Parser>> = {
  minutes: async () => (await import('../model/parse-minutes.js')).parseMinutes,
  group: async () => (await import('../model/parse-group-file.js')).parseGroupFile,
  people: async () => (await import('../model/parse-people.js')).parsePeople,
  site: async () => (await import('../model/parse-site-file.js')).parseSiteFile,
};
const loading = new Map<ContentFileKind, Promise<Parser>>();

function parserFor(kind: ContentFileKind): Promise<Parser> {
  let parser = loading.get(kind);
  if (!parser) {
    parser = LOADERS[kind]();
    loading.set(kind, parser);
  }
  return parser;
}

void parserFor('minutes');

interface Request {
  entries: { kind: ContentFileKind; file: ContentFile }[];
  render: boolean;
}

async function parse({ entries, render }: Request): Promise<unknown[]> {
  const kinds = [...new Set(entries.map((entry) => entry.kind))];
  const parsers = new Map(await Promise.all(kinds.map(async (kind) => [kind, await parserFor(kind)] as const)));
  return entries.map((entry) => parsers.get(entry.kind)!(entry.file, { render }));
}

// Requests are answered in the order they came, one at a time; a parser that throws ends the
// thread with an error, which the main thread reports.
let queue = Promise.resolve();
parentPort!.on('message', (request: Request) => {
  queue = queue.then(async () => parentPort!.postMessage(await parse(request)));
});
