// @vitest-environment jsdom
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadConverter, type ConvertFn } from '../../lib/core/convert';
import { createPageConverter as create, isChineseLang, type PageConverter } from '../../lib/page/convert-page';
import { seedText } from '../support/seeds';

const seed000 = seedText('000');

let tw: ConvertFn;
let twQuotes: ConvertFn;
beforeAll(async () => {
  tw = await loadConverter('simplified', 'tw');
  twQuotes = await loadConverter('simplified', 'tw', { quotes: true });
});

/** Let MutationObserver callbacks (microtasks) and slices (timers) run. */
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

const PAGE = `
<head><title>法治政府建设年度报告</title><style>.x::after { content: "这里" }</style></head>
<body>
  <div id="nav" title="返回首页"><a href="/" aria-label="网站首页">首页</a> &gt; 政务公开</div>
  <article id="body">
    <h1>关于2022年法治政府建设情况的报告</h1>
    <p id="p1">为全面贯彻党的二十大精神，<b>深入学习</b>习近平法治思想。</p>
    <p id="p2">办理行政复议案件12件，同比增长3.5%。</p>
    <img src="a.png" alt="二维码扫一扫">
    <script>var msg = "这里不要转换";</script>
    <noscript>请启用脚本</noscript>
    <template><p>模板内容</p></template>
    <textarea id="ta" placeholder="请输入意见">默认内容</textarea>
    <input id="in" placeholder="搜索关键词" value="默认值">
    <select id="sel"><option>无值选项</option><option value="v">有值选项</option></select>
    <div id="ed" contenteditable="true">编辑区域的文字</div>
    <div id="ed2" contenteditable="false">不可编辑区域</div>
    <p id="en" lang="en">English 这里 should stay<span id="zh" lang="ZH-hant">这里要转换</span></p>
    <p id="ja" lang="ja">日本语の说明</p>
    <div id="ui" data-portal-reader-skip><span title="阅读器">阅读器界面</span></div>
  </article>
</body>`;

function setup(html = PAGE, htmlLang?: string): void {
  document.documentElement.innerHTML = html;
  if (htmlLang === undefined) document.documentElement.removeAttribute('lang');
  else document.documentElement.setAttribute('lang', htmlLang);
}

const $ = (sel: string): Element => document.querySelector(sel)!;

beforeEach(() => setup());

// Every converter made in a test is turned off after it, so none watches the next test's page.
const made: PageConverter[] = [];
const createPageConverter = (...args: Parameters<typeof create>): PageConverter => {
  const pc = create(...args);
  made.push(pc);
  return pc;
};
afterEach(() => {
  for (const pc of made.splice(0)) pc.restore();
});

describe('isChineseLang', () => {
  it('compares language tags case-insensitively', () => {
    for (const l of ['zh', 'zh-CN', 'zh-Hans', 'zh-Hant', 'zh-TW', 'ZH-hant', 'zh_CN', 'cmn-Hans', 'yue', ''])
      expect(isChineseLang(l), l).toBe(true);
    for (const l of ['en', 'en-US', 'ja', 'ko', 'fr', 'zhx']) expect(isChineseLang(l), l).toBe(false);
  });
});

describe('createPageConverter', () => {
  it('converts text and the four attributes, and restores the page exactly', async () => {
    const before = document.documentElement.outerHTML;
    const pc = createPageConverter(document, tw);
    await pc.apply();
    expect(document.title).toBe('法治政府建設年度報告');
    expect($('#p1').textContent).toBe('為全面貫徹黨的二十大精神，深入學習習近平法治思想。');
    expect($('#nav').getAttribute('title')).toBe('返回首頁');
    expect($('#nav a').getAttribute('aria-label')).toBe('網站首頁');
    expect($('#nav a').textContent).toBe('首頁');
    expect($('img').getAttribute('alt')).toBe('二維碼掃一掃');
    expect($('#in').getAttribute('placeholder')).toBe('搜索關鍵詞');
    expect($('#ta').getAttribute('placeholder')).toBe('請輸入意見');
    expect($('#p2').textContent).toBe('辦理行政複議案件12件，同比增長3.5%。');
    expect(document.documentElement.outerHTML).not.toBe(before);
    pc.restore();
    expect(document.documentElement.outerHTML).toBe(before);
    // Toggling again converts again, and restores again.
    await pc.apply();
    expect($('#p1 b').textContent).toBe('深入學習');
    pc.restore();
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('converts a report page of ~6,000 characters in one synchronous pass', () => {
    const lines = seed000.split('\n').map((line) => line.replace(/[<&>]/g, ''));
    setup(`<body><article>${lines.map((line) => `<p>${line}</p>`).join('')}</article></body>`);
    const before = document.documentElement.outerHTML;
    // With time standing still (the timing itself is measured by the benchmark, not here),
    // nothing but the clock splits the work: a report is done before apply() returns.
    const pc = createPageConverter(document, tw, { now: () => 0 });
    const p = pc.apply();
    expect([...document.querySelectorAll('p')].map((e) => e.textContent)).toEqual(lines.map(tw));
    expect(pc.stats.yields).toBe(0);
    pc.restore();
    expect(document.documentElement.outerHTML).toBe(before);
    return p;
  });

  it('leaves scripts, styles, form values, editable regions, other languages and our UI alone', async () => {
    const pc = createPageConverter(document, tw);
    await pc.apply();
    expect($('script').textContent).toBe('var msg = "这里不要转换";');
    expect($('style').textContent).toContain('这里');
    expect($('noscript').textContent).toBe('请启用脚本');
    expect((document.querySelector('template') as HTMLTemplateElement).content.textContent).toBe('模板内容');
    expect($('#ta').textContent).toBe('默认内容');
    expect(($('#ta') as HTMLTextAreaElement).value).toBe('默认内容');
    expect(($('#in') as HTMLInputElement).value).toBe('默认值');
    expect($('#in').getAttribute('value')).toBe('默认值');
    const options = ($('#sel') as HTMLSelectElement).options;
    expect(options[0]!.text).toBe('无值选项'); // its text is its value
    expect(options[1]!.text).toBe('有值選項');
    expect($('#ed').textContent).toBe('编辑区域的文字');
    expect($('#ed2').textContent).toBe('不可編輯區域');
    expect($('#en').firstChild!.textContent).toBe('English 这里 should stay');
    expect($('#zh').textContent).toBe('這裡要轉換');
    expect($('#ja').textContent).toBe('日本语の说明');
    expect($('#ui').textContent).toBe('阅读器界面');
    expect($('#ui span').getAttribute('title')).toBe('阅读器');
  });

  it('ignores a non-Chinese lang on <html> unless told to honor it', async () => {
    setup(PAGE, 'en');
    const pc = createPageConverter(document, tw);
    await pc.apply();
    expect($('#p1').textContent).toContain('貫徹');
    expect($('#en').firstChild!.textContent).toBe('English 这里 should stay');
    pc.restore();
    const strict = createPageConverter(document, tw, { honorDocumentLang: true });
    await strict.apply();
    expect($('#p1').textContent).toContain('贯彻');
    expect($('#zh').textContent).toBe('這裡要轉換');
    strict.restore();
    setup(PAGE, 'zh-CN');
    await createPageConverter(document, tw, { honorDocumentLang: true }).apply();
    expect($('#p1').textContent).toContain('貫徹');
  });

  it('keeps the reader’s input, form state, nodes and listeners', async () => {
    const input = $('#in') as HTMLInputElement;
    const textarea = $('#ta') as HTMLTextAreaElement;
    const select = $('#sel') as HTMLSelectElement;
    input.value = '我输入的内容';
    textarea.value = '我写的意见';
    select.selectedIndex = 1;
    const textNode = $('#p2').firstChild;
    let clicks = 0;
    $('#p1').addEventListener('click', () => clicks++);
    const pc = createPageConverter(document, tw);
    await pc.apply();
    pc.restore();
    await pc.apply();
    expect(input.value).toBe('我输入的内容');
    expect(textarea.value).toBe('我写的意见');
    expect(select.value).toBe('v');
    expect($('#p2').firstChild).toBe(textNode);
    ($('#p1') as HTMLElement).click();
    pc.restore();
    ($('#p1') as HTMLElement).click();
    expect(clicks).toBe(2);
    expect(input.value).toBe('我输入的内容');
    expect(textarea.value).toBe('我写的意见');
  });

  it('converts content the page adds later, once observed', async () => {
    const pc = createPageConverter(document, tw);
    await pc.apply();
    pc.observe();
    const p = document.createElement('p');
    p.textContent = '余下全文：这里是后来加载的内容';
    p.title = '后来的提示';
    $('#body').append(p);
    const loose = document.createTextNode('又一个文本节点');
    $('#p2').append(loose);
    $('#en').append(document.createTextNode('还是英文区域'));
    await settle();
    expect(p.textContent).toBe('餘下全文：這裡是後來加載的內容');
    expect(p.title).toBe('後來的提示');
    expect(loose.data).toBe('又一個文本節點');
    expect($('#en').lastChild!.textContent).toBe('还是英文区域');
    pc.restore();
    expect(p.textContent).toBe('余下全文：这里是后来加载的内容');
    expect(loose.data).toBe('又一个文本节点');
    // Not observing: added content stays as it came.
    await pc.apply();
    pc.disconnect();
    const q = document.createElement('p');
    q.textContent = '这里';
    $('#body').append(q);
    await settle();
    expect(q.textContent).toBe('这里');
  });

  it('keeps the reader’s selection across both converted ends, on apply and on restore', () => {
    const first = $('#p1').firstChild as Text;
    const last = $('#p2').firstChild as Text;
    const range = document.createRange();
    range.setStart(first, 2);
    range.setEnd(last, 4);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    const selected = getSelection()!.toString();
    const pc = createPageConverter(document, tw);
    pc.applySync();
    const on = getSelection()!.getRangeAt(0);
    expect([on.startContainer, on.startOffset, on.endContainer, on.endOffset]).toEqual([first, 2, last, 4]);
    expect(getSelection()!.toString()).toBe(tw(selected));
    pc.restore();
    const off = getSelection()!.getRangeAt(0);
    expect([off.startContainer, off.startOffset, off.endContainer, off.endOffset]).toEqual([first, 2, last, 4]);
    expect(getSelection()!.toString()).toBe(selected);
  });

  it('keeps a selection made after a toggle, once the page says the selection changed', () => {
    const first = $('#p1').firstChild as Text;
    getSelection()!.removeAllRanges();
    const pc = createPageConverter(document, tw);
    pc.applySync(); // no selection: not read again until selectionchange
    pc.restore();
    const range = document.createRange();
    range.setStart(first, 1);
    range.setEnd(first, 3);
    getSelection()!.addRange(range);
    document.dispatchEvent(new Event('selectionchange')); // as a browser does after addRange
    const selected = getSelection()!.toString();
    pc.applySync();
    const on = getSelection()!.getRangeAt(0);
    expect([on.startContainer, on.startOffset, on.endContainer, on.endOffset]).toEqual([first, 1, first, 3]);
    expect(getSelection()!.toString()).toBe(tw(selected));
    pc.restore();
    expect(getSelection()!.toString()).toBe(selected);
  });

  it('with no selection made yet, never reads the selection until one is made', () => {
    const first = $('#p1').firstChild as Text;
    getSelection()!.removeAllRanges();
    const reads = vi.spyOn(document, 'getSelection');
    const pc = createPageConverter(document, tw, { noSelectionYet: true });
    pc.applySync();
    pc.restore();
    expect(reads).not.toHaveBeenCalled();
    // A selection made later is read, and kept across the writes.
    const range = document.createRange();
    range.setStart(first, 1);
    range.setEnd(first, 3);
    getSelection()!.addRange(range);
    document.dispatchEvent(new Event('selectionchange'));
    const selected = getSelection()!.toString();
    pc.applySync();
    expect(reads).toHaveBeenCalled();
    expect(getSelection()!.toString()).toBe(tw(selected));
    pc.restore();
    expect(getSelection()!.toString()).toBe(selected);
    reads.mockRestore();
  });

  it('keeps the page’s own new text on restore', async () => {
    const before = document.documentElement.outerHTML;
    const pc = createPageConverter(document, tw);
    await pc.apply();
    // Not observing: the page rewrites a converted node and an attribute.
    const text = $('#p2').firstChild as Text;
    text.data = '页面脚本更新了这段文字';
    $('img').setAttribute('alt', '新的说明');
    pc.restore();
    expect(text.data).toBe('页面脚本更新了这段文字');
    expect($('img').getAttribute('alt')).toBe('新的说明');
    expect($('#p1').textContent).toBe('为全面贯彻党的二十大精神，深入学习习近平法治思想。');

    // Observing: the rewrite is converted, and restore gives the page's newest text.
    setup();
    const pc2 = createPageConverter(document, tw);
    await pc2.apply();
    pc2.observe();
    const t2 = $('#p2').firstChild as Text;
    t2.data = '第一次更新';
    await settle();
    expect(t2.data).toBe('第一次更新');
    t2.data = '第二次更新这里';
    $('img').setAttribute('alt', '新的说明');
    await settle();
    expect(t2.data).toBe('第二次更新這裡');
    expect($('img').getAttribute('alt')).toBe('新的說明');
    pc2.restore();
    expect(t2.data).toBe('第二次更新这里');
    expect($('img').getAttribute('alt')).toBe('新的说明');
    expect(before).toContain('二维码扫一扫');
  });

  it('toggles back on without walking the page while it watched it', async () => {
    const before = document.documentElement.outerHTML;
    const pc = createPageConverter(document, tw);
    pc.observe();
    await pc.apply();
    expect(pc.stats.walks).toBe(1);
    // Added while on: converted, and remembered for the next toggle.
    const added = document.createElement('p');
    added.textContent = '这里是后来的';
    $('#body').append(added);
    await settle();
    expect(added.textContent).toBe('這裡是後來的');
    pc.restore();
    await settle();
    expect(added.textContent).toBe('这里是后来的');
    // Text the page changes while off is read afresh.
    ($('#p2').firstChild as Text).data = '关闭期间更新的文字';
    await settle();
    await pc.apply();
    expect(pc.stats.walks).toBe(1);
    expect(added.textContent).toBe('這裡是後來的');
    expect($('#p2').textContent).toBe('關閉期間更新的文字');
    expect($('#p1').textContent).toContain('貫徹');
    pc.restore();
    expect(document.documentElement.outerHTML).toBe(
      before.replace('办理行政复议案件12件，同比增长3.5%。', '关闭期间更新的文字').replace('</article>', '<p>这里是后来的</p></article>'),
    );

    // Content added while off, or a lang changed while off: the next toggle walks again.
    const later = document.createElement('p');
    later.textContent = '关闭时加入';
    $('#body').append(later);
    await settle();
    await pc.apply();
    expect(pc.stats.walks).toBe(2);
    expect(later.textContent).toBe('關閉時加入');
    pc.restore();
    $('#en').setAttribute('lang', 'zh');
    await settle();
    await pc.apply();
    expect(pc.stats.walks).toBe(3);
    expect($('#en').firstChild!.textContent).toBe('English 這裡 should stay');
    // Not watching: every toggle walks.
    pc.restore();
    pc.disconnect();
    await pc.apply();
    pc.restore();
    await pc.apply();
    expect(pc.stats.walks).toBe(5);
  });

  it('converts what a lang change on the page makes Chinese, while on', async () => {
    const pc = createPageConverter(document, tw);
    pc.observe();
    await pc.apply();
    $('#ja').setAttribute('lang', 'zh-Hans');
    await settle();
    expect($('#ja').textContent).toBe('日本語の說明');
  });

  it('does not loop on its own writes', async () => {
    let calls = 0;
    const counted: ConvertFn = (s) => (calls++, tw(s));
    const pc = createPageConverter(document, counted, { batch: false });
    pc.observe();
    await pc.apply();
    await settle();
    await settle();
    const afterApply = { calls, writes: pc.stats.writes };
    expect(afterApply.calls).toBeGreaterThan(5);
    await settle();
    expect(calls).toBe(afterApply.calls);
    expect(pc.stats.writes).toBe(afterApply.writes);
    // Re-applying an applied page writes nothing.
    await pc.apply();
    expect(pc.stats.writes).toBe(afterApply.writes);
  });

  it('gives up a node another script keeps converting back', async () => {
    const pc = createPageConverter(document, tw, { maxRewritesPerSecond: 5 });
    pc.observe();
    await pc.apply();
    const text = $('#p2').firstChild as Text;
    const original = '办理行政复议案件12件，同比增长3.5%。';
    let fights = 0;
    // Another converter on the page puts Simplified back whenever it changes.
    const other = new MutationObserver(() => {
      if (text.data !== original && fights < 1000) {
        fights++;
        text.data = original;
      }
    });
    other.observe(text, { characterData: true });
    text.data = original + ' ';
    for (let k = 0; k < 30; k++) await settle();
    other.disconnect();
    expect(pc.stats.givenUp).toBe(1);
    expect(fights).toBeLessThan(20);
    expect(pc.stats.mutationCallbacks).toBeLessThan(40);
    pc.restore();
    expect(text.data).toBe(original);
  });

  it('works in slices on a big page, and restore() stops it', async () => {
    const rows = Array.from({ length: 1500 }, (_, i) => `<p>第${i}段：这里是报告的内容，办理行政复议案件</p>`).join('');
    setup(`<body><article>${rows}</article></body>`);
    const before = document.documentElement.outerHTML;
    let t = 0;
    const clock = (): number => (t += 1); // every look at the clock takes 1 ms
    const pc = createPageConverter(document, tw, { firstSliceMs: 5, sliceMs: 5, now: clock });
    const done = pc.apply();
    const first = document.querySelectorAll('p');
    expect(first[0]!.textContent).toContain('這裡');
    expect(first[1499]!.textContent).toContain('这里'); // not yet
    await done;
    expect(pc.stats.yields).toBeGreaterThan(3);
    expect(first[1499]!.textContent).toBe(tw('第1499段：这里是报告的内容，办理行政复议案件'));
    pc.restore();
    expect(document.documentElement.outerHTML).toBe(before);

    const pc2 = createPageConverter(document, tw, { firstSliceMs: 5, sliceMs: 5, now: clock });
    const p2 = pc2.apply();
    pc2.restore();
    await p2;
    await settle();
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('prepares ahead without touching the page, so that apply() only writes', async () => {
    const before = document.documentElement.outerHTML;
    const pc = createPageConverter(document, tw);
    await pc.prepare();
    expect(document.documentElement.outerHTML).toBe(before);
    expect(pc.stats.writes).toBe(0);
    const calls = pc.stats.convertCalls;
    expect(calls).toBeGreaterThan(0);
    await pc.apply();
    expect(pc.stats.convertCalls).toBe(calls);
    expect($('#p1').textContent).toContain('貫徹');
    pc.restore();
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('gives the same result batched or one string at a time', async () => {
    const one = createPageConverter(document, tw, { batch: false });
    await one.apply();
    const a = document.documentElement.outerHTML;
    one.restore();
    const many = createPageConverter(document, tw, { batch: true });
    await many.apply();
    expect(document.documentElement.outerHTML).toBe(a);
    expect(many.stats.convertCalls).toBeLessThan(one.stats.convertCalls);
    many.restore();
    // A cache too small to hold anything only costs time.
    const tiny = createPageConverter(document, tw, { cacheLimit: 10 });
    await tiny.apply();
    expect(document.documentElement.outerHTML).toBe(a);
  });

  it('converts quotes to corner brackets and back', async () => {
    setup('<body><p id="q">坚持“放管服”改革和‘最多跑一次’</p></body>');
    const before = document.documentElement.outerHTML;
    const pc = createPageConverter(document, twQuotes);
    await pc.apply();
    expect($('#q').textContent).toBe('堅持「放管服」改革和『最多跑一次』');
    pc.restore();
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('converts only inside the root it is given', async () => {
    const pc = createPageConverter($('#body'), tw);
    pc.observe();
    await pc.apply();
    expect($('#p1').textContent).toContain('貫徹');
    expect($('#nav a').textContent).toBe('首页');
    expect(document.title).toBe('法治政府建设年度报告');
    $('#nav').append(document.createTextNode('这里'));
    await settle();
    expect($('#nav').lastChild!.textContent).toBe('这里');
  });
});
