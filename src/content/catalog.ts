// The sidebar's text in the agent's language, asked from the background once per language: the content
// script itself carries English only, which keeps it within its size budget. English stays the fallback.
import { hasCatalog, provideCatalog, type UiLocale } from '../i18n/index';
import { ask } from '../messaging/client';

export async function loadCatalog(locale: UiLocale): Promise<void> {
  if (hasCatalog(locale)) return;
  const reply = await ask({ kind: 'ui-catalog', locale });
  if (reply.ok && reply.data && typeof reply.data === 'object') provideCatalog(locale, reply.data);
}
