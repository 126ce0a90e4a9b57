// A refused request's error, plain enough to act on ("malformed request: ticket.messages.0.text: over 1048576
// characters") and short whatever was sent: it names the first field zod refused, never echoes a value.
import type * as z from 'zod/mini';

const MAX_PATH = 6;

function reason(issue: z.core.$ZodIssue): string {
  if (issue.code === 'too_big') {
    const unit = issue.origin === 'string' ? ' characters' : issue.origin === 'array' ? ' items' : '';
    return `over ${String(issue.maximum)}${unit}`;
  }
  if (issue.code === 'custom') return issue.message.slice(0, 100);
  if (issue.code === 'invalid_type') return `expected ${issue.expected}`;
  return issue.code.replaceAll('_', ' ');
}

/** "malformed request", and where and why when zod says. */
export function malformed(error: { issues: readonly z.core.$ZodIssue[] } | undefined): string {
  const issue = error?.issues[0];
  if (!issue) return 'malformed request';
  const path = issue.path
    .slice(0, MAX_PATH)
    .map((key) => String(key).slice(0, 40))
    .join('.');
  return `malformed request: ${path ? `${path}: ` : ''}${reason(issue)}`;
}
