// A diagnostic about a content file, modelled on vfile-message: where, what, how to fix it.

/** Every check sigwiki makes has one id; tests and `--format json` match on it. */
export type RuleId =
  | 'yaml-syntax'
  | 'file-read'
  | 'file-symlink'
  | 'file-not-regular'
  | 'file-too-large'
  | 'file-ignored'
  | 'file-encoding'
  | 'yaml-alias'
  | 'yaml-shape'
  | 'frontmatter-missing'
  | 'frontmatter-language'
  | 'frontmatter-reserved-key'
  | 'schema-unknown-key'
  | 'schema-invalid'
  | 'file-name-invalid'
  | 'date-invalid'
  | 'date-out-of-range'
  | 'date-file-mismatch'
  | 'person-duplicate'
  | 'alias-ambiguous'
  | 'person-unknown'
  | 'venue-unknown'
  | 'group-missing'
  | 'action-prefix-duplicate'
  | 'site-missing'
  | 'action-empty'
  | 'action-unowned'
  | 'action-owners-too-many'
  | 'action-due-invalid'
  | 'close-unknown-action'
  | 'close-other-group'
  | 'close-not-later'
  | 'close-already-closed'
  | 'content-raw-html'
  | 'content-unsafe-link'
  | 'action-malformed'
  | 'meeting-off-cadence'
  | 'venue-conflict'
  | 'dst-ambiguous-time';

export type Severity = 'error' | 'warning';

/** A 1-based line and column. */
export interface Point {
  line: number;
  column: number;
}

/** Fields of a message besides its reason; `file` is relative to the content folder's parent. */
export interface MessageFields {
  file: string;
  place?: Point;
  end?: Point;
  ruleId: RuleId;
  severity?: Severity;
  hint?: string;
  actual?: string;
  expected?: string[];
  cause?: unknown;
}

/**
 * One problem found in the content. `line` and `column` are 1-based; both are absent when the
 * problem concerns a whole file (e.g. a missing group.yaml).
 */
export class SigwikiMessage extends Error {
  readonly reason: string;
  readonly file: string;
  readonly line: number | undefined;
  readonly column: number | undefined;
  readonly end: Point | undefined;
  readonly ruleId: RuleId;
  readonly severity: Severity;
  readonly hint: string | undefined;
  readonly actual: string | undefined;
  readonly expected: string[] | undefined;

  constructor(reason: string, fields: MessageFields) {
    super(reason, fields.cause === undefined ? undefined : { cause: fields.cause });
    this.name = 'SigwikiMessage';
    this.reason = reason;
    this.file = fields.file;
    this.line = fields.place?.line;
    this.column = fields.place?.column;
    this.end = fields.end;
    this.ruleId = fields.ruleId;
    this.severity = fields.severity ?? 'error';
    this.hint = fields.hint;
    this.actual = fields.actual;
    this.expected = fields.expected;
  }

  /** `file:line:column`, the form editors and terminals turn into links. */
  get location(): string {
    if (this.line === undefined) return this.file;
    return `${this.file}:${this.line}:${this.column ?? 1}`;
  }

  /** A plain object for `--format json`, for tests, and to carry messages across threads and caches. */
  toJSON(): MessageJson {
    return {
      file: this.file,
      line: this.line,
      column: this.column,
      endLine: this.end?.line,
      endColumn: this.end?.column,
      severity: this.severity,
      ruleId: this.ruleId,
      message: this.reason,
      hint: this.hint,
      actual: this.actual,
      expected: this.expected,
    };
  }
}

/** A message as plain data: what `--format json` prints, and what {@link messageFromJson} reads. */
export interface MessageJson {
  file: string;
  line: number | undefined;
  column: number | undefined;
  endLine: number | undefined;
  endColumn: number | undefined;
  severity: Severity;
  ruleId: RuleId;
  message: string;
  hint: string | undefined;
  actual: string | undefined;
  expected: string[] | undefined;
}

/** Rebuilds a message from {@link SigwikiMessage.toJSON}'s plain object. */
export function messageFromJson(json: MessageJson): SigwikiMessage {
  const point = (line: number | undefined, column: number | undefined) => (line === undefined ? undefined : { line, column: column ?? 1 });
  return new SigwikiMessage(json.message, {
    file: json.file,
    place: point(json.line, json.column),
    end: point(json.endLine, json.endColumn),
    ruleId: json.ruleId,
    severity: json.severity,
    hint: json.hint,
    actual: json.actual,
    expected: json.expected,
  });
}

/** Orders messages by file, then line, then column, so reports read top to bottom. */
export function compareMessages(a: SigwikiMessage, b: SigwikiMessage): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}

/** True when any message is an error (warnings alone never fail a build). */
export function hasErrors(messages: readonly SigwikiMessage[]): boolean {
  return messages.some((message) => message.severity === 'error');
}
