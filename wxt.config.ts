import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Host access stays on *.gov.cn; other portals are asked for one by one (optional).
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  outDir: 'dist',
  manifest: ({ browser }) => ({
    name: '__MSG_appName__',
    description: '__MSG_appDescription__',
    default_locale: 'en',
    // storage: settings; scripting: the reader and converter are injected only into report tabs;
    // sidePanel: Chrome's panel (Firefox has sidebar_action, no permission).
    permissions: browser === 'firefox' ? ['storage', 'scripting'] : ['storage', 'scripting', 'sidePanel'],
    host_permissions: ['*://*.gov.cn/*'],
    optional_host_permissions: ['*://*/*'],
    action: { default_title: '__MSG_appName__' },
    commands: {
      [browser === 'firefox' ? '_execute_sidebar_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+R' },
        description: '__MSG_commandOpenPanel__',
      },
      'toggle-script': { suggested_key: { default: 'Alt+Shift+T' }, description: '__MSG_commandToggleScript__' },
      'toggle-clean': { suggested_key: { default: 'Alt+Shift+C' }, description: '__MSG_commandToggleClean__' },
    },
  }),
  vite: () => ({
    plugins: [preact()],
  }),
});
