import { defineConfig } from 'wxt';

// One source, two browsers. The manifest asks only for what the code uses today:
// extension storage, and the LinkedIn pages the coach reads.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: the coach must be checkable by lint, and auto-imports would hide
  // where browser APIs come from.
  imports: false,
  // Manifest V3 for Firefox too: one manifest shape and one background model for both browsers.
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: 'Cultivate',
    description:
      'Coaches your LinkedIn connection requests toward relationships, not transactions. Private: everything stays on your machine.',
    permissions: ['storage'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'cultivate@coach.extension',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
