// Reads just people.yaml, for commands that resolve names without building the whole wiki.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { messageFromJson, type SigwikiMessage } from '../diagnostics/message.js';
import { parsePeople } from '../model/parse-people.js';
import { PeopleIndex } from '../model/people-index.js';

/** The people index of `contentDir`, with the messages people.yaml produced. */
export async function loadPeople(contentDir: string, cwd: string): Promise<{ index: PeopleIndex; messages: SigwikiMessage[]; file: string }> {
  const file = `${contentDir.replace(/\/+$/, '')}/people.yaml`;
  let text: string | undefined;
  try {
    text = await readFile(path.resolve(cwd, file), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const parsed = parsePeople(text === undefined ? undefined : { path: file, text });
  return { index: new PeopleIndex(parsed.people), messages: parsed.messages.map(messageFromJson), file };
}
