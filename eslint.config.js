import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const CHART_JS = { name: 'chart.js', allowTypeImports: true, message: 'Load Chart.js through src/stats/dashboard/chart-js.ts.' };
const CHART_JS_FILES = { group: ['chart.js/*'], allowTypeImports: true, message: 'Load Chart.js through src/stats/dashboard/chart-js.ts.' };
const GATE = 'Requests to the model provider go through the egress gate (src/egress/gate.ts), the one way out.';
/** Exported for the rule's own test (src/egress/lint-rule.test.ts). */
export const RESTRICTED_IMPORTS = {
  paths: [CHART_JS, { name: 'openai', importNames: ['default', 'OpenAI', 'AzureOpenAI'], allowTypeImports: true, message: GATE }],
  patterns: [CHART_JS_FILES, { group: ['openai/client*', 'openai/azure*', 'openai/index*'], allowTypeImports: true, message: GATE }],
};
export const RESTRICTED_SYNTAX = [
  { selector: "CallExpression[callee.name='createClient']", message: GATE },
  { selector: "NewExpression[callee.name=/^(Azure)?OpenAI$/]", message: GATE },
  { selector: "MemberExpression[property.name=/^(chat|embeddings|completions|responses)$/][object.name=/client/i]", message: GATE },
  { selector: "ImportExpression[source.value=/^openai/]", message: GATE },
  // A hand-made request to a provider's endpoints would be a second way out.
  { selector: ":not(ImportDeclaration, ExportNamedDeclaration, ExportAllDeclaration, ImportExpression) > Literal[value=/\\/(chat\\/completions|embeddings|completions|responses)\\b/]", message: GATE },
  { selector: "TemplateElement[value.raw=/\\/(chat\\/completions|embeddings|completions|responses)\\b/]", message: GATE },
];

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
    // The provider's client is built only by the egress gate: everything that leaves the browser passes it.
    ignores: ['src/stats/dashboard/chart-js.ts', 'src/egress/gate.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', RESTRICTED_IMPORTS],
    },
  },
  {
    // The extension's own code (tests and the loopback test server name the endpoints, and may).
    files: ['src/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}'],
    ignores: ['src/egress/gate.ts', '**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-syntax': ['error', ...RESTRICTED_SYNTAX] },
  },
  {
    files: ['src/egress/gate.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { paths: [CHART_JS], patterns: [CHART_JS_FILES] }] },
  },
);
