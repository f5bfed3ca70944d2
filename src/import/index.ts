// Public API of the pure core of `sigwiki import`: text in, minutes and people proposals out.

export { detectFormat } from './detect-format.js';
export { importMinutes } from './import-minutes.js';
export { importSource, splitMeetings, type MeetingPart } from './split-meetings.js';
export { sourceFrontMatter, type SourceFrontMatter } from './source-front-matter.js';
export { renderMinutesFile, type MinutesFileData } from './render-minutes-file.js';
export { proposePeople, withPeopleAdded } from './propose-people.js';
export { PeoplePlan, foldedName, type SamePersonHint } from './people-plan.js';
export { summaryText } from './summary-text.js';
export { lostWords, type LostWord } from './lost-words.js';
export { fileNameMonth, parseYearlessDate, type FileNameMonth } from './parse-date-text.js';
export type {
  ImportOptions,
  ImportResult,
  ImportRuleId,
  ImportSummary,
  ImportWarning,
  MinutesFormat,
  NameRef,
  PersonProposal,
  ResolvePerson,
} from './import-result.js';
export { mergesYaml, parseMerges, applyMerges, type Merge, type AppliedMerges } from './merge-proposals.js';
export { totalsText, type ImportTotals } from './import-totals.js';
export { sameMeeting } from './same-meeting.js';
