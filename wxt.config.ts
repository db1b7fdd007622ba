import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Host access stays on *.gov.cn; other portals are asked for one by one (optional).
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  outDir: 'dist',
  manifest: {
    name: '__MSG_appName__',
    description: '__MSG_appDescription__',
    default_locale: 'en',
    permissions: ['storage', 'scripting', 'sidePanel'],
    host_permissions: ['*://*.gov.cn/*'],
    optional_host_permissions: ['*://*/*'],
    action: { default_title: 'Portal Reader' },
  },
  vite: () => ({
    plugins: [preact()],
  }),
});
