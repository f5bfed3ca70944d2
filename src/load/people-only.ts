// Reads just people.yaml, for commands that resolve names without building the whole wiki.
import path from 'node:path';
import { messageFromJson, SigwikiMessage } from '../diagnostics/message.js';
import { parsePeople } from '../model/parse-people.js';
import { PeopleIndex } from '../model/people-index.js';
import type { PersonRecord } from '../model/schema/person.js';
import { inspectFile, readContentText, RefusedFile, type Refusal } from './read-content-file.js';

/**
 * The people index of `contentDir` and its records, with the messages people.yaml produced. It is read as the
 * build reads it: a symlink, a folder, an unreadable or oversized file is refused with a message.
 */
export async function loadPeople(
  contentDir: string,
  cwd: string,
): Promise<{ index: PeopleIndex; people: PersonRecord[]; messages: SigwikiMessage[]; file: string }> {
  const file = `${contentDir.replace(/\/+$/, '')}/people.yaml`;
  const absolute = path.resolve(cwd, file);
  const refused = (refusal: Refusal) => ({
    index: new PeopleIndex([]),
    people: [],
    messages: [new SigwikiMessage(refusal.reason, { file, ruleId: refusal.ruleId, hint: refusal.hint })],
    file,
  });
  const found = inspectFile(absolute, file);
  if (found && 'refusal' in found) return refused(found.refusal);
  let text: string | undefined;
  try {
    text = found ? readContentText(absolute, file) : undefined;
  } catch (error) {
    if (error instanceof RefusedFile) return refused(error.refusal);
    throw error;
  }
  const parsed = parsePeople(text === undefined ? undefined : { path: file, text });
  return { index: new PeopleIndex(parsed.people), people: parsed.people, messages: parsed.messages.map(messageFromJson), file };
}
