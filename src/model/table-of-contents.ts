// The "on this page" list of a meeting: only for minutes long enough to need one.
import type { BodyHeading } from './minutes-body.js';

/** Fewer headings than this and the minutes fit in a glance: no table of contents. */
export const TOC_MIN_HEADINGS = 4;

/**
 * The headings worth listing: the two top levels the minutes use (minutes often start at `###`),
 * each with its depth (0 or 1). Empty when there are fewer than {@link TOC_MIN_HEADINGS}.
 */
export function tableOfContents(headings: readonly BodyHeading[]): (BodyHeading & { depth: number })[] {
  if (headings.length === 0) return [];
  const top = Math.min(...headings.map((heading) => heading.level));
  const listed = headings.filter((heading) => heading.level <= top + 1).map((heading) => ({ ...heading, depth: heading.level - top }));
  return listed.length >= TOC_MIN_HEADINGS ? listed : [];
}
