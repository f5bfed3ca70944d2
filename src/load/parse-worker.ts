// A worker thread that parses a share of the minutes files (see parse-content.ts).
import { parentPort, workerData } from 'node:worker_threads';
import type { ContentFile } from '../model/content-files.js';
import { parseMinutes } from '../model/parse-minutes.js';

const { files, render } = workerData as { files: ContentFile[]; render: boolean };
parentPort!.postMessage(files.map((file) => parseMinutes(file, { render })));
