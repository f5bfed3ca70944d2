// Makes ids (lower-case letters, digits, hyphens, starting with a letter) out of names.

/** `Lars Kurth` → `lars-kurth`, `Björn` → `bjorn`, `CentOS-virt` → `centos-virt`; `prefix` is used when the text starts with a digit or has no letters. At most 64 characters. */
export function slugId(text: string, prefix: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug === '') return prefix;
  const id = /^[a-z]/.test(slug) ? slug : `${prefix}-${slug}`;
  // Cut to the longest id check accepts (MAX_ID_LENGTH in calendar/util-schema-values.ts).
  return id.slice(0, MAX_ID_LENGTH).replace(/-+$/, '');
}

const MAX_ID_LENGTH = 64;
