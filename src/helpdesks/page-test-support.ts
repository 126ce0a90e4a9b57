// The readings the hiding rounds score (page-hidden*.test.ts, hidden-in-html.test.ts): an e-mail's HTML as each
// helpdesk's page shows it in the first message, and as the REST reading takes it. Tests only, not in the extension.
import { parseHTML } from 'linkedom';
import { zendeskAdapter } from './zendesk/adapter';
import { freshdeskAdapter } from './freshdesk/adapter';
import { messageContent as zendeskBody } from './zendesk/selectors';
import { messageBody as freshdeskBody } from './freshdesk/selectors';
import { shownHtml } from './shown-html';
import { splitMessageElement } from '../ticket/quotes';
import { loadPage as loadZendeskPage, pageUrl, selectTicketTab } from '../../tests/fixtures/zendesk/load';
import { loadPage as loadFreshdeskPage } from './freshdesk/test-support';

/**
 * A line after the first message's greeting (before its signature, which the reading sets apart), holding `html`;
 * the line is a `tag` (a <div> can hold blocks, a <p> cannot).
 */
export const addLine = (doc: Document, bodySelectors: readonly string[], line: string, html: string, tag = line) => {
  const body = doc.querySelector(bodySelectors.join(','))!;
  const after = body.querySelector(`:scope > ${line}, :scope > * > ${line}`)!;
  const { document } = parseHTML(`<!doctype html><html><body><${tag}>Please hurry. ${html}</${tag}></body></html>`);
  after.after(doc.importNode(document.body.firstElementChild!, true));
};

/** The first message's text on the Zendesk page, `html` added as a line of it. */
export const readZendesk = (html: string, tag = 'div') => {
  const doc = loadZendeskPage('two-tabs.html');
  selectTicketTab(doc, '1');
  addLine(doc, zendeskBody, 'p', html, tag);
  return zendeskAdapter.readFromDom(doc, pageUrl('/agent/tickets/1')).messages[0]!.text;
};
/** The first message's text on the Freshdesk page, `html` added as a line of it. */
export const readFreshdesk = (html: string) => {
  const { doc, url } = loadFreshdeskPage('standard');
  addLine(doc, freshdeskBody, 'div', html);
  return freshdeskAdapter.readFromDom(doc, url).messages[0]!.text;
};

/** What the REST reading takes from a message: the HTML as shown when it hides text, else the plain body (here: everything). */
export const restText = (html: string) => {
  const shown = shownHtml(`<p>Visible text.</p>${html}`);
  return shown ? splitMessageElement(shown).text : `Visible text. ${html.replace(/<[^>]*>/g, ' ')}`;
};
