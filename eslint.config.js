import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules', '.output', '.wxt', 'dist', '.demo', 'coverage', '.cache'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // Untrusted ticket text and model output must never become markup.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render untrusted text with textContent or JSX.' },
        { property: 'outerHTML', message: 'Render untrusted text with textContent or JSX.' },
        { property: 'insertAdjacentHTML', message: 'Render untrusted text with textContent or JSX.' },
      ],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Chart.js is for the dashboard page only: it must never reach the content script or the background.
    ignores: ['src/stats/dashboard/chart-js.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'chart.js', allowTypeImports: true, message: 'Load Chart.js through src/stats/dashboard/chart-js.ts.' }],
          patterns: [{ group: ['chart.js/*'], allowTypeImports: true, message: 'Load Chart.js through src/stats/dashboard/chart-js.ts.' }],
        },
      ],
    },
  },
);
