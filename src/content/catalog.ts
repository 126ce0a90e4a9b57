// The sidebar's text in the agent's language, asked from the background once per language: the content
// script itself carries no catalog, which keeps it within its size budget, and no Intl objects (the
// names of languages come along), which keep the page's main thread free.
import { hasCatalog, provideCatalog, type UiLocale } from '../i18n/index';
import { provideLanguageNames } from '../i18n/labels';
import { ask } from '../messaging/client';
import type { UiCatalogView } from '../messaging/responses';

export async function loadCatalog(locale: UiLocale): Promise<void> {
  if (hasCatalog(locale)) return;
  const reply = await ask({ kind: 'ui-catalog', locale });
  if (reply.ok) provideView(locale, reply.data);
}

/** A catalog the background answered (`ui-catalog`, or the start's, ./start-request.ts). */
export function provideView(locale: UiLocale, view: UiCatalogView | undefined): void {
  if (!view || typeof view.catalog !== 'object') return;
  provideCatalog(locale, view.catalog);
  provideLanguageNames(locale, view.languageNames);
}
