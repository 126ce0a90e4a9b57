import { findLeftoverPlaceholders } from '../privacy/vault';
import type { DraftFlag } from './flag-kinds';

/**
 * A helpdesk template's placeholder or Liquid tag ({{ticket.requester.first_name}}, {% if … %}) copied
 * from a macro or canned response into the draft: the helpdesk fills those only in its own macros, so
 * in a draft the customer would read the braces.
 */
const TEMPLATE_TAG = /\{\{[^{}\n]{1,80}\}\}|\{%[^%\n]{1,80}%\}/g;

export function placeholders(text: string): DraftFlag[] {
  const left = [...new Set(findLeftoverPlaceholders(text))];
  const templates = [...new Set(text.match(TEMPLATE_TAG) ?? [])];
  return [
    ...(left.length ? [{ kind: 'placeholder' as const, detail: `unrestored placeholder ${left.slice(0, 3).join(', ')}` }] : []),
    ...(templates.length
      ? [{ kind: 'placeholder' as const, detail: `unfilled template placeholder ${templates.slice(0, 3).join(', ')}` }]
      : []),
  ];
}
