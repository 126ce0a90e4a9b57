import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { dictionaryPublicFiles } from './scripts/build/dictionaries';
import { minifyCssStrings } from './scripts/build/minify-css-strings';
import { trimContentScriptContext } from './scripts/build/trim-content-script-context';
import { shortenContentScriptCustomProperties } from './scripts/build/shorten-custom-properties';
import { classicJsx } from './scripts/build/classic-jsx';
import { cachedModulesResource, cacheContentScripts } from './scripts/build/cached-content-scripts';
import { sidebarFrameResource } from './scripts/build/sidebar-frame';
import { FRESHDESK_MATCHES } from './src/helpdesks/freshdesk/descriptor';
import { ZENDESK_MATCHES } from './src/helpdesks/zendesk/descriptor';
import { HELPDESKS } from './src/helpdesks/descriptors';

/**
 * The helpdesk content scripts as code-cached modules behind a loader (scripts/build/cached-content-scripts.ts,
 * docs/cached-content-scripts.md), per browser; SOUFFLEUR_CACHED_MODULES=1 or =0 overrides it for a build.
 * Chrome: on since the message text is read in the background (read18) and loader and module fit the page's
 * budget together (2026-12-07: Freshdesk 338 + 34,079 B, Zendesk 338 + 34,028 B, budget 35,840). Firefox runs it
 * (its suite passes) but stays off: the gain is Chromium's code cache, not measured in Firefox, which caches
 * compiled content scripts itself.
 */
const CACHED_MODULES_BY_DEFAULT: Record<string, boolean> = { chrome: true, firefox: false };
const cachedContentScripts = (browser: string) =>
  (process.env.SOUFFLEUR_CACHED_MODULES ?? (CACHED_MODULES_BY_DEFAULT[browser] ? '1' : '0')) === '1' ? HELPDESKS : [];

/**
 * The sidebar rendered by an extension page (entrypoints/sidebar-frame) in an iframe, out of the helpdesk's
 * process (issue 15, docs/sidebar-frame.md): the content scripts paint with src/content/frame-view.ts instead
 * of src/content/sidebar-view.tsx, and without it the frame page is not built at all. Per browser;
 * SOUFFLEUR_SIDEBAR_FRAME=1 or =0 overrides it for a build (own-domain helpdesks then get entrypoints/*-own.content,
 * with the shadow-root view). Off by decision: the product's interface is the <souffleur-sidebar> shadow root and
 * its data-testids (PRODUCT.md), which the frame moves into another document; and it takes 12-41 ms off the
 * open sidebar only, far from the 50 ms budget (docs/sidebar-frame.md).
 */
const SIDEBAR_FRAME_BY_DEFAULT: Record<string, boolean> = { chrome: false, firefox: false };
const sidebarFrame = (browser: string) => (process.env.SOUFFLEUR_SIDEBAR_FRAME ?? (SIDEBAR_FRAME_BY_DEFAULT[browser] ? '1' : '0')) === '1';
const FRAME_VIEW_PLUGIN = 'souffleur-sidebar-frame-view';
const sidebarFrameView = (browser: string) => ({
  name: FRAME_VIEW_PLUGIN,
  enforce: 'pre' as const,
  resolveId: (source: string, importer?: string) =>
    sidebarFrame(browser) && source === './sidebar-view' && importer?.endsWith('src/content/start.tsx')
      ? resolve('src/content/frame-view.ts')
      : null,
});

export default defineConfig({
  // Explicit imports keep every file readable on its own.
  imports: false,
  vite: (env) => ({
    // trimContentScriptContext: WXT's content script context without the methods no script calls
    // (scripts/build/trim-content-script-context.ts; 112 B of each helpdesk script's gzip), and for Chrome
    // without the location watcher's polling fallback.
    plugins: [
      sidebarFrameView(env.browser),
      preact(),
      minifyCssStrings(),
      trimContentScriptContext({ navigationApi: env.browser === 'chrome' }),
    ],
    build: {
      // Vite's 500 kB warning is about scripts a web page downloads and parses on every visit. The one
      // chunk over it is the background script (about 3.2 MB: 2.1 MB of it the cue model's weights,
      // models/cue/model.json, 0.27 MB its valence lists, the rest the openai SDK), which the browser
      // reads from the installed package, never over a network, once per background start. Splitting
      // it would not help: a service worker may not import() chunks lazily, and the model is loaded at
      // start anyway. The content scripts, which do cost every helpdesk page, have their own budget in
      // `npm run bench`.
      chunkSizeWarningLimit: 4000,
    },
  }),
  hooks: {
    'entrypoints:resolved': (wxt, entrypoints) => {
      // The frame page and the own-domain scripts (entrypoints/*-own.content) exist in the frame build only.
      if (sidebarFrame(wxt.config.browser)) return;
      for (let i = entrypoints.length - 1; i >= 0; i--)
        if (entrypoints[i]!.name === 'sidebar-frame' || entrypoints[i]!.name.endsWith('-own')) entrypoints.splice(i, 1);
    },
    'vite:build:extendConfig': (entrypoints, config) => {
      if (config.build?.minify === false) return; // `wxt dev`
      // The licences of the libraries each script bundles (preact, zod, openai, dexie, ...) ship beside
      // it: the minifier drops their comments. One file per build (each content script is its own).
      const names = entrypoints.map((entry) => entry.name);
      config.build = { ...config.build, license: { fileName: `licenses/${names.length === 1 ? names[0] : 'background-and-pages'}.md` } };
      // An own domain's script keeps the shadow-root view (the frame page is not web-accessible there).
      if (names.some((name) => name.endsWith('-own')))
        config.plugins = config.plugins?.filter((plugin) => (plugin as { name?: string } | null)?.name !== FRAME_VIEW_PLUGIN);
      if (!entrypoints.every((entry) => entry.type === 'content-script')) return;
      // Content scripts are compiled on every helpdesk page load: terser (three passes) makes them
      // smaller than Vite's default minifier (Oxc) does; only them, the background's megabytes would
      // build slowly for nothing a page feels. `wrap_iife` keeps the script's function in
      // parentheses, which terser would drop and Oxc keeps: V8 then compiles the 100 KB script once
      // instead of pre-parsing it and parsing it again when it is called, and WXT's own plugin can
      // still take the `var freshdesk=` global off the IIFE. `unsafe` assumes the built-ins are the
      // standard ones, `unsafe_comps` that no compared value has a valueOf or is NaN (the comparisons it negates
      // compare numbers checked as such, src/bridge/find-nearest.ts, or made so, the <select> size in
      // src/ticket/text.ts, whose NaN had the built script read every option), and `pure_getters` that
      // reading a property has no side effect: all hold in the content script's isolated world (page
      // scripts cannot patch its globals) and in our code, and the browser suites run on this build.
      // With a third pass they take some 150 B of gzip off each script. `unsafe_arrows` writes a function
      // expression that uses no `this` or `arguments` as an arrow, which has no prototype: none of those
      // in the scripts is called with `new` (the `new`s are of classes, built-ins and Preact's class
      // components) or has its prototype read (39 B of Freshdesk's gzip, 31 B of Zendesk's). Not in the
      // editor bridge: there it turned WXT's wrapper into an arrow, which WXT's plugin does not recognise,
      // so `var editorBridge=` stayed a global of the helpdesk's page (the bridge runs in its world).
      const bridge = names.includes('editor-bridge');
      const arrows = !bridge;
      // The theme's custom properties by short names, JSX as h() calls (scripts/build/shorten-custom-properties.ts,
      // classic-jsx.ts). Not the classic JSX in the editor bridge: it has no JSX, and the import the plugin adds
      // to every file brought Preact into it (10.5 KB of its 15), which every helpdesk page load compiles.
      config.plugins = [...(config.plugins ?? []), shortenContentScriptCustomProperties(), ...(bridge ? [] : [classicJsx()])];
      config.build.minify = 'terser';
      // A byte map of the scripts (scripts/bench/content-script-bytes.ts, docs/content-script-bytes.md): a source map beside
      // each, for that build only.
      if (process.env.SOUFFLEUR_SOURCEMAP === '1') config.build.sourcemap = true;
      config.build.terserOptions = {
        compress: { passes: 3, unsafe: true, unsafe_comps: true, pure_getters: true, unsafe_arrows: arrows },
        ecma: 2020,
        format: { wrap_iife: true },
      };
    },
    // Each helpdesk script as a module the browser's code cache keeps, behind a one-line loader (per browser).
    'build:manifestGenerated': (wxt, manifest) => {
      // The frame page, web-accessible to the hosted helpdesks' pages only.
      if (sidebarFrame(wxt.config.browser))
        manifest.web_accessible_resources = [
          ...(manifest.web_accessible_resources ?? []),
          sidebarFrameResource([...FRESHDESK_MATCHES, ...ZENDESK_MATCHES], wxt.config.browser),
        ] as typeof manifest.web_accessible_resources;
      if (!cachedContentScripts(wxt.config.browser).length || wxt.config.command !== 'build') return;
      manifest.web_accessible_resources = [
        ...(manifest.web_accessible_resources ?? []),
        cachedModulesResource(wxt.config.browser),
      ] as typeof manifest.web_accessible_resources;
    },
    'build:done': (wxt) => {
      if (wxt.config.command === 'build') cacheContentScripts(wxt.config.outDir, cachedContentScripts(wxt.config.browser));
    },
    // The speller's Hunspell dictionaries (src/polish/dictionaries.ts) ship as plain files the
    // background reads on first use, so no script carries megabytes of word lists.
    // The cue's valence lists are adapted open data (ODbL, CC BY-SA): their notice travels with them.
    'build:publicAssets': (_wxt, files) => {
      files.push(...dictionaryPublicFiles(), {
        absoluteSrc: resolve('models/cue/VALENCE-NOTICE.md'),
        relativeDest: 'VALENCE-NOTICE.md',
      });
    },
  },
  // Manifest V3 for Firefox too: MV2 has no optional_host_permissions (own-domain helpdesks) and no
  // MAIN-world content scripts (the editor bridge); Firefox 128+ supports both under MV3.
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: 'Souffleur',
    description:
      'A quiet prompter for support agents: reply drafts, knowledge snippets and an empathy cue beside Zendesk and Freshdesk tickets.',
    // alarms: the daily stats retention (src/background/stats.ts); no warning shown at install.
    permissions: ['storage', 'scripting', 'alarms'],
    // Helpdesks hosted on a company's own domain: the admin grants the origin from the options page.
    // Plain http only for the team's ClickHouse on loopback or a host the admin allowed
    // (src/settings/stats-destination.ts); the options page requests that one origin, nothing wider.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // The toolbar button opens the stats dashboard (background: browser.action.onClicked).
    action: { default_title: 'Souffleur: acceptance stats' },
    ...(browser === 'firefox'
      ? {}
      : {
          // The admin's policy (src/settings/managed.ts): Chrome validates storage.managed against this schema.
          // Firefox reads policies.json `3rdparty` or a managed storage manifest instead, and has no such key.
          storage: { managed_schema: 'managed_schema.json' },
          // Chrome 111: the editor bridge's MAIN-world content script; the page scripts also follow tab switches
          // by the Navigation API alone (102+), since the build drops WXT's polling fallback for Chrome.
          minimum_chrome_version: '111',
        }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'souffleur@souffleur.dev',
              // data_collection_permissions is understood from Firefox 140 on.
              strict_min_version: '140.0',
              // Ticket text is website content; Firefox requires declaring it.
              data_collection_permissions: { required: ['websiteContent'] },
            },
          },
        }
      : {}),
  }),
});
