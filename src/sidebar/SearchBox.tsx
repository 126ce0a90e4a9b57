// The agent's own query: searched as they type (debounced, so each keystroke doesn't run a search)
// and at once on Enter. Clearing the box goes back to the ticket's own results.
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { t, type UiLocale } from '../i18n/index';
import { Icon } from '../ui/icons';
import { onlyTrusted } from './trusted';

export const SEARCH_DEBOUNCE_MS = 250;

export function SearchBox({ locale, onSearch }: { locale: UiLocale; onSearch: (query: string) => void }): JSX.Element {
  const [query, setQuery] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const lastSent = useRef('');
  useEffect(() => () => clearTimeout(timer.current), []);

  const send = (value: string) => {
    clearTimeout(timer.current);
    const trimmed = value.trim();
    if (trimmed === lastSent.current) return;
    lastSent.current = trimmed;
    onSearch(trimmed);
  };

  return (
    <form
      class="sf-search"
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        if (event.isTrusted) send(query);
      }}
    >
      <Icon name="search" />
      <input
        class="sf-input"
        type="search"
        value={query}
        dir="auto"
        aria-label={t(locale, 'snippets.search')}
        placeholder={t(locale, 'snippets.searchPlaceholder')}
        onInput={onlyTrusted((event) => {
          const value = event.currentTarget.value;
          setQuery(value);
          clearTimeout(timer.current);
          timer.current = setTimeout(() => send(value), SEARCH_DEBOUNCE_MS);
        })}
      />
    </form>
  );
}
