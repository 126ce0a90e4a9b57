// The requester's name as the page shows it. Garden renders the requester field differently between
// versions, so several renderings are tried, then the first customer message's author; a warning says
// which route was used. The REST reading (the requester user) stays the authority and replaces it.
import type { TicketWarning } from '../../ticket/warning';
import type { Message } from '../../ticket/schema';
import { fieldText } from '../../ticket/field-text';
import { dropdownValue, fieldLabel, queryFirst, requester } from './selectors';
import { warn } from './warnings';

export interface RequesterReading {
  name: string | null;
  /** Set when the name came from a fallback route. */
  warning?: TicketWarning;
}

/** Each fallback rendering of the field, in order of precision. */
const FIELD_ROUTES: { route: string; read: (field: Element) => string }[] = [
  // A newer Garden combobox shows the selected user in an element with a title (not in .value).
  { route: "the field's title attribute", read: (field) => titleInField(field) },
  // Public scripts read the field's own text; its label is left out.
  { route: "the field's text", read: (field) => textWithoutLabel(field) },
  // An editable combobox keeps the selection in its input.
  { route: "the field's input", read: (field) => inputValue(field) },
];

export function readRequester(container: Element, messages: readonly Pick<Message, 'role' | 'author'>[]): RequesterReading {
  const field = queryFirst(container, requester);
  if (field) {
    const value = queryFirst(field, dropdownValue);
    const primary = value ? clean(fieldText(value)) : '';
    if (primary) return { name: primary };
    for (const { route, read } of FIELD_ROUTES) {
      const name = clean(read(field));
      if (name) return { name, warning: warn.requesterFrom(route) };
    }
  }
  // The first customer message's author: on a ticket Zendesk opened from an email, the requester.
  const author = messages.find((m) => m.role === 'customer' && m.author.name)?.author.name;
  return author ? { name: author, warning: warn.requesterFrom("the first customer message's author") } : { name: null };
}

function titleInField(field: Element): string {
  const labels = labelTexts(field);
  const titled = [...field.querySelectorAll('[title]')].map((el) => el.getAttribute('title') ?? '');
  return titled.find((title) => clean(title) && !labels.has(clean(title))) ?? '';
}

function textWithoutLabel(field: Element): string {
  const copy = field.cloneNode(true) as Element;
  for (const label of copy.querySelectorAll(fieldLabel.join(','))) label.remove();
  return fieldText(copy);
}

function inputValue(field: Element): string {
  const input = field.querySelector('input') as HTMLInputElement | null;
  return input?.value || input?.getAttribute('value') || '';
}

function labelTexts(field: Element): Set<string> {
  return new Set([...field.querySelectorAll(fieldLabel.join(','))].map((el) => clean(fieldText(el))));
}

/** Zendesk shows "-" in a field with nothing selected. */
function clean(text: string): string {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  return /^[-–—]?$/.test(trimmed) ? '' : trimmed;
}
