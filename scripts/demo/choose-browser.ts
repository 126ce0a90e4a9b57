// Which browser `npm run demo` uses: the one asked for with --browser, else Chromium, else Firefox,
// whichever is installed. Pure (the installed check is passed in), so the rules are unit-tested.
export const DEMO_BROWSERS = ['chromium', 'firefox'] as const;
export type DemoBrowserName = (typeof DEMO_BROWSERS)[number];

export type BrowserChoice = { ok: true; browser: DemoBrowserName } | { ok: false; message: string };

const INSTALL: Record<DemoBrowserName, string> = {
  chromium: 'Chromium (Debian/Ubuntu: sudo apt install chromium; or set CHROMIUM_PATH)',
  firefox: 'Firefox ESR (Debian/Ubuntu: sudo apt install firefox-esr; or set FIREFOX_PATH)',
};

export function chooseBrowser(argv: readonly string[], installed: (browser: DemoBrowserName) => boolean): BrowserChoice {
  const index = argv.findIndex((arg) => arg === '--browser' || arg.startsWith('--browser='));
  const asked = index < 0 ? undefined : argv[index]!.includes('=') ? argv[index]!.split('=')[1] : argv[index + 1];
  if (index >= 0) {
    if (!(DEMO_BROWSERS as readonly (string | undefined)[]).includes(asked)) {
      return { ok: false, message: `--browser takes chromium or firefox, not ${asked ?? 'nothing'}.` };
    }
    const browser = asked as DemoBrowserName;
    return installed(browser)
      ? { ok: true, browser }
      : { ok: false, message: `The demo was asked to use ${browser}, which is not installed: install ${INSTALL[browser]}.` };
  }
  const found = DEMO_BROWSERS.find(installed);
  return found
    ? { ok: true, browser: found }
    : { ok: false, message: `The demo needs a browser: install ${INSTALL.chromium} or ${INSTALL.firefox}, then run npm run demo again.` };
}
