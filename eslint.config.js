// One linter: typescript-eslint's recommended rules over the project's sources.
import tseslint from 'typescript-eslint';

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
  {
    // The reading core runs alike in Node (CLI, tests) and in the page: it takes a
    // Document, a node or a string and returns data. It may not reach for the
    // extension's APIs, the live-page layer, the views or the extension plumbing.
    files: ['lib/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/page/*',
                '**/view/*',
                '**/extension/*',
                '**/node/*',
                '**/files/*',
                '@/lib/page/*',
                '@/lib/view/*',
                '@/lib/extension/*',
                '@/lib/files/*',
              ],
              message: 'lib/core is the pure reading core: it imports only lib/core.',
            },
            {
              group: ['wxt', 'wxt/*', '#imports', 'webextension-polyfill', 'preact', 'preact/*'],
              message: 'lib/core runs in Node too: no extension or UI APIs.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'chrome', message: 'lib/core runs in Node too: no extension APIs.' },
        { name: 'browser', message: 'lib/core runs in Node too: no extension APIs.' },
      ],
    },
  },
  {
    // The library's data (entries, labels, tables, backup, the Dexie store) runs alike in
    // the extension's pages, the CLI, the bench and Node tests (fake-indexeddb): it imports
    // the reading core and itself, never the page, view or extension layers, nor a UI.
    files: ['lib/library/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/page/*', '**/view/*', '**/extension/*', '**/node/*', '@/lib/page/*', '@/lib/view/*', '@/lib/extension/*'],
              message: 'lib/library holds the library’s data: it imports only lib/core and lib/library.',
            },
            {
              group: ['wxt', 'wxt/*', '#imports', 'webextension-polyfill', 'preact', 'preact/*'],
              message: 'lib/library runs in Node too: no extension or UI APIs.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'chrome', message: 'lib/library runs in Node too: no extension APIs.' },
        { name: 'browser', message: 'lib/library runs in Node too: no extension APIs.' },
      ],
    },
  },
  {
    // The file readers (PDF, DOCX, OFD) run in Node and in an extension page: they
    // take bytes and return the core's input. They build on lib/core and nothing else.
    files: ['lib/files/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/page/*',
                '**/view/*',
                '**/extension/*',
                '**/node/*',
                '@/lib/page/*',
                '@/lib/view/*',
                '@/lib/extension/*',
                '@/lib/node/*',
              ],
              message: "lib/files reads files into the core's input: it imports only lib/core and lib/files.",
            },
            {
              group: ['wxt', 'wxt/*', '#imports', 'webextension-polyfill', 'preact', 'preact/*'],
              message: 'lib/files runs in Node too: no extension or UI APIs.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'chrome', message: 'lib/files runs in Node too: no extension APIs.' },
        { name: 'browser', message: 'lib/files runs in Node too: no extension APIs.' },
      ],
    },
  },
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
