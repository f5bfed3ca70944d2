// sigwiki's public API: build a wiki model from content, and report on it.
export { buildWiki, type BuildOptions } from './model/build-wiki.js';
export { loadWiki, type LoadOptions } from './load/load-wiki.js';
export { readRepo } from './load/read-repo.js';
export type { ContentFile, ContentFiles, GroupFolder } from './model/content-files.js';
export { Wiki, type Action, type ActionStatus, type Group, type Meeting, type Person, type Venue, type WikiResult } from './model/wiki.js';
export { parseActionLine, parseCloseLine, type ActionLine, type CloseLine } from './model/action-line.js';
export { SigwikiMessage, hasErrors, compareMessages, type RuleId, type Severity, type Point } from './diagnostics/message.js';
export { formatReport, formatCompact } from './diagnostics/report.js';
export { formatGithub } from './diagnostics/format-github.js';
