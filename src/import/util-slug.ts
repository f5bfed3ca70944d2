// Makes ids (lower-case letters, digits, hyphens, starting with a letter) out of names.

/** `Lars Kurth` → `lars-kurth`, `Björn` → `bjorn`, `CentOS-virt` → `centos-virt`; `prefix` is used when the text starts with a digit or has no letters. At most 64 characters. */
export function slugId(text: string, prefix: string): string {
  const slug = latinLetters(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug === '') return prefix;
  const id = /^[a-z]/.test(slug) ? slug : `${prefix}-${slug}`;
  // Cut to the longest id check accepts (MAX_ID_LENGTH in calendar/util-schema-values.ts).
  return id.slice(0, MAX_ID_LENGTH).replace(/-+$/, '');
}

const MAX_ID_LENGTH = 64;

// Letters that Unicode decomposition leaves whole, since they are letters of their own.
const OWN_LETTERS: Record<string, string> = { ø: 'o', Ø: 'O', æ: 'ae', Æ: 'Ae', œ: 'oe', Œ: 'Oe', ß: 'ss', đ: 'd', Đ: 'D', ł: 'l', Ł: 'L', þ: 'th', Þ: 'Th', ð: 'd', Ð: 'D', ı: 'i' };

/** `Bünzli` → `Bunzli`, `Nørgaard` → `Norgaard`, `Łukasz` → `Lukasz`: accents dropped, letters such as ø, æ, ß, ł written in plain Latin. */
export function latinLetters(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[øØæÆœŒßđĐłŁþÞðÐı]/g, (letter) => OWN_LETTERS[letter]!);
}
