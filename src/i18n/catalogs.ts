// Every sidebar catalog, provided to t() on import. Not for the content script (it loads only the
// agent's language, from the background): for the background, extension pages, previews and tests.
import { ar } from './ar';
import { de } from './de';
import { en, type Catalog } from './en';
import { provideCatalog, type UiLocale } from './index';
import { provideLanguageNames } from './labels';
import { languageNamesFor } from './language-names';
import { nl } from './nl';
import { sv } from './sv';

export const CATALOGS: { readonly [L in UiLocale]: Catalog } = { en, de, nl, sv, ar };

for (const [locale, catalog] of Object.entries(CATALOGS)) {
  provideCatalog(locale as UiLocale, catalog);
  provideLanguageNames(locale as UiLocale, languageNamesFor(locale as UiLocale));
}
