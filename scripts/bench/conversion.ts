// Script conversion in Node (jsdom): our page converter cold and warm against a
// bare text-node pass (the floor) and opencc-js's HTMLConverter; our convert
// function against simplecc-wasm (an OpenCC alternative in WebAssembly), cold
// and warm on the same texts, with a check that both give the same output.
import { JSDOM } from 'jsdom';
import { loadConverter, type ConvertFn } from '../../lib/core/convert';
import { createPageConverter } from '../../lib/page/convert-page';
import { median, ms, ratio, table, textNodeWalk, time, type Page } from './util';

type Simplecc = (text: string, config: string) => string;

/** The texts a toggle converts: every text node under <body> with a character that is not ASCII. */
function pageTexts(doc: Document): string[] {
  const walker = doc.createTreeWalker(doc.body, 4 /* SHOW_TEXT */);
  const out: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = (node as Text).data;
    if (/[^\x00-\x7f]/.test(data)) out.push(data);
  }
  return out;
}

interface Cold {
  ours: number;
  peer: number;
  convert: ConvertFn;
  simplecc: Simplecc;
}

/** Both cold, once in this process: the dictionaries loaded and built, then one page's text converted. */
async function coldStart(text: string): Promise<Cold> {
  const t0 = performance.now();
  const convert = await loadConverter('simplified', 'tw');
  convert(text);
  const t1 = performance.now();
  const { simplecc } = (await import('simplecc-wasm')) as { simplecc: Simplecc };
  simplecc(text, 's2tw');
  const t2 = performance.now();
  return { ours: t1 - t0, peer: t2 - t1, convert, simplecc };
}

/** Texts on which the two disagree, with the first difference. */
function differences(texts: readonly string[], a: ConvertFn, b: (s: string) => string): { count: number; first: string } {
  let count = 0;
  let first = '';
  for (const t of texts) {
    const x = a(t);
    const y = b(t);
    if (x === y) continue;
    count++;
    if (!first) {
      let i = 0;
      while (x[i] === y[i]) i++;
      first = `ours 「${x.slice(Math.max(0, i - 4), i + 6)}」 simplecc 「${y.slice(Math.max(0, i - 4), i + 6)}」`;
    }
  }
  return { count, first };
}

export async function conversionStages(list: Page[]): Promise<string> {
  const chosen = list.filter((x) => x.name.startsWith('synthetic') || !/-t($|-)/.test(x.name));
  const docs = chosen.map((p) => new JSDOM(p.html));
  const texts = docs.map((dom) => pageTexts(dom.window.document as unknown as Document));
  const cold = await coldStart(texts[0]!.join('\n'));
  const { convert, simplecc } = cold;
  const OpenCC = await import('opencc-js');
  const openccConvert = OpenCC.Converter({ from: 'cn', to: 'tw' });
  const rows = [['page', 'chars', 'floor', 'cold', 'warm', 'HTMLConv', 'cold/floor', 'warm/floor', 'warm/HTMLConv']];
  const peerRows = [['page', 'texts', 'ours', 'simplecc', 'ours/simplecc', 'texts differing']];
  const warmRatios: number[] = [];
  const peerRatios: number[] = [];
  let differing = 0;
  for (let k = 0; k < chosen.length; k++) {
    const p = chosen[k]!;
    const dom = docs[k]!;
    const doc = dom.window.document as unknown as Document;
    const g = globalThis as unknown as { Node?: unknown };
    g.Node = dom.window.Node;
    const tFloor = time(() => textNodeWalk(doc));
    // Cold page: a converter that has not seen this page's strings.
    let converter = createPageConverter(doc, convert);
    const c0 = performance.now();
    converter.applySync();
    const tCold = performance.now() - c0;
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
    warmRatios.push(tWarm / tFloor);
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
    // The convert functions alone, warm, on the page's texts joined as one string each.
    const joined = texts[k]!.join('\n');
    const tOurs = time(() => convert(joined));
    const tPeer = time(() => simplecc(joined, 's2tw'));
    peerRatios.push(tOurs / tPeer);
    const diff = differences(texts[k]!, convert, (s) => simplecc(s, 's2tw'));
    differing += diff.count;
    peerRows.push([
      p.name,
      String(texts[k]!.length),
      ms(tOurs),
      ms(tPeer),
      ratio(tOurs, tPeer),
      diff.count ? `${diff.count}: ${diff.first}` : '0',
    ]);
  }
  return [
    table(rows),
    `median warm/floor: ${median(warmRatios).toFixed(2)}× (aim ≤ 2×; jsdom's writes are slow, see Chromium below)`,
    '',
    'The convert function against simplecc-wasm (s2tw), warm, ms:',
    table(peerRows),
    `median ours/simplecc warm: ${median(peerRatios).toFixed(2)}×; output ${differing === 0 ? 'identical on every text' : `differs on ${differing} texts`}`,
    `cold, once in this process (dictionaries loaded and built + the first page's text): ours ${ms(cold.ours)} ms, simplecc-wasm ${ms(cold.peer)} ms (${ratio(cold.ours, cold.peer)})`,
    '',
  ].join('\n');
}
