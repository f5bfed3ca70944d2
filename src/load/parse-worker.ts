// A worker thread that parses the content files it is sent (see parse-content.ts). It starts
// loading the minutes parser as it starts, so it can be started before anyone knows whether it
// will be needed; the parsers of the other kinds of file load when one of them comes.
import { parentPort } from 'node:worker_threads';
import type { ContentFile } from '../model/content-files.js';
import type { ContentFileKind } from '../model/parse-content-files.js';
import { parseEntries, parserFor } from './content-parsers.js';

void parserFor('minutes');

interface Request {
  entries: { kind: ContentFileKind; file: ContentFile }[];
  render: boolean;
}

// Requests are answered in the order they came, one at a time; a parser that throws ends the
// thread with an error, which the main thread reports.
let queue = Promise.resolve();
parentPort!.on('message', ({ entries, render }: Request) => {
  queue = queue.then(async () => parentPort!.postMessage(await parseEntries(entries, render)));
});
