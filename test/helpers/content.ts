// Builds in-memory content folders for model tests: a map of paths to texts, no disk.
import type { ContentFiles, GroupFolder } from '../../src/model/content-files.js';
import { buildWiki } from '../../src/model/build-wiki.js';

export const SITE = 'title: Test wiki\ntimeZone: Europe/London\n';

export const PEOPLE = `- id: lars-kurth
  name: Lars Kurth
  aliases: [LK, LarsKurth]
- id: george-dunlap
  name: George Dunlap
  aliases: [GD]
- id: karanbir-singh
  name: Karanbir Singh
  aliases: [KB, kbsingh]
`;

export const GROUP = 'name: Virt SIG\nactionPrefix: virt\nvenues:\n  irc:\n    name: "#centos-devel"\n    kind: irc\n';

/** Turns `{ 'content/people.yaml': '...' }` into the ContentFiles the model takes. */
export function contentFiles(files: Record<string, string>, root = 'content'): ContentFiles {
  const file = (path: string) => (files[path] === undefined ? undefined : { path, text: files[path]! });
  const groups = new Map<string, GroupFolder>();
  for (const path of Object.keys(files).sort()) {
    const match = new RegExp(`^${root}/groups/([^/]+)/(.+)$`).exec(path);
    if (!match) continue;
    const id = match[1]!;
    const folder = groups.get(id) ?? { id, path: `${root}/groups/${id}`, groupFile: undefined, minutes: [] };
    groups.set(id, folder);
    if (match[2] === 'group.yaml') folder.groupFile = file(path);
    else if (match[2]!.endsWith('.md')) folder.minutes.push(file(path)!);
  }
  return { root, siteFile: file(`${root}/sigwiki.yaml`), peopleFile: file(`${root}/people.yaml`), groups: [...groups.values()] };
}

/** A wiki of one group `virt` with the standard site and people, plus the given minutes. */
export function buildVirt(minutes: Record<string, string>, asOf = '2014-06-01', extra: Record<string, string> = {}) {
  const files: Record<string, string> = {
    'content/sigwiki.yaml': SITE,
    'content/people.yaml': PEOPLE,
    'content/groups/virt/group.yaml': GROUP,
    ...extra,
  };
  for (const [name, text] of Object.entries(minutes)) files[`content/groups/virt/${name}`] = text;
  return buildWiki(contentFiles(files), { asOf });
}

/** Minutes text with the given front matter lines and body. */
export function minutes(frontMatter: string, body = ''): string {
  return `---\n${frontMatter.trim()}\n---\n${body}`;
}
