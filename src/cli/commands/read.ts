// `souffleur read <page.html> --url <page-url>`: what the sidebar would read from a saved page.
import { parseHTML } from 'linkedom';
import { parseArgs } from 'node:util';
import { ADAPTERS, helpdeskForTicketPath, helpdeskForUrl } from '../../helpdesks/registry';
import { readPage } from '../../helpdesks/page-text';
import '../../i18n/catalogs';
import { say } from '../../i18n/index';
import { TicketReadError } from '../../ticket/schema';
import { warningLine } from '../../ticket/warning';
import { CliError, printJson, readText, type Command } from '../io';

const USAGE = 'usage: souffleur read <page.html> --url <page-url>';

export const read: Command = async (argv) => {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { url: { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  const [file, ...extra] = positionals;
  if (!file || extra.length) throw new CliError(USAGE);
  if (!values.url) throw new CliError(`--url is required: the address tells which helpdesk and ticket the page is (${USAGE})`);
  const url = URL.canParse(values.url) ? new URL(values.url) : null;
  if (!url) throw new CliError(`--url ${JSON.stringify(values.url)} is not a valid URL`);
  const helpdesk = helpdeskForUrl(url) ?? helpdeskForTicketPath(url);
  if (!helpdesk) throw new CliError(`${url.href} is not a Zendesk or Freshdesk ticket address`);

  const { document } = parseHTML(await readText(file));
  try {
    // The extension's two steps: the page's structure (the content script), the texts from their HTML (the background).
    const ticket = readPage(ADAPTERS[helpdesk].readFromDom, document as unknown as Document, url);
    // The Ticket's public form (PRODUCT.md): each warning as its line.
    printJson({ ...ticket, warnings: ticket.warnings.map(warningLine) });
  } catch (error) {
    // The readers throw catalog keys (the content scripts carry no English): said in English here.
    if (error instanceof TicketReadError) throw new CliError(say('en', error.message, error.params));
    throw error;
  }
};
