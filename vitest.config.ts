import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

export default defineConfig({
  test: {
    reporters: ['default', './tests/support/summary-reporter.ts'],
    projects: [
      {
        plugins: [preact()],
        test: {
          name: 'unit',
          include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
          // The sidebar's t() knows English only until a catalog is provided (the content script asks
          // the background for one); unit tests render every language.
          setupFiles: ['src/i18n/catalogs.ts'],
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
