// Text normalisation (Traditional → Simplified, one to one), character classes, quote masks and list markers.

import { arabicDigit, chineseDigit } from '../numerals';

// Character normalisation (one to one, so offsets are shared with the source)

// Traditional → Simplified for the characters the word lists below use
// (generated with opencc-js cn→tw/hk/t over the lists; kept small on purpose).
const TRAD_PAIRS =
  '並并乾干佈布佔占併并來来侷局係系個个備备傢家傳传僅仅億亿償偿優优內内兩两冊册別别剋克創创劃划勁劲動动務务勢势區区協协卽即厤历參参' +
  '員员單单噸吨噹当嚮向嚴严國国圍围埰采執执報报場场塊块壓压學学寀采實实審审寫写將将專专對对導导屆届層层屬属幣币幫帮幷并幹干幾几張张' +
  '強强彆别彔录後后徑径從从復复徵征戶户捲卷掛挂採采搖摇撥拨擁拥擊击擔担據据擴扩攝摄敎教數数於于昇升時时曆历曏向會会枱台査查條条棟栋' +
  '業业極极榦干榮荣標标機机檢检檯台歐欧歲岁歷历歸归決决淨净減减準准溫温漲涨為为無无爭争爲为牀床獲获現现環环產产畝亩當当發发盞盏眞真' +
  '確确禮礼種种稱称積积穩稳穫获筆笔箇个節节簽签籤签糾纠約约納纳級级組组結结給给經经綫线維维線线締缔緣缘編编緩缓縣县縮缩總总績绩織织' +
  '繞绕繫系繼继續续纍累罰罚義义習习職职聽听脩修臨临臺台與与舉举萬万蓆席蓋盖蔘参處处號号衕同衹只裏里裝装裡里製制複复覈核規规視视親亲' +
  '觀观訂订計计訓训託托訪访設设評评話话認认課课調调談谈請请識识議议護护變变責责貼贴資资賦赋賬账賽赛趕赶踐践踰逾躋跻躍跃車车較较輛辆' +
  '輪轮轉转辦办迴回連连週周進进過过達达違违遠远遶绕選选邁迈還还邊边鄉乡鄰邻釐厘針针鈡钟銷销錄录録录錶表鍼针鍾钟鎊镑鎮镇鐘钟長长門门' +
  '開开間间閤合陞升陸陆隊队際际隨随隱隐隻只雙双韆千頁页頂顶頃顷項项順顺預预領领頭头顆颗額额類类顯显颱台飽饱養养餘余饋馈駐驻體体髮发' +
  '麪面麫面麵面點点齣出' +
  // Label words of the shared-head, generic-head and aside rules (貸款, 營收, 群眾, 納稅人, 啟動 …).
  '驗验貸贷鏈链營营潤润構构眾众衆众羣群農农稅税費费輻辐帶带啟启啓启';

const CHAR_MAP: Map<string, string> = (() => {
  const m = new Map<string, string>();
  for (let i = 0; i + 1 < TRAD_PAIRS.length; i += 2) m.set(TRAD_PAIRS[i]!, TRAD_PAIRS[i + 1]!);
  const punct: [string, string][] = [
    ['％', '%'],
    ['（', '('],
    ['）', ')'],
    ['：', ':'],
    ['；', ';'],
    ['，', ','],
    ['！', '!'],
    ['？', '?'],
    ['～', '~'],
    ['－', '-'],
    ['﹪', '%'],
    ['＋', '+'],
    ['\u00a0', ' '],
    ['\u3000', ' '],
    ['﹑', '、'],
    ['〜', '~'],
    ['–', '-'],
    ['—', '-'],
    ['‑', '-'],
    ['―', '-'],
  ];
  for (const [a, b] of punct) m.set(a, b);
  return m;
})();

const CODE_MAP = new Uint16Array(0x10000);
for (const [a, b] of CHAR_MAP) CODE_MAP[a.charCodeAt(0)] = b.charCodeAt(0);

export function normalizeText(s: string): string {
  const codes = new Uint16Array(s.length);
  let changed = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const m = CODE_MAP[c]!;
    if (m === 0) codes[i] = c;
    else {
      codes[i] = m;
      changed = true;
    }
  }
  if (!changed) return s;
  return UTF16.decode(codes);
}
const UTF16 = new TextDecoder('utf-16le');

// ---------------------------------------------------------------------------
// Characters

export function isHan(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

export function isLatin(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0) | 0x20;
  return (c >= 0x61 && c <= 0x7a) || (ch >= 'Ａ' && ch <= 'Ｚ') || (ch >= 'ａ' && ch <= 'ｚ');
}

/** A set of single characters tested by char code. */
class CharSet {
  private table = new Uint8Array(0x10000);
  constructor(chars: readonly string[]) {
    for (const c of chars) this.table[c.charCodeAt(0)] = 1;
  }
  /** s[i] is in the set (false past either end). */
  at(s: string, i: number): boolean {
    return i >= 0 && i < s.length && this.table[s.charCodeAt(i)] === 1;
  }
  has(ch: string | undefined): boolean {
    return ch !== undefined && ch.length > 0 && this.table[ch.charCodeAt(0)] === 1;
  }
}

/** Clause punctuation (normalised text): labels never cross it. */
// Markup debris (<span>, &nbsp;, {…}, a=b) ends a label as punctuation does.
export const CLAUSE_PUNCT = new CharSet([
  ',',
  '、',
  ';',
  ':',
  '。',
  '!',
  '?',
  '\n',
  '\r',
  '\t',
  ' ',
  '…',
  '|',
  '/',
  '<',
  '>',
  '{',
  '}',
  '=',
  '&',
  '#',
]);
/** Sentence ends. */
export const SENTENCE_END = new CharSet(['。', '!', '?', ';', '\n', '\r']);
/** Clause ends for the "一次 closes its clause" rule and the relative-clause label. */
export const CLAUSE_END = new CharSet([',', ';', ':', '。', '!', '?', '\n', '\r']);

export const OPEN_QUOTES = new Map<string, string>([
  ['“', '”'],
  ['‘', '’'],
  ['「', '」'],
  ['『', '』'],
  ['《', '》'],
  ['〈', '〉'],
  ['"', '"'],
  ['﹃', '﹄'],
]);
export const QUOTE_SPAN_MAX = 60;

/** Closing mark (code) for an opening quotation mark or book-title mark (code), or 0. */
export const CLOSE_OF = new Uint16Array(0x10000);
for (const [a, b] of OPEN_QUOTES) CLOSE_OF[a.charCodeAt(0)] = b.charCodeAt(0);

/** 1 where the character is inside a quotation or a book title (the marks included). */
export function quoteMask(n: string): Uint8Array {
  const mask = new Uint8Array(n.length);
  let i = 0;
  while (i < n.length) {
    const open = n.charCodeAt(i);
    const close = CLOSE_OF[open]!;
    if (close === 0) {
      i++;
      continue;
    }
    const limit = Math.min(n.length, i + QUOTE_SPAN_MAX);
    let j = i + 1;
    let depth = 0;
    while (j < limit) {
      const c = n.charCodeAt(j);
      if (c === close) {
        if (depth === 0) break;
        depth--;
      } else if (c === open && open !== close) depth++;
      else if (c === 0x0a) {
        j = limit;
        break;
      }
      j++;
    }
    if (j < limit) {
      mask.fill(1, i, j + 1);
      i = j + 1;
    } else i++;
  }
  return mask;
}

/** End of a list marker at the start of a paragraph (一、 (一) （一） 1. 1、 (1) ① 第一部分), else 0. */
export function listMarkerEnd(n: string): number {
  let i = 0;
  while (n[i] === ' ' || n[i] === '\t') i++;
  const start = i;
  const c = n[i];
  if (c === undefined) return 0;
  if (c >= '①' && c <= '⑳') return i + 1;
  if (c === '(') {
    let j = i + 1;
    while (j < n.length && j - i <= 4 && (arabicDigit(n[j]) >= 0 || chineseDigit(n[j]) >= 0 || n[j] === '十')) j++;
    if (j > i + 1 && n[j] === ')') return j + 1;
    return 0;
  }
  if (c === '第') {
    let j = i + 1;
    while (j - i <= 4 && (chineseDigit(n[j]) >= 0 || n[j] === '十' || arabicDigit(n[j]) >= 0)) j++;
    if (j > i + 1 && (n.startsWith('部分', j) || n[j] === '章' || n[j] === '篇' || n[j] === '节')) return j + (n[j] === '部' ? 2 : 1);
    return 0;
  }
  let j = i;
  if (arabicDigit(c) >= 0) {
    while (arabicDigit(n[j]) >= 0 && j - start < 3) j++;
    const m = n[j];
    if ((m === '.' || m === '．' || m === '、') && arabicDigit(n[j + 1]) < 0) return j + 1;
    return 0;
  }
  while ((chineseDigit(n[j]) >= 0 || n[j] === '十') && j - start < 3) j++;
  if (j > start && (n[j] === '、' || n[j] === '.' || n[j] === '．' || n[j] === ',')) return j + 1;
  return 0;
}
