// The options page: settings in, services out (storage and permissions are wired by the
// entrypoint), so it renders in Node tests and outside the extension.
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { directionOf, resolveLocale } from '../../i18n/index';
import { tOptions } from '../../i18n/options/index';
import { resolveTheme, type Settings } from '../../settings/schema';
import { OPTIONS_SECTIONS } from './sections';
import type { OptionsSection, OptionsServices } from './types';

type SaveStatus = { kind: 'saved' } | { kind: 'failed'; reason: string } | null;

export function OptionsApp(props: {
  initial: Settings;
  services: OptionsServices;
  navigatorLanguages: readonly string[];
  prefersDark: boolean;
  sections?: readonly OptionsSection[];
}): JSX.Element {
  const [settings, setSettings] = useState(props.initial);
  const [status, setStatus] = useState<SaveStatus>(null);
  const locale = resolveLocale(settings.uiLanguage, props.navigatorLanguages);
  const dir = directionOf(locale);

  useEffect(() => {
    if (typeof document === 'undefined') return;
    document.documentElement.lang = locale;
    document.documentElement.dir = dir;
    document.title = tOptions(locale, 'options.title');
  }, [locale, dir]);

  const update = async (change: (current: Settings) => Settings) => {
    try {
      setSettings(await props.services.update(change));
      setStatus({ kind: 'saved' });
    } catch (error) {
      setStatus({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <div class="sf-options sf-themed" data-theme={resolveTheme(settings.theme, props.prefersDark)} dir={dir} lang={locale}>
      <header class="sf-options-header">
        <h1>{tOptions(locale, 'options.title')}</h1>
        <p class="sf-save-status" role="status" data-kind={status?.kind}>
          {status?.kind === 'saved' && tOptions(locale, 'options.saved')}
          {status?.kind === 'failed' && tOptions(locale, 'options.saveFailed', { reason: status.reason })}
        </p>
        {Object.keys(props.services.managed ?? {}).length > 0 && (
          <p class="sf-callout" role="note" data-testid="managed-notice">
            {tOptions(locale, 'options.managedNotice')}
          </p>
        )}
      </header>
      {(props.sections ?? OPTIONS_SECTIONS).map(({ id, title, Component }) => (
        <section key={id} class="sf-options-section" aria-labelledby={`sf-section-${id}`} data-section={id}>
          <h2 id={`sf-section-${id}`}>{tOptions(locale, title)}</h2>
          <Component settings={settings} locale={locale} update={update} services={props.services} />
        </section>
      ))}
    </div>
  );
}
