// The raw content of a wiki: what `load/read-repo` hands to the pure model.

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
}
