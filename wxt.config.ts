import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as cn2t from 'opencc-js/preset/cn2t';
import { defineConfig } from 'wxt';
import { compactPhrases } from './lib/core/convert';

// Host access stays on *.gov.cn; other portals are asked for one by one (optional).
// The permissions and why each is there: README.md, "Permissions".
/**
 * The Function constructor out of the libraries that carry it (pdf.js; underscore and
 * setimmediate and jszip's copy of it, through mammoth; exceljs's prebuilt bundle): each use
 * is a fallback the extension never takes — an eval-support test, a global-object lookup
 * after globalThis, a string callback, _.template, regenerator's sloppy-mode global — and
 * add-on review flags them all.
 */
const EVAL_USES: [RegExp, string][] = [
  [/new Function\(""\)/g, '(() => { throw new Error("no eval"); })()'],
  [/return new Function\("src","srcOffset","dest","destOffset",(\w+)\)/g, 'return null'],
  [/Function\((['"])return this\1\)\(\)/g, 'globalThis'],
  [/Function\("r","regeneratorRuntime = r"\)\(\w+\)/g, 'void 0'],
  [/new Function\(argument, '_', source\)/g, '(() => { throw new Error("_.template is not available"); })()'],
  [/new Function\(""\s*\+\s*\w+\)/g, '(() => { throw new TypeError("setImmediate takes a function"); })()'],
];
function withoutEval(code: string): string {
  return EVAL_USES.reduce((c, [pattern, replacement]) => c.replace(pattern, replacement), code);
}
const LIBRARIES_WITH_EVAL = /node_modules\/(pdfjs-dist|underscore|setimmediate|jszip|exceljs)\//;

/**
 * lib/core/portal-knowledge.ts names, for each entry, its portal families and the fixture
 * pages that show it: for the meta-test and the reader of the source, not for the product.
 * The built scripts leave them out (the always-on script has a 15 KB budget).
 */
const PORTAL_KNOWLEDGE = /lib\/core\/portal-knowledge\.ts$/;
const withoutProvenance = (code: string) => code.replace(/families: \[[^\]]*\],\s*fixtures: \[[^\]]*\],?/g, '');

/**
 * OpenCC's phrase dictionary in the compact form lib/core/convert.ts reads
 * (compactPhrases): the same data, 30 % fewer bytes in the converter script and
 * the panel, which are injected and parsed on the first toggle.
 */
/** V8's magic comment for a script whose functions all run on load (explicit compile hints). */
const COMPILE_ON_LOAD = '//# allFunctionsCalledOnLoad\n';

const OPENCC_PHRASES = /node_modules\/opencc-js\/dist\/esm-lib\/dict\/STPhrases\.js$/;
function compactPhrasesModule(code: string): string {
  const [phrases, , characters] = cn2t.configs.s2t!.conversionChain[0] as unknown as string[];
  // The module must be the dictionary the preset holds (one copy of opencc-js).
  if (!phrases || !characters || !code.includes(phrases.slice(0, 200)))
    throw new Error('opencc-js STPhrases is not the preset’s dictionary');
  return `export default ${JSON.stringify(compactPhrases(phrases, characters))};`;
}

export default defineConfig({
  vite: () => ({
    plugins: [
      {
        name: 'portal-reader:no-eval-in-libraries',
        transform: (code: string, id: string) => (LIBRARIES_WITH_EVAL.test(id) ? withoutEval(code) : null),
      },
      {
        name: 'portal-reader:compact-opencc-phrases',
        apply: 'build' as const,
        transform: (code: string, id: string) => (OPENCC_PHRASES.test(id) ? compactPhrasesModule(code) : null),
      },
      {
        name: 'portal-reader:portal-knowledge-without-provenance',
        apply: 'build' as const,
        transform: (code: string, id: string) => (PORTAL_KNOWLEDGE.test(id) ? withoutProvenance(code) : null),
      },
    ],
  }),
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  // Builds in dist/<browser>-mv3, zips (`npm run zip`, `npm run zip:firefox`) in dist/.
  outDir: 'dist',
  manifest: ({ browser }) => ({
    name: '__MSG_appName__',
    description: '__MSG_appDescription__',
    default_locale: 'en',
    // storage: settings; scripting: the reader and converter are injected only into report tabs;
    // activeTab: "Read this page" on a site outside *.gov.cn once the reader clicked the toolbar
    // button there, with no standing host grant; sidePanel: Chrome's panel (Firefox has sidebar_action).
    permissions: browser === 'firefox' ? ['storage', 'scripting', 'activeTab'] : ['storage', 'scripting', 'activeTab', 'sidePanel'],
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
    ...(browser === 'firefox' && {
      // Firefox's default MV3 policy for extension pages is this plus upgrade-insecure-requests, which
      // turns the panel's fetch of an attached report on an http-only portal (many are) into an https
      // request that fails. Scripts stay the package's own, as in the default.
      content_security_policy: { extension_pages: "script-src 'self'; object-src 'self'" },
      browser_specific_settings: {
        gecko: {
          // An MV3 add-on needs a fixed ID (AMO, storage.sync, and updates are keyed on it).
          id: 'portal-reader@example.org',
          // MV3 with optional_host_permissions, scripting and data_collection_permissions.
          strict_min_version: '140.0',
          // Nothing leaves the browser (README, "Privacy").
          data_collection_permissions: { required: ['none'] },
        },
        // Firefox for Android reads data_collection_permissions from 142 (it has no sidebar: desktop is the target).
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
  hooks: {
    'build:done': (wxt) => {
      // The reader runs nearly all of its code as soon as it is injected: V8 compiles it all
      // when the script loads (an explicit compile hint) instead of function by function
      // during the first reading. Other engines read a comment.
      const reader = join(wxt.config.outDir, 'reader.js');
      if (!existsSync(reader)) return;
      const code = readFileSync(reader, 'utf8');
      if (!code.startsWith(COMPILE_ON_LOAD)) writeFileSync(reader, COMPILE_ON_LOAD + code);
    },
    'build:publicAssets': (_wxt, files) => {
      // pdf.js's character maps for Chinese PDFs whose fonts are not embedded (GB, CNS, Big5):
      // a reading of an attached report looks them up; nothing is fetched from elsewhere.
      const cmaps = resolve('node_modules/pdfjs-dist/cmaps');
      for (const name of readdirSync(cmaps).filter((n) => /GB|CNS|B5/.test(n)))
        files.push({ absoluteSrc: join(cmaps, name), relativeDest: `pdfjs/cmaps/${name}` });
      // pdf.js's worker, without its two uses of the Function constructor: a test for eval
      // support and a PostScript compiler that runs only with eval on (off: isEvalSupported: false).
      const worker = readFileSync(resolve('node_modules/pdfjs-dist/build/pdf.worker.min.mjs'), 'utf8');
      files.push({ contents: withoutEval(worker), relativeDest: 'pdfjs/pdf.worker.min.mjs' });
    },
    'build:manifestGenerated': (wxt, manifest) => {
      // WXT takes the sidebar's title from the panel page's <title>; show the localised name instead.
      if (wxt.config.browser === 'firefox' && manifest.sidebar_action) manifest.sidebar_action.default_title = '__MSG_appName__';
    },
    'config:resolved': (wxt) => {
      // WXT always leaves *.test.ts out of the sources zip; keep the tests in, as the build and `npm test` use them.
      wxt.config.zip.excludeSources = wxt.config.zip.excludeSources.filter((pattern) => !pattern.includes('test|spec'));
    },
  },
  zip: {
    // The sources archive for AMO review: exactly what `npm ci && npm run build:firefox` needs, and the tests.
    includeSources: [
      'package.json',
      'package-lock.json',
      'tsconfig.json',
      'wxt.config.ts',
      'vitest.config.ts',
      'README.md',
      'entrypoints/**',
      'components/**',
      'lib/**',
      'public/**',
      'scripts/**',
      'tests/**',
    ],
    excludeSources: ['**/node_modules/**', 'dist/**', 'out/**', '.output/**', '.wxt/**', 'coverage/**', '**/*.log'],
  },
});
