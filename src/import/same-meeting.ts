// Tells whether a minutes file already in the wiki holds the same meeting as one being imported.

/**
 * True when most words of `planned` (its longer words, four letters or more, counted once) are in
 * `existing`: an earlier import of the same source, perhaps edited since or made with another
 * people.yaml. Minutes of another meeting of the same group share far fewer words. Used to choose
 * between refusing (same meeting: `--force` replaces it) and writing a second meeting of the day.
 */
export function sameMeeting(existing: string, planned: string, threshold = 0.6): boolean {
  const words = (text: string) => new Set(text.toLowerCase().match(/\p{L}{4,}/gu) ?? []);
  const ours = words(planned.replace(/^---\n[\s\S]*?\n---\n/, ''));
  if (ours.size === 0) return false;
  const theirs = words(existing);
  let shared = 0;
  for (const word of ours) if (theirs.has(word)) shared++;
  return shared / ours.size >= threshold;
}
