// The always-on script's "not a report" decision in Chromium, cold (each page
// new): on the non-report fixtures (pages that name a report without being one:
// notices, news, guidelines) and on ordinary portal pages (the fixtures'
// portal templates under a news title, what the script sees on most pages).
import { readFileSync } from 'node:fs';
import type { Harness } from '../../tests/support/browser';
import { fixtures, nonReportFixtures } from '../../tests/support/fixtures';
import { median, ms, summary } from './util';

const NEWS_TITLE = '区领导调研安全生产和防汛工作';

/** A fixture's page as an ordinary news page of the same portal: <title> and <h1> say news. */
function asOrdinaryPage(html: string): string {
  return html
    .replace(/<title>[\s\S]*?<\/title>/i, `<title>${NEWS_TITLE}_某区人民政府</title>`)
    .replace(/<h1([^>]*)>[\s\S]*?<\/h1>/i, `<h1$1>${NEWS_TITLE}</h1>`);
}

async function decisionTime(h: Harness, url: string): Promise<number> {
  const page = (await h.openUrl(url)).page;
  const d = await page
    .waitForFunction(() => performance.getEntriesByName('portal-reader:detect').length > 0, undefined, { timeout: 5000 })
    .then(() => page.evaluate(() => performance.getEntriesByName('portal-reader:detect')[0]!.duration));
  await page.close();
  return d;
}

export async function detectorStages(h: Harness): Promise<string> {
  const tricky: number[] = [];
  const ordinary: number[] = [];
  const templates = fixtures()
    .filter((f) => !f.name.endsWith('.gbk'))
    .slice(0, 10);
  const ordinaryUrls = templates.map((f, i) =>
    h.server.route(`www.ordinary${i}.gov.cn/news/${f.name}.html`, asOrdinaryPage(readFileSync(f.file, 'utf8'))),
  );
  for (let round = 0; round < 3; round++) {
    for (const f of nonReportFixtures()) tricky.push(await decisionTime(h, h.server.urlOf(f.name)));
    for (const url of ordinaryUrls) ordinary.push(await decisionTime(h, url));
  }
  const all = [...ordinary, ...tricky];
  summary['detector-cold-ms'] = median(all);
  return [
    `always-on script, "not a report" decision, cold, ×3 (budget ≤ 1 ms median; the clock here has a 0.1 ms grain):`,
    `  ordinary portal pages (${templates.length} fixture templates under a news title): median ${ms(median(ordinary))} ms, max ${ms(Math.max(...ordinary))} ms`,
    `  pages that name a report without being one (${nonReportFixtures().length} non-report fixtures): median ${ms(median(tricky))} ms, max ${ms(Math.max(...tricky))} ms`,
    `  all: median ${ms(median(all))} ms`,
  ].join('\n');
}
