// The data `sigwiki import` produces: formats, people proposals, warnings and the import result.

import type { ActionForm } from './action-forms.js';

/** The kinds of old minutes `sigwiki import` understands. */
export type MinutesFormat = 'mailing-list' | 'markdown-notes' | 'meetbot';

/** Closed list of the things an import can warn about (tests match on these ids). */
export type ImportRuleId =
  | 'import-date-missing'
  | 'import-date-conflict'
  | 'import-attendees-missing'
  | 'import-name-unreadable'
  | 'import-person-id-taken'
  | 'import-bot-skipped'
  | 'import-words-lost'
  | 'import-front-matter-dropped';

/** Something the importer could not place or had to guess. `line` is the 1-based line of the source; absent for the document as a whole. */
export interface ImportWarning {
  ruleId: ImportRuleId;
  message: string;
  line?: number;
}

/** A name as written in the source, with the role it was found in and its 1-based source line. */
export interface NameRef {
  text: string;
  line: number;
  /** Extra aliases known from the context, e.g. the e-mail address of a mail author. */
  aliases?: string[];
}

/** A proposed new entry for people.yaml, in the shape people.yaml uses. */
export interface PersonProposal {
  id: string;
  name: string;
  aliases: string[];
  /** The names as written in the minutes that led to this proposal, with their 1-based lines. */
  sources: NameRef[];
}

/** Counts of what the importer recognised, for the summary it prints. */
export interface ImportSummary {
  headings: number;
  actions: number;
  /** Actions whose owner could not be told from the text (per the older forms of docs/content-format.md). */
  unownedActions: number;
  /** Actions by the form the source wrote them in; `ACTION` counts those already written so (MeetBot's included). */
  actionForms: Record<ActionForm, number>;
  /** Lines that read as actions (a section item, a task, `AI:`) but name no known owner: kept as text. */
  actionsWithoutOwner: number;
  attendees: number;
  regrets: number;
  agreed: number;
  info: number;
  links: number;
  knownPeople: number;
  unknownPeople: number;
}

/** What a format converter reads from the source before people are resolved. */
export interface ParsedMinutes {
  format: MinutesFormat;
  date?: string;
  title?: string;
  chair: NameRef[];
  scribe: NameRef[];
  attendees: NameRef[];
  regrets: NameRef[];
  /** The Markdown body (no front matter). */
  body: string;
  /** Agreed, info and link items, where the format marks them. */
  counts: { agreed: number; info: number; links: number };
  warnings: ImportWarning[];
  /** A group id suggested by the source (mailing-list tag or file name). */
  groupHint?: string;
}

/**
 * The result of importing one file. People fields hold person ids where `resolvePerson` knew the
 * name, and the name as written otherwise (each of those has an entry in `unknownPeople`).
 */
export interface ImportResult {
  format: MinutesFormat;
  /** Meeting date as YYYY-MM-DD, or undefined when none was found (see warnings). */
  date: string | undefined;
  title: string | undefined;
  chair: string[];
  scribe: string[];
  attendees: string[];
  regrets: string[];
  unknownPeople: PersonProposal[];
  /** Names that resolved, with the other forms they were written in, so a plan can keep those as aliases. */
  knownNames: { id: string; names: string[] }[];
  body: string;
  summary: ImportSummary;
  warnings: ImportWarning[];
  groupHint: string | undefined;
}

/** Looks a name, alias or id up in people.yaml; returns the person id or undefined. */
export type ResolvePerson = (name: string) => string | undefined;

/** Options for `importMinutes`. */
export interface ImportOptions {
  /** The source file name (no directories needed); used to detect the format and as a date fallback. */
  fileName: string;
  resolvePerson: ResolvePerson;
  /** Force a format instead of detecting it. */
  format?: MinutesFormat;
  /** Dates known before conversion, most trusted first (the dated heading a split part starts with). */
  dates?: { date: string; where: string; line?: number }[];
  /** False for a part of a split file: the date in the file name is not this part's date. */
  fileNameDate?: boolean;
}
