// The house's layers: the reading core (lib/core) imports nothing from the live-page,
// view or extension layers and no extension API, so it runs in Node as in the page.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();
const lint = async (code: string, file: string) => {
  const [result] = await eslint.lintText(code, { filePath: file });
  return result!.messages.map((m) => m.ruleId);
};

describe('the lint rule on lib/core', () => {
  it('refuses imports of the other layers and of extension APIs', async () => {
    expect(await lint("import { clean } from '../page/clean-page';\nexport const x = clean;\n", 'lib/core/x.ts')).toContain(
      'no-restricted-imports',
    );
    expect(await lint("import { t } from '@/lib/view/strings';\nexport const x = t;\n", 'lib/core/x.ts')).toContain(
      'no-restricted-imports',
    );
    expect(await lint("import { storage } from 'wxt/utils/storage';\nexport const x = storage;\n", 'lib/core/x.ts')).toContain(
      'no-restricted-imports',
    );
    expect(await lint('export const id = chrome.runtime.id;\n', 'lib/core/x.ts')).toContain('no-restricted-globals');
  });

  it('lets the core import itself, and the other layers import the core', async () => {
    expect(await lint("import type { Block } from './types';\nexport type X = Block;\n", 'lib/core/x.ts')).toEqual([]);
    expect(await lint("import { readReport } from '../core/model';\nexport const x = readReport;\n", 'lib/page/x.ts')).toEqual([]);
  });
});

describe('the lint rule on lib/library', () => {
  it('refuses the view and extension layers and extension APIs, and lets the library use the core and Dexie', async () => {
    expect(await lint("import { t } from '../view/strings';\nexport const x = t;\n", 'lib/library/x.ts')).toContain(
      'no-restricted-imports',
    );
    expect(await lint('export const id = chrome.runtime.id;\n', 'lib/library/x.ts')).toContain('no-restricted-globals');
    expect(
      await lint(
        "import Dexie from 'dexie';\nimport type { Meta } from '../core/types';\nexport type X = [Dexie, Meta];\n",
        'lib/library/x.ts',
      ),
    ).toEqual([]);
  });
});

describe('the lint rule on lib/files and the page bundles', () => {
  it('lets the file readers build on the core, and nothing else', async () => {
    expect(await lint("import { readReport } from '../core/model';\nexport const x = readReport;\n", 'lib/files/x.ts')).toEqual([]);
    expect(await lint("import { t } from '../view/strings';\nexport const x = t;\n", 'lib/files/x.ts')).toContain('no-restricted-imports');
    expect(await lint("import { parsePage } from '../node/page-file';\nexport const x = parsePage;\n", 'lib/files/x.ts')).toContain(
      'no-restricted-imports',
    );
    expect(await lint('export const id = browser.runtime.id;\n', 'lib/files/x.ts')).toContain('no-restricted-globals');
    expect(await lint("import { readOfd } from '../files/ofd';\nexport const x = readOfd;\n", 'lib/core/x.ts')).toContain(
      'no-restricted-imports',
    );
  });

  it('keeps the file readers and pdf.js out of the always-on script, the page reader and the live-page layer', async () => {
    expect(
      await lint("import { readFile } from '@/lib/files/read';\nexport const x = readFile;\n", 'entrypoints/detector.content.ts'),
    ).toContain('no-restricted-imports');
    expect(await lint("import * as pdfjs from 'pdfjs-dist';\nexport const x = pdfjs;\n", 'entrypoints/reader.ts')).toContain(
      'no-restricted-imports',
    );
    expect(await lint("import { unzipSync } from 'fflate';\nexport const x = unzipSync;\n", 'lib/page/x.ts')).toContain(
      'no-restricted-imports',
    );
  });
});
