// Debian's Firefox ESR driven over WebDriver BiDi (puppeteer-core), the built add-on
// installed, portal hosts served by the fixture server acting as Firefox's HTTP proxy.
//
// Reaching the add-on's own pages: plain BiDi refuses to navigate a tab to moz-extension://.
// The remote agent's --remote-allow-system-access switch lifts that for this test browser only;
// nothing in the shipped add-on opens its pages for a test. The add-on's UUID is fixed through
// the extensions.webextensions.uuids preference, so its pages have a known address.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { startFixtureServer, type FixtureServer } from './fixture-server';

export const FIREFOX_EXTENSION_DIR = resolve(import.meta.dirname, '../../dist/firefox-mv3');
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** Any fixed UUID: the add-on's pages live at moz-extension://<this>/. */
export const EXTENSION_UUID = '6d1f1b8e-3c1a-4f7e-9a52-2b0c7e5d9a10';

export interface FirefoxHarness {
  firefox: Browser;
  server: FixtureServer;
  /** Opens a fixture page (by its portal address) and finds its tab id. */
  openFixture(name: string): Promise<{ page: Page; tabId: number }>;
  openUrl(url: string): Promise<{ page: Page; tabId: number }>;
  /** A click on the add-on's toolbar button with the page's tab selected (as a user would). */
  clickToolbarButton(page: Page): Promise<void>;
  /** An add-on page (e.g. sidepanel.html?tab=3) in a tab of its own. */
  openExtensionPage(path: string): Promise<Page>;
  /** The sidebar page, serving the given tab. */
  openPanel(tabId: number): Promise<Page>;
  /** The toolbar badge for a tab, read by an add-on page through browser.action. */
  badgeText(tabId: number): Promise<string>;
  /** What reached the system clipboard: pasted (Ctrl+V) into a text box, as a user would. */
  readClipboard(): Promise<string>;
  close(): Promise<void>;
}

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: { contexts: { context: string }[]; type: string } }>;
}

const delay = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function launchFirefox(): Promise<FirefoxHarness> {
  if (!existsSync(FIREFOX)) throw new Error(`Firefox not found at ${FIREFOX}: apt-get install firefox-esr`);
  const manifestFile = resolve(FIREFOX_EXTENSION_DIR, 'manifest.json');
  if (!existsSync(manifestFile)) throw new Error(`No Firefox build in ${FIREFOX_EXTENSION_DIR}: run npm run build:firefox`);
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { browser_specific_settings: { gecko: { id: string } } };
  const addonId = manifest.browser_specific_settings.gecko.id;

  const server = await startFixtureServer();
  const firefox = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: EXTENSION_UUID }),
      // Every http:// request goes to the fixture server, which serves pages by their portal address.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': server.port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': false,
      // The fixtures are served over http: keep Firefox from trying https first.
      'dom.security.https_first': false,
      'dom.security.https_first_schemeless': false,
      'dom.security.https_only_mode': false,
      'browser.fixup.alternate.enabled': false,
    },
  });
  await firefox.installExtension(FIREFOX_EXTENSION_DIR);
  const base = `moz-extension://${EXTENSION_UUID}/`;

  const openExtensionPage = async (path: string): Promise<Page> => {
    const page = await firefox.newPage();
    const url = base + path;
    // The add-on's page loads in another process: BiDi reports the navigation's frame as
    // detached, though the tab shows the page. Wait for the page itself instead.
    page.goto(url).catch(() => {});
    for (let i = 0; i < 100; i++) {
      const here = await page.evaluate(() => [location.href, document.readyState]).catch(() => ['', '']);
      if (here[0] === url && here[1] === 'complete') return page;
      await delay(100);
    }
    throw new Error(`the add-on page ${url} did not open`);
  };

  // One add-on page kept open to ask the add-on's APIs (tabs, badge).
  const probe = await openExtensionPage('options.html');

  const tabIds = () => probe.evaluate(async () => (await browser.tabs.query({})).map((t) => t.id ?? -1));
  /** The tab showing a url; on a site the add-on has no access to the url is hidden, so the one new tab. */
  const tabIdOf = async (url: string, before: number[]): Promise<number> => {
    for (let i = 0; i < 50; i++) {
      const id = await probe.evaluate(
        async (u, old) => {
          const tabs = await browser.tabs.query({});
          const added = tabs.filter((t) => t.url === undefined && !old.includes(t.id ?? -1));
          return tabs.find((t) => t.url === u)?.id ?? (added.length === 1 ? added[0]!.id! : -1);
        },
        url,
        before,
      );
      if (id >= 0) return id;
      await delay(100);
    }
    throw new Error(`no tab for ${url}`);
  };

  const harness: FirefoxHarness = {
    firefox,
    server,
    openFixture: (name) => harness.openUrl(server.urlOf(name)),
    async openUrl(url) {
      const before = await tabIds();
      const page = await firefox.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return { page, tabId: await tabIdOf(page.url(), before) };
    },
    async clickToolbarButton(page) {
      await page.bringToFront();
      // Firefox's own code for a click on the add-on's toolbar button (what the keyboard shortcut
      // runs too): grants activeTab on the selected tab and fires action.onClicked. Run in the
      // browser window's chrome context, which BiDi reaches with system access.
      const connection = (firefox as unknown as { connection: BidiConnection }).connection;
      const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 });
      const context = tree.result.contexts[0]?.context;
      if (!context) throw new Error('no browser window to click in');
      const reply = await connection.send('script.evaluate', {
        expression: `(() => {
          const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
          const extension = WebExtensionPolicy.getByID(${JSON.stringify(addonId)}).extension;
          ExtensionParent.apiManager.global.browserActionFor(extension).triggerAction(window);
          return gBrowser.selectedBrowser.currentURI.spec;
        })()`,
        target: { context },
        awaitPromise: false,
      });
      if (reply.result.type !== 'success') throw new Error(`the toolbar click failed: ${JSON.stringify(reply.result)}`);
    },
    openExtensionPage,
    openPanel: (tabId) => openExtensionPage(`sidepanel.html?tab=${tabId}`),
    badgeText: (tabId) => probe.evaluate((id) => browser.action.getBadgeText({ tabId: id }), tabId),
    async readClipboard() {
      const url = server.route('clipboard.test/paste', '<!doctype html><title>paste</title><textarea id="paste"></textarea>');
      const page = await firefox.newPage();
      await page.goto(url);
      await page.bringToFront();
      await page.focus('#paste');
      await page.keyboard.down('Control');
      await page.keyboard.press('v');
      await page.keyboard.up('Control');
      const text = await page.$eval('#paste', (el) => (el as HTMLTextAreaElement).value);
      await page.close();
      return text;
    },
    async close() {
      await firefox.close();
      await server.close();
    },
  };
  return harness;
}
