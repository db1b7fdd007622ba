// Store readiness, checked on the built add-ons: the Firefox build (an MV3 add-on
// with the panel as a sidebar) passes web-ext lint with no errors, and both
// manifests ask for exactly the permissions the README lists: no <all_urls>,
// host access on *.gov.cn only, the default CSP, and no code loaded from the network.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');
const CHROME_DIR = join(ROOT, 'dist/chrome-mv3');
const FIREFOX_DIR = join(ROOT, 'dist/firefox-mv3');
const bin = (name: string) => join(ROOT, 'node_modules/.bin', name);

/** The child processes build for production and stay off the network (no update check). */
function childEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_UPDATE_NOTIFIER: '1' };
  for (const key of Object.keys(env)) if (key === 'NODE_ENV' || key === 'TEST' || key.startsWith('VITEST')) delete env[key];
  return env;
}

type Manifest = Record<string, unknown> & {
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
};
const readManifest = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile());
}

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}
interface LintResult {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
}

describe('the Firefox add-on', () => {
  beforeAll(() => {
    // npm test builds it once, after the Chrome build (scripts/test.ts).
    if (!existsSync(join(FIREFOX_DIR, 'manifest.json'))) throw new Error(`No Firefox build in ${FIREFOX_DIR}: run npm run build:firefox`);
  });

  it('builds into dist/firefox-mv3 and leaves the Chrome build alone', () => {
    // Built after Chrome's: had it written into dist/chrome-mv3, that would be a Firefox manifest now.
    expect(readManifest(FIREFOX_DIR)).toHaveProperty('sidebar_action');
    if (existsSync(join(CHROME_DIR, 'manifest.json'))) {
      expect(readManifest(CHROME_DIR)).toHaveProperty('side_panel');
      expect(readManifest(CHROME_DIR)).not.toHaveProperty('sidebar_action');
    }
  });

  it('passes web-ext lint with no errors', async () => {
    // web-ext exits non-zero on errors only; the report is on stdout either way.
    const out = await run(bin('web-ext'), ['lint', '--source-dir', FIREFOX_DIR, '--output', 'json', '--no-config-discovery'], {
      cwd: ROOT,
      env: childEnv(),
      maxBuffer: 16 << 20,
    }).catch((err: { stdout?: string }) => ({ stdout: err.stdout ?? '' }));
    const result = JSON.parse(out.stdout) as LintResult;
    expect(result.errors.map((m) => `${m.code} ${m.file ?? ''}: ${m.message}`)).toEqual([]);
    expect(result.summary.errors).toBe(0);
    // The warnings left are innerHTML in bundled libraries (Preact's dangerouslySetInnerHTML path,
    // Readability on its cloned document): none about the manifest. Our own code has none (below).
    expect(result.warnings.filter((w) => w.code !== 'UNSAFE_VAR_ASSIGNMENT').map((w) => `${w.code} ${w.file ?? ''}`)).toEqual([]);
  }, 60_000);

  it('has no HTML sinks in our own code: page text never becomes markup', () => {
    const sinks =
      /\.(?:innerHTML|outerHTML)\s*[+]?=|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write(?:ln)?\s*\(|createContextualFragment/;
    const ours = ['entrypoints', 'components', 'lib'].flatMap((d) => files(join(ROOT, d))).filter((f) => /\.(?:ts|tsx|html)$/.test(f));
    expect(ours.length).toBeGreaterThan(0);
    expect(ours.filter((f) => sinks.test(readFileSync(f, 'utf8'))).map((f) => relative(ROOT, f))).toEqual([]);
  });

  it('is an MV3 add-on with the panel as a sidebar and only the permissions it uses', () => {
    const m = readManifest(FIREFOX_DIR);
    const raw = readFileSync(join(FIREFOX_DIR, 'manifest.json'), 'utf8');
    expect(m.manifest_version).toBe(3);
    expect(m.sidebar_action).toMatchObject({ default_panel: 'sidepanel.html' });
    expect(m).not.toHaveProperty('side_panel');
    expect(m.background).toEqual({ scripts: ['background.js'] });
    expect(m.commands).toHaveProperty('_execute_sidebar_action');
    expect(m.browser_specific_settings).toMatchObject({
      gecko: { id: expect.any(String), data_collection_permissions: { required: ['none'] } },
    });
    expect(m.permissions).toEqual(['storage', 'scripting', 'activeTab']);
    expect(m.host_permissions).toEqual(['*://*.gov.cn/*']);
    expect(m.optional_host_permissions).toEqual(['*://*/*']);
    expect(raw).not.toContain('<all_urls>');
    // Only the package's own scripts, as in the default; without upgrade-insecure-requests, so an
    // attached report on an http-only portal can be fetched.
    expect(m.content_security_policy).toEqual({ extension_pages: "script-src 'self'; object-src 'self'" });
  });
});

describe('the Chrome build', () => {
  it('asks for storage, scripting, activeTab and sidePanel, host access on *.gov.cn, with the default CSP', () => {
    expect(existsSync(join(CHROME_DIR, 'manifest.json')), 'no Chrome build: run npm run build').toBe(true);
    const m = readManifest(CHROME_DIR);
    const raw = readFileSync(join(CHROME_DIR, 'manifest.json'), 'utf8');
    expect(m.manifest_version).toBe(3);
    expect(m.permissions).toEqual(['storage', 'scripting', 'activeTab', 'sidePanel']);
    expect(m.host_permissions).toEqual(['*://*.gov.cn/*']);
    expect(m.optional_host_permissions).toEqual(['*://*/*']);
    expect(raw).not.toContain('<all_urls>');
    expect(m).not.toHaveProperty('content_security_policy');
  });

  it('loads no remote code', () => {
    const loaders = [
      /importScripts\s*\(/,
      /\bimport\s*\(\s*["'`]https?:/i,
      /<script\b[^>]*\bsrc\s*=\s*["']?(?:https?:)?\/\//i,
      /(?<![.\w$])eval\s*\(/,
      /\bnew\s+Function\s*\(/,
    ];
    const code = files(CHROME_DIR).filter((f) => /\.(?:js|html)$/.test(f));
    expect(code.length).toBeGreaterThan(0);
    const found = code.flatMap((f) => {
      const text = readFileSync(f, 'utf8');
      return loaders.filter((re) => re.test(text)).map((re) => `${relative(CHROME_DIR, f)}: ${re.source}`);
    });
    expect(found).toEqual([]);
  });
});
