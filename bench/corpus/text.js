// Prose for minutes bodies: sentences, paragraphs, headings and links from the word lists.
import { VERBS, WORDS } from './words.js';

const capitalise = (word) => word[0].toUpperCase() + word.slice(1);

/**
 * One sentence of 8-22 words; sometimes with emphasis, inline code, a link or a bare URL
 * (which markdown-it linkifies), as real minutes have.
 * @param {import('./prng.js').Prng} rng
 * @param {string} groupId used in link addresses
 */
export function sentence(rng, groupId) {
  const words = Array.from({ length: rng.int(8, 22) }, () => rng.pick(WORDS));
  const at = rng.int(1, words.length - 1);
  const roll = rng.next();
  if (roll < 0.08) words[at] = `*${words[at]}*`;
  else if (roll < 0.14) words[at] = `\`${words[at]}-${rng.int(1, 99)}\``;
  else if (roll < 0.22) words[at] = `[${words[at]} notes](https://wiki.example.org/${groupId}/${words[at]})`;
  else if (roll < 0.27) words.splice(at, 0, `(see https://lists.example.org/archives/${groupId}/${rng.int(2000, 2030)}/${rng.int(100000, 999999)}.html)`);
  else if (roll < 0.3) words[at] = `**${words[at]}**`;
  return `${capitalise(words.join(' '))}.`;
}

/** A paragraph of 2-6 sentences. */
export function paragraph(rng, groupId) {
  return Array.from({ length: rng.int(2, 6) }, () => sentence(rng, groupId)).join(' ');
}

/** A short bulleted list of 2-5 one-sentence items. */
export function bulletList(rng, groupId) {
  return Array.from({ length: rng.int(2, 5) }, () => `- ${sentence(rng, groupId)}`).join('\n');
}

/** A heading text of 2-4 words, capitalised. */
export function topic(rng) {
  return capitalise(Array.from({ length: rng.int(2, 4) }, () => rng.pick(WORDS)).join(' '));
}

/** An action's text: a verb and a few words, no trailing period. */
export function actionText(rng) {
  return `${rng.pick(VERBS)} ${Array.from({ length: rng.int(3, 10) }, () => rng.pick(WORDS)).join(' ')}`;
}
