// The raw content of a wiki: what `load/read-repo` hands to the pure model.
import type { SigwikiMessage } from '../diagnostics/message.js';

/** One file's text. `path` is relative to the content folder's parent: `content/people.yaml`. */
export interface ContentFile {
  path: string;
  text: string;
}

/** A group folder: its group.yaml (if present) and its minutes files. */
export interface GroupFolder {
  id: string;
  /** Path of the folder, e.g. `content/groups/centos-virt`. */
  path: string;
  groupFile: ContentFile | undefined;
  minutes: ContentFile[];
  /** ISO instant of the last commit that changed group.yaml, when the content is in git. */
  lastModified?: string | undefined;
}

/** Every file of a content folder that sigwiki reads. */
export interface ContentFiles {
  /** The content folder, e.g. `content`. */
  root: string;
  siteFile: ContentFile | undefined;
  peopleFile: ContentFile | undefined;
  groups: GroupFolder[];
  /**
   * Problems met while listing and reading the folder: files refused (symlinks, folders, too
   * large, unreadable) and entries ignored. Reading is lazy, so a file that fails to read adds
   * its message here when its text is first asked for, which is before linking.
   */
  messages?: SigwikiMessage[];
  /**
   * Paths of the files that exist but were refused or could not be read. Their message says so
   * once: linking neither reports them missing nor blames the names they would have defined.
   */
  unreadable?: Set<string>;
}
