// A worker thread that parses the content files it is sent (see parse-content.ts). It loads the
// parsers as it starts, so it can be started before anyone knows whether it will be needed.
import { parentPort } from 'node:worker_threads';
import type { ContentFile } from '../model/content-files.js';
import { parseContentFile, type ContentFileKind } from '../model/parse-content-files.js';

parentPort!.on('message', ({ entries, render }: { entries: { kind: ContentFileKind; file: ContentFile }[]; render: boolean }) => {
  parentPort!.postMessage(entries.map((entry) => parseContentFile(entry.kind, entry.file, { render })));
});
