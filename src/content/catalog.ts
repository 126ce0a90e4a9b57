// The sidebar's text in the agent's language, asked from the background once per language: the content
// script itself carries no catalog, which keeps it within its size budget, and no Intl objects (the
// names of languages come along), which keep the page's main thread free.
import { hasCatalog, provideCatalog, type UiLocale } from '../i18n/index';
import { provideLanguageNames } from '../i18n/labels';
import { ask } from '../messaging/client';

export async function loadCatalog(locale: UiLocale): Promise<void> {
  if (hasCatalog(locale)) return;
  const reply = await ask({ kind: 'ui-catalog', locale });
  if (!reply.ok || !reply.data || typeof reply.data.catalog !== 'object') return;
  provideCatalog(locale, reply.data.catalog);
  provideLanguageNames(locale, reply.data.languageNames);
}
