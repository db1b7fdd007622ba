// One linter: typescript-eslint's recommended rules over the project's sources.
import tseslint from 'typescript-eslint';

/** The folders of lib/, one layer each (README, "How it is built"). */
const LAYERS = ['core', 'page', 'view', 'extension', 'node', 'files', 'library'];

/** The lint block of a layer that runs in Node too: only the layers it names, no extension or UI API. */
function portableLayer(layer, allowed, what) {
  const forbidden = LAYERS.filter((l) => !allowed.includes(l));
  const only = allowed.map((l) => `lib/${l}`).join(' and ');
  return {
    files: [`lib/${layer}/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: forbidden.flatMap((l) => [`**/${l}/*`, `@/lib/${l}/*`]),
              message: `lib/${layer} is ${what}: it imports only ${only}.`,
            },
            {
              group: ['wxt', 'wxt/*', '#imports', 'webextension-polyfill', 'preact', 'preact/*'],
              message: `lib/${layer} runs in Node too: no extension or UI APIs.`,
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'chrome', message: `lib/${layer} runs in Node too: no extension APIs.` },
        { name: 'browser', message: `lib/${layer} runs in Node too: no extension APIs.` },
      ],
    },
  };
}

export default tseslint.config(
  { ignores: ['dist/', '.output/', '.wxt/', 'node_modules/', 'out/', 'coverage/'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  // Layers that run in Node as well as in the browser: each imports only the layers it names,
  // and no extension or UI API.
  portableLayer(
    'core',
    ['core'],
    'the pure reading core: it takes a Document, a node or a string and returns data, alike in Node (CLI, tests) and in the page',
  ),
  portableLayer(
    'library',
    ['core', 'library'],
    "the library's data (entries, labels, tables, backup, the Dexie store), alike in the extension's pages, the CLI, the bench and Node tests",
  ),
  portableLayer(
    'files',
    ['core', 'files'],
    "the file readers (PDF, DOCX, OFD): they take bytes and return the core's input, in Node and in an extension page",
  ),
  {
    // The always-on script, the page reader and the live-page layer stay light: the
    // file readers and their libraries load only in the extension page that reads a file.
    files: ['entrypoints/detector.content.ts', 'entrypoints/reader.ts', 'entrypoints/converter.ts', 'lib/page/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/files/*', '@/lib/files/*', 'pdfjs-dist', 'pdfjs-dist/*', 'mammoth', 'fflate'],
              message: 'File readers load only in the extension page that reads a file.',
            },
          ],
        },
      ],
    },
  },
);
