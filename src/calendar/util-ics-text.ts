// Text values made safe for an iCalendar property: RFC 5545 TEXT escaping, no control characters.

/** A value as RFC 5545 TEXT (§3.3.11): `\\`, `;` and `,` escaped, any line break as `\n`, other controls dropped. */
export function icsText(value: string): string {
  return withoutControls(value.replace(/\r\n|\r|\n/g, '\n'), true)
    .replace(/\\/g, '\\\\')
    .replace(/[;,]/g, (mark) => `\\${mark}`)
    .replace(/\n/g, '\\n');
}

/** Drops C0 controls but tab (and LF when `keepNewlines`), and DEL, which no property value may hold (RFC 5545 §3.3.11). */
export function withoutControls(value: string, keepNewlines = false): string {
  return value.replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, (char) => (keepNewlines && char === '\n' ? char : ''));
}
