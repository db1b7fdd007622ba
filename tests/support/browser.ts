// Debian's Chromium with the built extension loaded, portal hosts mapped to the fixture server.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { startFixtureServer, type FixtureServer } from './fixture-server';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../dist/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Harness {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  server: FixtureServer;
  /** Opens a fixture page and waits until the always-on script has judged it. */
  openFixture(name: string): Promise<{ page: Page; tabId: number }>;
  openUrl(url: string): Promise<{ page: Page; tabId: number }>;
  /** The side panel page, serving the given tab. */
  openPanel(tabId: number): Promise<Page>;
  badgeText(tabId: number): Promise<string>;
  /** What reached the system clipboard, read from a loopback page (a secure context). */
  readClipboard(): Promise<string>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  lang?: string;
  headless?: boolean;
}

export async function launch(options: LaunchOptions = {}): Promise<Harness> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium`);
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`No built extension in ${EXTENSION_DIR}: run npm run build`);
  const server = await startFixtureServer();
  const profile = mkdtempSync(join(tmpdir(), 'portal-reader-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    viewport: { width: 1200, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable',
      // *.example.net: a portal mirror outside *.gov.cn (the extension has no standing access there).
      `--host-resolver-rules=MAP *.gov.cn 127.0.0.1:${server.port}, MAP *.example.net 127.0.0.1:${server.port}`,
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      ...(options.lang ? [`--lang=${options.lang}`] : []),
    ],
    // Chromium on Linux takes its interface language from the environment as well as --lang.
    ...(options.lang
      ? {
          locale: options.lang,
          env: { ...process.env, LANGUAGE: options.lang.replace('-', '_'), LANG: `${options.lang.replace('-', '_')}.UTF-8` },
        }
      : {}),
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;

  const tabIds = () => worker.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.id ?? -1));
  /** The tab showing a url; on a site the extension has no access to the url is hidden, so the one new tab. */
  const tabIdOf = async (url: string, before: number[] = []): Promise<number> => {
    for (let i = 0; i < 50; i++) {
      const id = await worker.evaluate(
        async ([u, old]) => {
          const tabs = await chrome.tabs.query({});
          const byUrl = tabs.find((t) => t.url === u || t.pendingUrl === u);
          const added = tabs.filter((t) => t.url === undefined && !old.includes(t.id ?? -1));
          return byUrl?.id ?? (added.length === 1 ? added[0]!.id! : -1);
        },
        [url, before] as const,
      );
      if (id >= 0) return id;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`no tab for ${url}`);
  };

  const harness: Harness = {
    context,
    worker,
    extensionId,
    server,
    openFixture: (name) => harness.openUrl(server.urlOf(name)),
    async openUrl(url) {
      const before = await tabIds();
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return { page, tabId: await tabIdOf(page.url(), before) };
    },
    async openPanel(tabId) {
      const panel = await context.newPage();
      await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=${tabId}`);
      return panel;
    },
    async readClipboard() {
      const url = server.route(`127.0.0.1:${server.port}/clipboard`, '<!doctype html><title>clipboard</title>');
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
      const page = await context.newPage();
      await page.goto(url);
      await page.bringToFront();
      const text = await page.evaluate(() => navigator.clipboard.readText());
      await page.close();
      return text;
    },
    badgeText: (tabId) => worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId),
    async close() {
      await context.close();
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
  return harness;
}
