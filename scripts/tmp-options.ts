// Throwaway: render the options page, change settings, reload, screenshots.
import { launch } from '../tests/support/browser';

const h = await launch({ lang: process.env.LANG_TAG });
try {
  const page = await h.context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  const url = `chrome-extension://${h.extensionId}/options.html`;
  await page.goto(url);
  await page.getByRole('radio', { name: /Taiwan, with Taiwan phrases|台湾，并|臺灣，並/ }).check();
  await page.getByRole('checkbox').first().check();
  await page.locator('.site-rules .pattern-input').first().fill('HTTPS://www.CQ.gov.cn/zwgk/');
  await page.locator('.site-rules form.add-form button[type=submit]').click();
  await page.waitForTimeout(300);
  console.log('stored', await h.worker.evaluate(() => chrome.storage.sync.get(null)));
  await page.reload();
  await page.locator('.options-section').first().waitFor();
  console.log('twp checked', await page.locator('input[value=twp]').isChecked(), 'rules', await page.locator('.rule .pattern').allTextContents());
  console.log('lang', await page.evaluate(() => [document.documentElement.lang, document.title]));
  await page.screenshot({ path: '/tmp/options.png', fullPage: true });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: '/tmp/options-dark.png', fullPage: true });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 600, height: 900 });
  console.log('overflow', await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]));
  await page.screenshot({ path: '/tmp/options-600.png', fullPage: true });
  // Junk host.
  await page.locator('.hosts .pattern-input').fill('javascript:alert(1)');
  await page.keyboard.press('Enter');
  console.log('host err', await page.locator('.hosts .field-error').textContent());
  await page.locator('.hosts .pattern-input').fill('https://www.beijing.gov.cn/x');
  await page.keyboard.press('Enter');
  console.log('host err', await page.locator('.hosts .field-error').textContent());
  console.log('errors', errors);
} finally {
  await h.close();
}
