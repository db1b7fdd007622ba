import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Host access stays on *.gov.cn; other portals are asked for one by one (optional).
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  outDir: 'dist',
  manifest: {
    name: 'Portal Reader',
    description: 'Reads Chinese government reports on live portals: clean page, outline, figures, Simplified ⇄ Traditional.',
    permissions: ['storage', 'scripting', 'sidePanel'],
    host_permissions: ['*://*.gov.cn/*'],
    action: { default_title: 'Portal Reader' },
  },
  vite: () => ({
    plugins: [preact()],
  }),
});
