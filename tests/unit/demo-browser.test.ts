// `npm run demo` picks the browser: the rules, without launching one.
import { describe, expect, it } from 'vitest';
import { chooseBrowser, type DemoBrowserName } from '../../scripts/demo/choose-browser';

const only =
  (...names: DemoBrowserName[]) =>
  (browser: DemoBrowserName) =>
    names.includes(browser);

describe('chooseBrowser', () => {
  it('prefers Chromium, and takes Firefox when it is the only one installed', () => {
    expect(chooseBrowser([], only('chromium', 'firefox'))).toEqual({ ok: true, browser: 'chromium' });
    expect(chooseBrowser([], only('firefox'))).toEqual({ ok: true, browser: 'firefox' });
  });

  it('--browser chooses, in both spellings', () => {
    expect(chooseBrowser(['--browser', 'firefox'], only('chromium', 'firefox'))).toEqual({ ok: true, browser: 'firefox' });
    expect(chooseBrowser(['--headless', '--browser=chromium'], only('chromium'))).toEqual({ ok: true, browser: 'chromium' });
  });

  it('with neither installed, says in one line what to install', () => {
    const choice = chooseBrowser([], only());
    expect(choice.ok).toBe(false);
    const { message } = choice as { message: string };
    expect(message).not.toContain('\n');
    expect(message).toMatch(/apt install chromium/);
    expect(message).toMatch(/apt install firefox-esr/);
  });

  it('a browser asked for but missing, or an unknown one, is refused with the reason', () => {
    expect(chooseBrowser(['--browser', 'firefox'], only('chromium'))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/firefox.*not installed.*firefox-esr/),
    });
    expect(chooseBrowser(['--browser', 'safari'], only('chromium'))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/chromium or firefox, not safari/),
    });
  });
});
