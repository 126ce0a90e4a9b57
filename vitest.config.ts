import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  test: {
    reporters: ['default', './tests/support/summary-reporter.ts'],
    projects: [
      {
        plugins: [preact()],
        test: {
          name: 'unit',
          include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
          exclude: ['src/**/*.wxt.test.ts'],
          environment: 'node',
          // The sidebar's t() knows English only until a catalog is provided (the content script asks
          // the background for one); unit tests render every language.
          setupFiles: ['src/i18n/catalogs.ts'],
          // Unit tests assert behaviour; speed has its budgets in `npm run bench`. Some tests pay a cold start
          // of seconds on a loaded two-core machine (the promise patterns' first compile, ESLint in the
          // layer rules, the CLI's first draft): a CI run at load 12 timed 9 of them out at Vitest's 5 s.
          testTimeout: 30_000,
        },
      },
      {
        // Tests of code that uses WXT's runtime (storage, browser) as the extension does: WXT's own Vitest
        // plugin installs its fake browser and resolves WXT's virtual modules. Kept to these files so the
        // other unit tests keep a plain Node environment.
        plugins: [WxtVitest()],
        test: {
          name: 'wxt',
          include: ['src/**/*.wxt.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          // One Chromium at a time: the machine has two cores.
          fileParallelism: false,
          testTimeout: 60_000,
          // Polls wait for the sidebar, which on a loaded two-core machine can take seconds.
          expect: { poll: { timeout: 10_000, interval: 50 } },
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          // The same journeys in Firefox ESR over WebDriver BiDi (tests/support/firefox.ts), against the
          // Firefox build (npm run build:firefox).
          name: 'firefox',
          include: ['tests/firefox/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 60_000,
          expect: { poll: { timeout: 10_000, interval: 50 } },
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
