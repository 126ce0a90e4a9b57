// The requester's name from the page when Garden renders the field in other ways, then from the first
// customer message; a warning says which route was used, and the REST reading replaces it.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { fixtureFetchJson, loadPage, pageUrl } from '../../../tests/fixtures/zendesk/load';
import { zendeskAdapter } from './adapter';
import { readZendeskApi } from './read-api';
import { warningLine, type TicketWarning } from '../../ticket/warning';
import { readPage } from '../page-text';

const FIELD = '[data-test-id="ticket-system-field-requester-select"]';

function read(fieldHtml?: string | null) {
  const doc = loadPage('newer-garden.html');
  const field = doc.querySelector(FIELD)!;
  if (fieldHtml === null) field.remove();
  else if (fieldHtml !== undefined) field.replaceChildren(...nodes(doc, fieldHtml));
  return readPage(zendeskAdapter.readFromDom, doc, pageUrl('/agent/tickets/5'));
}

/** Test markup parsed apart and adopted into the page, as the field's new rendering. */
function nodes(doc: Document, html: string): Node[] {
  const { document } = parseHTML(`<div>${html}</div>`);
  return Array.from(doc.importNode(document.querySelector('div')!, true).childNodes);
}

const requesterWarnings = (warnings: TicketWarning[]) => warnings.filter((w) => w.field === 'requester').map(warningLine);

describe('Zendesk requester on the page', () => {
  it('reads the newer Garden field from its title attribute (no dropdowns.combobox.value)', () => {
    const ticket = read();
    expect(ticket.requester.name).toBe('Noor Hassan');
    expect(requesterWarnings(ticket.warnings)).toEqual([
      "requester: not in the field's usual place; read from the field's title attribute",
    ]);
  });

  it('still prefers the combobox value where Garden renders it, without a warning', () => {
    const ticket = read('<label>Requester</label><div data-garden-id="dropdowns.combobox.value">Noor H.</div>');
    expect(ticket.requester.name).toBe('Noor H.');
    expect(requesterWarnings(ticket.warnings)).toEqual([]);
  });

  it("reads the field's own text without its label", () => {
    const ticket = read(
      '<label data-garden-id="dropdowns.combobox.label">Requester</label><div role="combobox"><span>Noor  Hassan</span></div>',
    );
    expect(ticket.requester.name).toBe('Noor Hassan');
    expect(requesterWarnings(ticket.warnings)).toEqual(["requester: not in the field's usual place; read from the field's text"]);
  });

  it('does not take the label for a title', () => {
    const ticket = read('<label title="Requester">Requester</label><div role="combobox"><span>Noor Hassan</span></div>');
    expect(ticket.requester.name).toBe('Noor Hassan');
  });

  it("reads the combobox's input value", () => {
    const ticket = read('<label>Requester</label><div role="combobox"><input value="Noor Hassan"></div>');
    expect(ticket.requester.name).toBe('Noor Hassan');
    expect(requesterWarnings(ticket.warnings)).toEqual(["requester: not in the field's usual place; read from the field's input"]);
  });

  it("falls back to the first customer message's author when the field is empty or missing", () => {
    for (const field of ['<label>Requester</label><div role="combobox">-</div>', null]) {
      const ticket = read(field);
      expect(ticket.requester.name).toBe('Noor Hassan');
      expect(requesterWarnings(ticket.warnings)).toEqual([
        "requester: not in the field's usual place; read from the first customer message's author",
      ]);
    }
  });

  it('says the requester is not found when nothing on the page names them', () => {
    const doc = loadPage('newer-garden.html');
    doc.querySelector(FIELD)!.remove();
    for (const bubble of doc.querySelectorAll('[type="end-user"]')) bubble.setAttribute('type', 'agent');
    const ticket = readPage(zendeskAdapter.readFromDom, doc, pageUrl('/agent/tickets/5'));
    expect(ticket.requester.name).toBeNull();
    expect(requesterWarnings(ticket.warnings)).toEqual(['requester: not found on the page']);
  });

  it('the REST reading stays the authority and drops the fallback warning', async () => {
    const ticket = await readZendeskApi(
      read('<label>Requester</label><div role="combobox"><span>Someone Else</span></div>'),
      fixtureFetchJson(),
    );
    expect(ticket.requester).toEqual({ name: 'Noor Hassan', email: 'noor.hassan@example.com' });
    expect(requesterWarnings(ticket.warnings)).toEqual([]);
  });
});
