import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { dropPhraseNotes } from './scripts/vite/drop-phrase-notes';
import { dropRuleDescriptions } from './scripts/vite/drop-rule-descriptions';
import { inlinePopupCss } from './scripts/vite/inline-popup-css';
import { pureSchemas } from './scripts/vite/pure-schemas';
import { reactProductionAliases } from './scripts/vite/react-production';
import { oneReactErrorFormat } from './scripts/vite/one-react-error-format';
import { minifyAgain } from './scripts/build/minify-again';
import { renamePropertiesIn } from './scripts/build/rename-properties';
import { LINKEDIN_PAGES } from './utils/linkedin/match-pattern';

/** Unlisted scripts built as ES modules, to be import()ed on LinkedIn pages. */
const ES_MODULES: ReadonlySet<string> = new Set(['coach-ui', 'word-model', 'journey-aside', 'note-fixes']);

// One source, two browsers. The manifest asks only for what the code uses today: extension
// storage, the daily follow-up check (alarms) and its one reminder (notifications), and the
// LinkedIn pages the coach reads.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: the coach must be checkable by lint, and auto-imports would hide
  // where browser APIs come from.
  imports: false,
  // Manifest V3 for Firefox too: one manifest shape and one background model for both browsers.
  manifestVersion: 3,
  vite: () => ({ plugins: [inlinePopupCss()] }),
  hooks: {
    // A production build's coaching UI gets a second minifier pass (scripts/build/minify-again.ts).
    async 'build:done'(wxt) {
      if (wxt.config.command !== 'build') return;
      await minifyAgain(resolve(wxt.config.outDir, 'coach-ui.js'));
      // Names that never leave these files, a character or two each (scripts/build/rename-properties.ts):
      // the fixes read the coaching UI's findings, so they must call `rule` and `range` what it calls them.
      for (const file of ['coach-ui.js', 'word-model.js', 'note-fixes.js']) await renamePropertiesIn(resolve(wxt.config.outDir, file));
    },
    // WXT builds unlisted scripts as IIFEs; the coaching UI must be an ES module so the watcher can
    // import() it and receive its start function, and so must the modules the coaching UI imports
    // apart from itself (its second reader, the journey aside, the one-click fixes). Library mode
    // leaves ES output unminified.
    'vite:build:extendConfig'(entrypoints, config) {
      if (!entrypoints.some((entry) => ES_MODULES.has(entry.name))) return;
      const lib = config.build?.lib;
      if (lib) lib.formats = ['es'];
      // Vite 8 reads rolldownOptions (WXT still writes the rollupOptions alias); minify there. The
      // tree-shaking annotations (/* @__PURE__ */) have done their work once the module is built:
      // left in, they cost the coaching UI about 0.7 KB gzipped. Licence comments stay.
      // The coaching UI is minified after the build (scripts/build/minify-again.ts): Rolldown only
      // drops its dead code, and terser reading unminified code leaves oxc's last pass 263 bytes
      // gzipped less to write than terser reading oxc's first pass.
      const coachUi = entrypoints.some((entry) => entry.name === 'coach-ui');
      const options = config.build?.rolldownOptions ?? {};
      const output = Array.isArray(options.output) ? {} : (options.output ?? {});
      const comments = { legal: true, annotation: false, jsdoc: false };
      const minify = coachUi ? ('dce-only' as const) : true;
      config.build = { ...config.build, rolldownOptions: { ...options, output: { ...output, minify, comments } } };
      // The coaching UI uses the extension API object the watcher hands it: the watcher has already
      // loaded webextension-polyfill, and a second copy would cost the page 2.7 KB gzipped.
      if (coachUi) {
        const root = config.root ?? process.cwd();
        const handed = resolve(root, 'utils/coach-ui-handoff/handed-browser.ts');
        const alias = config.resolve?.alias ?? {};
        const existing = Array.isArray(alias)
          ? alias
          : Object.entries(alias).map(([find, replacement]) => ({ find, replacement }));
        // In production, React's entries straight to the builds they pick (scripts/vite/react-production.ts).
        const react = config.mode === 'production' ? reactProductionAliases(root) : [];
        config.resolve = {
          ...config.resolve,
          alias: [{ find: 'wxt/browser', replacement: handed }, ...react, ...existing],
        };
        // Rule descriptions are the options page's words, and phrase notes the lists' readers'; the
        // coaching UI never reads either (0.7 KB and about 0.3 KB gzipped). Nor does it parse with
        // every zod schema the modules it imports define: the unused ones are dropped (0.3 KB).
        // React's error formatter once, not twice (scripts/vite/one-react-error-format.ts).
        config.plugins = [...(config.plugins ?? []), dropRuleDescriptions(), dropPhraseNotes(), pureSchemas(), oneReactErrorFormat()];
      }
    },
  },
  manifest: ({ browser }) => ({
    name: 'Cultivate',
    description:
      'Coaches your LinkedIn connection requests toward relationships, not transactions. Private: everything stays on your machine.',
    permissions: ['storage', 'alarms', 'notifications'],
    // The coaching UI, imported by the LinkedIn watcher when a composer appears, and the modules the
    // coaching UI imports apart from itself: the word model, the journey aside and the one-click
    // fixes. A dynamic URL (a per-session id in Chrome; Firefox's host is random per install) means
    // no page can probe for them at a stable address.
    web_accessible_resources: [
      { resources: ['coach-ui.js', 'word-model.js', 'journey-aside.js', 'note-fixes.js'], matches: [LINKEDIN_PAGES], use_dynamic_url: true },
    ],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'cultivate@coach.extension',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android learnt data_collection_permissions in 142; without this the
            // Android minimum would be 140 and addons-linter warns the key is unknown there.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
