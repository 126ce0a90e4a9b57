// Thin shell: wires the options UI to WXT storage and the browser's permission API.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { originPattern } from '../../src/settings/origins';
import { loadSettings, updateSettings } from '../../src/settings/storage';
import { OptionsApp } from '../../src/ui/options/OptionsApp';
import { optionsCss } from '../../src/ui/options/options.css';

const style = document.createElement('style');
style.textContent = optionsCss();
document.head.append(style);

void loadSettings().then((settings) => {
  render(
    <OptionsApp
      initial={settings}
      navigatorLanguages={navigator.languages}
      prefersDark={matchMedia('(prefers-color-scheme: dark)').matches}
      services={{
        update: updateSettings,
        requestOrigin: (origin) => browser.permissions.request({ origins: [originPattern(origin)] }),
        removeOrigin: (origin) => browser.permissions.remove({ origins: [originPattern(origin)] }),
      }}
    />,
    document.getElementById('app')!,
  );
});
