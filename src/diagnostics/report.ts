// Formats messages for people: grouped by file, with hints, ending with a count line.
import type { SigwikiMessage } from './message.js';

/**
 * The human report, modelled on vfile-reporter:
 * ```
 * content/groups/x/2014-04-11.md
 *   7:5  error  Unknown person `alce` in `attendees`  person-unknown
 *        hint: did you mean `alice`?
 * ✖ 1 error
 * ```
 * `messages` must already be sorted (buildWiki sorts them).
 */
export function formatReport(messages: readonly SigwikiMessage[], options: { color?: boolean } = {}): string {
  const paint = colors(options.color ?? false);
  const lines: string[] = [];
  let file: string | undefined;
  for (const message of messages) {
    if (message.file !== file) {
      if (file !== undefined) lines.push('');
      file = message.file;
      lines.push(paint.underline(printable(file)));
    }
    const place = message.line === undefined ? '' : `${message.line}:${message.column ?? 1}`;
    // Pad before painting: escape codes would count as width.
    const severity = (message.severity === 'error' ? paint.red : paint.yellow)(message.severity.padEnd(7));
    lines.push(`  ${place.padEnd(7)}${severity}  ${printable(message.reason)}  ${paint.dim(message.ruleId)}`);
    if (message.hint) lines.push(`${' '.repeat(9)}${paint.dim(`hint: ${printable(message.hint)}`)}`);
  }
  const errors = messages.filter((message) => message.severity === 'error').length;
  const warnings = messages.length - errors;
  if (messages.length > 0) lines.push('');
  lines.push(summary(errors, warnings, paint));
  return lines.join('\n');
}

/** One line per message, `file:line:column: severity: message [rule]`, for editors and grep. */
export function formatCompact(messages: readonly SigwikiMessage[]): string {
  return messages
    .map((message) => printable(`${message.location}: ${message.severity}: ${message.reason} [${message.ruleId}]${message.hint ? ` (${message.hint})` : ''}`))
    .join('\n');
}

/**
 * `text` with control characters (but tab) written as `\u001b`: file names and quoted values
 * come from content, and an escape sequence or a line break in them must not steer the terminal
 * or fake a line of the report.
 */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u0008\u000A-\u001F\u007F-\u009F]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function summary(errors: number, warnings: number, paint: ReturnType<typeof colors>): string {
  if (errors === 0 && warnings === 0) return paint.green('✔ no problems');
  const parts = [errors > 0 ? `${errors} error${errors === 1 ? '' : 's'}` : '', warnings > 0 ? `${warnings} warning${warnings === 1 ? '' : 's'}` : ''];
  return `${errors > 0 ? paint.red('✖') : paint.yellow('⚠')} ${parts.filter(Boolean).join(', ')}`;
}

function colors(enabled: boolean) {
  const wrap = (open: number, close: number) => (text: string) => (enabled ? `\u001b[${open}m${text}\u001b[${close}m` : text);
  return { red: wrap(31, 39), yellow: wrap(33, 39), green: wrap(32, 39), dim: wrap(2, 22), underline: wrap(4, 24) };
}
