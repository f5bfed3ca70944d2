// Recognises the ways real minutes mark an action (`Action item:`, `TODO:`, `AI:`, `- [ ]`, an "Action items" heading).

/** How an imported action was written, for the summary ("actions: 12 (ACTION 3, Action item 4, section 5)"). */
export type ActionForm = 'ACTION' | 'Action item' | 'AI' | 'TODO' | 'task' | 'section';

/** The order forms are listed in the summary. */
export const ACTION_FORMS: readonly ActionForm[] = ['ACTION', 'Action item', 'AI', 'TODO', 'task', 'section'];

/** An explicit action marker at the start of a paragraph or list item's text. */
export interface ActionMarker {
  form: Exclude<ActionForm, 'task' | 'section'>;
  /** Characters of the text the marker takes up, with its colon, bold and following space. */
  length: number;
  /** True for the forms the site reads as they are (`ACTION: …`, `Action: …`): rewritten only when owners are found. */
  native: boolean;
  /** `TODO(alice):` names its owner inside the marker. */
  owner?: string;
}

// Each marker may be bold as a whole (`**Action Item:**`, `**ACTION ITEM**`) or only its word.
// Title case needs a colon or bold, so prose such as "Action items were reviewed" is left alone;
// `AI` needs a colon and an owner (checked by the caller): "AI: the new policy" is a topic.
const B = '(?:\\*\\*|__)?';
const MARKERS: [ActionMarker['form'], boolean, RegExp][] = [
  ['Action item', false, new RegExp(`^${B}(?:ACTION[ -]ITEMS?${B}\\s*:?|(?:Action|action)[ -](?:[Ii]tems?|ITEMS?)${B}\\s*:|(?:\\*\\*|__)(?:Action|action)[ -][Ii]tems?(?:\\*\\*|__))${B}\\s*`)],
  ['AI', false, new RegExp(`^${B}AIs?${B}\\s*:${B}\\s*`)],
  ['TODO', false, new RegExp(`^${B}(?:TODO|ToDo|Todo|To-?do|TO-?DO)(?:\\(([^()\\n]{1,40})\\))?${B}\\s*:${B}\\s*|^${B}TODO${B}\\s+`)],
  ['ACTION', true, new RegExp(`^${B}(?:ACTION${B}\\s*:|Action${B}\\s*:)${B}\\s*|^${B}ACTION${B}\\s+(?![^:\\n]{1,80}:\\s)`)],
];

/**
 * The action marker that opens `text` (a paragraph's first line, or a list item's text after its
 * bullet), or undefined. `ACTION owners: text` lines, already canonical, are not markers: they are
 * left as written.
 */
export function actionMarker(text: string): ActionMarker | undefined {
  for (const [form, native, pattern] of MARKERS) {
    const match = pattern.exec(text);
    if (!match) continue;
    // `ACTION ITEM` alone, with nothing after it, is a heading-like label rather than an action.
    if (match[0].length >= text.trimEnd().length) return undefined;
    return { form, length: match[0].length, native, ...(match[1] ? { owner: match[1].trim() } : {}) };
  }
  return undefined;
}

// Headings that open a list of new actions. Reviews of old ones ("Previous action items", "Open
// actions", "Action items from last week") list status, not new actions, and are left alone.
const ONE_NAME = '(?:new\\s+)?(?:action\\s+items?|actions?|action\\s+points?|ais|next\\s+steps?|to-?\\s?dos?|todo\\s+list|follow[- ]?ups?)';
// Also joined: "Action items and next steps", "Next steps / TODO".
const SECTION_NAME = new RegExp(`^${ONE_NAME}(?:\\s*(?:and|&|/|,)\\s*${ONE_NAME})*$`, 'i');

/**
 * True when `text` (a heading's text, or a line alone such as `**Action items**` or `Next steps:`)
 * names a section of actions. Markup, a trailing colon and a count in brackets are ignored.
 */
export function isActionSectionName(text: string): boolean {
  const name = text
    .replace(/\*\*|__|[*_`]/g, '')
    .replace(/\(\d+\)/g, '')
    .replace(/[:.]\s*$/, '')
    .trim();
  return SECTION_NAME.test(name);
}

/** Reads a line alone that acts as a heading (`**Action items**`, `Action items:`, `__Next steps__`); undefined otherwise. */
export function pseudoHeading(line: string): string | undefined {
  const bold = /^\s{0,3}(?:\*\*|__)([^*_\n]{1,60})(?:\*\*|__)\s*:?\s*$/.exec(line);
  if (bold) return bold[1]!;
  const colon = /^\s{0,3}([A-Za-z][A-Za-z -]{0,40}):\s*$/.exec(line);
  return colon?.[1];
}
