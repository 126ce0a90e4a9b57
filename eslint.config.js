import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';

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
  { selector: 'NewExpression[callee.name=/^(Azure)?OpenAI$/]', message: GATE },
  { selector: 'MemberExpression[property.name=/^(chat|embeddings|completions|responses)$/][object.name=/client/i]', message: GATE },
  { selector: 'ImportExpression[source.value=/^openai/]', message: GATE },
  // A hand-made request to a provider's endpoints would be a second way out.
  {
    selector:
      ':not(ImportDeclaration, ExportNamedDeclaration, ExportAllDeclaration, ImportExpression) > Literal[value=/\\/(chat\\/completions|embeddings|completions|responses)\\b/]',
    message: GATE,
  },
  { selector: 'TemplateElement[value.raw=/\\/(chat\\/completions|embeddings|completions|responses)\\b/]', message: GATE },
];

// The layers (ARCHITECTURE.md, "Layers"): a folder imports its own layer and those below it, never above.
// Exported for the rule's own test (src/messaging/layers.test.ts) and ARCHITECTURE.md's (architecture.test.ts).
const FOUNDATION = [
  'ticket',
  'language',
  'i18n',
  'privacy',
  'cue',
  'knowledge',
  'drafts',
  'egress',
  'settings',
  'helpdesks',
  'bridge',
  'polish',
].map((f) => `./src/${f}`);
const CONTEXTS = ['./src/content', './src/background', './src/cli', './entrypoints'];
const UI = ['./src/sidebar', './src/ui', './src/stats/dashboard'];
const layer = (why) => `Layering (ARCHITECTURE.md): ${why}`;
export const LAYER_ZONES = [
  {
    target: FOUNDATION,
    from: ['./src/messaging', ...UI, ...CONTEXTS],
    message: layer('the domain folders know nothing of messaging, UI or the contexts that run them.'),
  },
  // src/stats is domain code; its dashboard folder is UI (the dashboard page's components).
  {
    target: './src/stats/!(dashboard)/**',
    from: ['./src/messaging', ...UI, ...CONTEXTS],
    message: layer('the domain folders know nothing of messaging, UI or the contexts that run them.'),
  },
  {
    target: './src/stats/*.ts',
    from: ['./src/messaging', ...UI, ...CONTEXTS],
    message: layer('the domain folders know nothing of messaging, UI or the contexts that run them.'),
  },
  { target: './src/messaging', from: [...UI, ...CONTEXTS], message: layer('the wire types sit below every side that talks over them.') },
  { target: UI, from: CONTEXTS, message: layer('UI components get their state and actions handed in; they do not reach into a context.') },
  {
    target: './src/content',
    from: ['./src/background', './src/cli', './entrypoints'],
    message: layer('the content script talks to the background only by message.'),
  },
  {
    target: ['./src/content', ...UI, './entrypoints/*.content/**', './entrypoints/*.content.ts'],
    // The cue model's weights and valence lists are megabytes: they belong in the background, and one
    // import from a page-side file would put them in every helpdesk page's content script.
    from: ['./src/cue/@(model|linear-model|valence|index|analyze-message|analyze-ticket).ts', './models/cue/**'],
    message: layer('the cue runs in the background; page-side code gets its result by message.'),
  },
  {
    target: './src/background',
    from: ['./src/content', ...UI, './src/cli', './entrypoints'],
    message: layer('the background answers messages; it imports no page code.'),
  },
  {
    target: './src/cli',
    from: ['./src/content', ...UI, './src/background', './entrypoints'],
    message: layer('the CLI runs the domain code in Node, without the extension.'),
  },
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
    // Layers and cycles, for the extension's own code (tests may reach across layers to wire things up).
    files: ['src/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })],
      // Without these the cycle check cannot read TypeScript modules and silently finds nothing.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: LAYER_ZONES }],
      // Cycles through run-time imports; type-only ones are kept out by the layers above.
      'import-x/no-cycle': 'error',
    },
  },
  {
    files: ['src/egress/gate.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { paths: [CHART_JS], patterns: [CHART_JS_FILES] }] },
  },
);
