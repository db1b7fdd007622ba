// Script conversion in Node (jsdom): our page converter cold and warm against a
// bare text-node pass (the floor) and opencc-js's HTMLConverter.
import { JSDOM } from 'jsdom';
import * as OpenCC from 'opencc-js';
import { loadConverter } from '../../lib/core/convert';
import { createPageConverter } from '../../lib/page/convert-page';
import { ms, ratio, table, textNodeWalk, time, type Page } from './util';

export async function conversionStages(list: Page[]): Promise<string> {
  const rows = [['page', 'chars', 'floor', 'cold', 'warm', 'HTMLConv', 'cold/floor', 'warm/floor', 'warm/HTMLConv']];
  // Cold: the dictionaries built for the first time in this process (measured once).
  const t0 = performance.now();
  const convert = await loadConverter('simplified', 'tw');
  const tBuild = performance.now() - t0;
  const openccConvert = OpenCC.Converter({ from: 'cn', to: 'tw' });
  let coldFirst = NaN;
  for (const p of list.filter((x) => x.name.startsWith('synthetic') || !/-t($|-)/.test(x.name))) {
    const dom = new JSDOM(p.html);
    const doc = dom.window.document as unknown as Document;
    const g = globalThis as unknown as { Node?: unknown };
    g.Node = dom.window.Node;
    const tFloor = time(() => textNodeWalk(doc));
    // Cold page: a converter that has not seen this page's strings.
    let converter = createPageConverter(doc, convert);
    const c0 = performance.now();
    converter.applySync();
    const tCold = performance.now() - c0;
    if (Number.isNaN(coldFirst)) coldFirst = tCold + tBuild;
    converter.restore();
    const tWarm =
      time(() => {
        converter.applySync();
        converter.restore();
      }) / 2;
    converter = createPageConverter(doc, convert);
    const html = OpenCC.HTMLConverter(openccConvert, doc.documentElement as unknown as HTMLElement, 'zh-CN', 'zh-TW');
    const tHtml =
      time(() => {
        html.convert();
        html.restore();
      }) / 2;
    dom.window.close();
    rows.push([
      p.name,
      String(p.chars),
      ms(tFloor),
      ms(tCold),
      ms(tWarm),
      ms(tHtml),
      ratio(tCold, tFloor),
      ratio(tWarm, tFloor),
      ratio(tWarm, tHtml),
    ]);
  }
  return `${table(rows)}\nconverter built cold (dictionaries, first use in this process): ${ms(tBuild)} ms; first toggle incl. build: ${ms(coldFirst)} ms (aims: cold first toggle ≤ 60 ms on ~6,000 chars, warm ≤ 2× floor)\n`;
}
