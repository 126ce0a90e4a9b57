// The readings the hiding rounds score (page-hidden*.test.ts, hidden-in-html.test.ts): an e-mail's HTML as each
// helpdesk's page shows it in the first message, read as the extension reads it (the content script's structure, the
// background's text from the body's HTML: readPage), and as the REST reading takes it. Tests only, not in the extension.
import { parseHTML } from 'linkedom';
import { zendeskAdapter } from './zendesk/adapter';
import { freshdeskAdapter } from './freshdesk/adapter';
import { messageContent as zendeskBody } from './zendesk/selectors';
import { messageBody as freshdeskBody } from './freshdesk/selectors';
import { shownHtml } from './shown-html';
import { splitMessageElement } from '../ticket/quotes';
import { loadPage as loadZendeskPage, pageUrl, selectTicketTab } from '../../tests/fixtures/zendesk/load';
import { loadPage as loadFreshdeskPage } from './freshdesk/test-support';
import { readPage, textOfHtml } from './page-text';

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
  return readPage(zendeskAdapter.readFromDom, doc, pageUrl('/agent/tickets/1')).messages[0]!.text;
};
/** The first message's text on the Freshdesk page, `html` added as a line of it. */
export const readFreshdesk = (html: string) => {
  const { doc, url } = loadFreshdeskPage('standard');
  addLine(doc, freshdeskBody, 'div', html);
  return readPage(freshdeskAdapter.readFromDom, doc, url).messages[0]!.text;
};

/** What the REST reading takes from a message: the HTML as shown when it hides text, else the plain body (here: everything). */
export const restText = (html: string) => {
  const shown = shownHtml(`<p>Visible text.</p>${html}`);
  return shown ? splitMessageElement(shown).text : `Visible text. ${html.replace(/<[^>]*>/g, ' ')}`;
};

/** The three readings the hiding rounds score, by the name each test carries. */
export const READINGS: [string, (html: string) => string][] = [
  ['Zendesk page', readZendesk],
  ['Freshdesk page', readFreshdesk],
  ['REST', restText],
];

/** The page reading's text of `html` after a visible line (the background's, from the body's HTML), and how long it took (ms). */
export const timedPageReading = (html: string): [string, number] => {
  const start = performance.now();
  const { text } = textOfHtml(`<p>My order is late.</p>${html}`);
  return [text, performance.now() - start];
};
