// Suggests the canonical `ACTION owner: text` for action forms minutes may not use (`Action item:`, `TODO:`, `- [ ] @alice`).

// Forms that mean an action but that the grammar does not read (see docs/content-format.md,
// "Forms sigwiki does not read"). Each gives the text after the marker.
const B = '(?:\\*\\*|__)?';
const OPENING = /^(?:\*\*|__)?(?:ACTION[ -]|[Aa]ction[ -]|AI|TODO|To-?[Dd]o|\[ \]\s+@)/;
const FORMS: RegExp[] = [
  // `ACTION ITEM` with or without a colon; `Action item` and `AI` only with one, or bold as a whole,
  // so that "Action items were reviewed" stays prose.
  new RegExp(`^${B}(?:ACTION[ -]ITEMS?${B}\\s*:?|(?:[Aa]ction[ -](?:[Ii]tems?|ITEMS?)|AIs?)${B}\\s*:|(?:\\*\\*|__)[Aa]ction[ -][Ii]tems?(?:\\*\\*|__))${B}\\s*(\\S[\\s\\S]*)$`),
  new RegExp(`^${B}(?:TODO|ToDo|Todo|To-?do)(?:\\(([^()\\n]{1,40})\\))?${B}\\s*:${B}\\s*(\\S[\\s\\S]*)$`),
  /^\[ \]\s+(@[A-Za-z0-9][\w.-]*(?:\s*(?:,|&|\band\b)\s*@[A-Za-z0-9][\w.-]*)*)\s*:?\s+(\S[\s\S]*)$/,
];

/**
 * For a paragraph (or list item's text) written in an action form sigwiki does not read, the line
 * to write instead, with the owner guessed from the text: `ACTION ITEM: Niko to comment` →
 * `ACTION Niko: to comment`, `- [ ] @alice fix it` → `ACTION alice: fix it`. Undefined for other
 * paragraphs. The guess is a hint for a person to check, never applied by the site.
 */
export function actionFormHint(paragraph: string): string | undefined {
  // Most paragraphs are prose: rule them out before normalising space (this runs on every paragraph).
  if (!OPENING.test(paragraph)) return undefined;
  const text = paragraph.replace(/\s+/g, ' ').trim();
  for (const [index, form] of FORMS.entries()) {
    const match = form.exec(text);
    if (!match) continue;
    if (index === 2) return canonical(match[1]!.replace(/@/g, ''), match[2]!);
    if (index === 1 && match[1]) return canonical(match[1].replace(/^@/, ''), match[2]!);
    const rest = match[index === 1 ? 2 : 1]!;
    const lead = /^(?:\*\*)?((?:\p{Lu}[\p{L}'’-]*\s?){1,3}?)(?:\*\*)?(?:\s*\([^()]{1,40}\))?(?:\s*:\s+|\s+(?=(?:to|will)\s))([\s\S]+)$/u.exec(rest);
    return lead ? canonical(lead[1]!.trim(), lead[2]!) : canonical('<owner>', rest);
  }
  return undefined;
}

function canonical(owners: string, text: string): string {
  const short = text.length > 60 ? `${text.slice(0, 57).trimEnd()}…` : text;
  return `ACTION ${owners}: ${short}`;
}
