// GitHub Actions workflow commands, so a pull request shows each problem on its line.
import type { SigwikiMessage } from './message.js';

/**
 * One `::error file=…,line=…,col=…,title=…::message` line per message.
 * See https://docs.github.com/actions/reference/workflow-commands-for-github-actions
 */
export function formatGithub(messages: readonly SigwikiMessage[]): string {
  return messages
    .map((message) => {
      const properties = [`file=${escapeProperty(message.file)}`];
      if (message.line !== undefined) properties.push(`line=${message.line}`, `col=${message.column ?? 1}`);
      properties.push(`title=${escapeProperty(`sigwiki ${message.ruleId}`)}`);
      const text = message.hint ? `${message.reason} (hint: ${message.hint})` : message.reason;
      return `::${message.severity} ${properties.join(',')}::${escapeData(text)}\n`;
    })
    .join('');
}

// The runner decodes these escapes (actions/toolkit core/src/command.ts).
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
