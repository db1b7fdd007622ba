// Which script a text is written in, from counts of characters that exist in
// only one of the two scripts. Dependency-free and small: it may run in the
// always-on content script.
//
// The lists were generated once from the opencc-js 1.4.2 dictionaries and the
// seed reports (most frequent first), keeping only characters that cannot occur
// in the other script: a simplified character is listed only if no OpenCC
// Traditional output ever contains it (so 于 余 范 干 并 后 里 台 党 群 …, which
// Traditional pages and big5 gateways keep, are left out), and a traditional
// character only if no Simplified text contains it (so both 為 and 爲, 眾 and
// 衆, 說 and 説 are listed, but not 群 or 著). All characters are in the BMP.

import type { Script } from './types';

/** 250 frequent simplified-only characters. */
const SIMPLIFIED_ONLY =
  '区实设进开务会为对关办发时问与门现应个过国经书当长还来见们县东样话让说该车这爱马执员动学规项责调习体' +
  '组导决机点领专传业议众审职监识严题处综纠织结单权纷级训层辖队违内访将极积联营参网协证贯彻镇况坚负顾预' +
  '质断续资标诉复类宪环乡围场态论评创挥线认师护条稳统举优录紧纳维际报构盖运产养宝检记请谁备头帮总达则视' +
  '讲风验两儿华济绕观试转间险争击满难减够岗浏细节览从团庆数显矫终觉践隐驻义势变带扩树沟灾竞筹编罚订讨询' +
  '课财针频压图块届属张扫扰摆础简练络绩虽衔谐释阵页齐侨写农劳医厅听响宽尽惯扬换洁热签药获费较选须临册凭';

/** Their traditional-only counterparts, with the Taiwan and Hong Kong variant forms. */
const TRADITIONAL_ONLY =
  '區實設進開務會為爲對關辦發髮時問與門現應個箇過國經書噹當長還來見們縣東樣話讓說説該車這愛馬執員動學規' +
  '項責調習體組導決機點領專傳業議眾衆審職監識嚴題處綜糾織結單權紛級訓層轄隊違內訪將極積聯營參蔘網協証證' +
  '貫徹鎭鎮況堅負顧預質斷續資標訴復複類憲環鄉圍場態論評創揮綫線認師護條穩統舉優彔錄録緊納維際報構蓋運產' +
  '産養寶檢記請誰備頭幫總達則視講風驗兩兒華濟繞遶觀試轉間險爭擊滿難減夠崗瀏細節覽從團糰慶數顯矯終覺踐隱' +
  '駐義勢變帶擴樹溝災競籌編罰訂討詢課財針鍼頻壓圖塊屆屬張掃擾擺襬礎簡練絡績雖銜諧釋陣頁齊僑寫農勞醫廳聽' +
  '響寬儘盡慣揚換潔熱簽籤葯藥獲穫費較選須鬚臨冊憑';

/** Only the start of a long text is read: the script does not change halfway through a report. */
export const SCRIPT_SAMPLE_LENGTH = 20_000;

/** The smaller count must reach this share of all marked characters (and MIXED_MIN) for 'mixed'. */
const MIXED_SHARE = 0.2;
const MIXED_MIN = 3;

// Counted by native replaces (everything but the listed characters removed): a loop
// over 20,000 characters is slow in code a page runs for the first time.
let others: { simplified: RegExp; traditional: RegExp } | undefined;

function otherCharacters() {
  // The lists hold CJK ideographs only: nothing in them needs escaping in a class.
  return (others ??= { simplified: new RegExp(`[^${SIMPLIFIED_ONLY}]+`, 'g'), traditional: new RegExp(`[^${TRADITIONAL_ONLY}]+`, 'g') });
}

export interface ScriptCounts {
  simplified: number;
  traditional: number;
}

/** Counts of simplified-only and traditional-only characters in the first `limit` characters. */
export function countScriptChars(text: string, limit = SCRIPT_SAMPLE_LENGTH): ScriptCounts {
  const sample = text.length > limit ? text.slice(0, limit) : text;
  const { simplified, traditional } = otherCharacters();
  return { simplified: sample.replace(simplified, '').length, traditional: sample.replace(traditional, '').length };
}

/**
 * The script of a text: 'simplified', 'traditional', or 'mixed' when both
 * kinds of characters are substantial (the smaller count is at least 20% of
 * all marked characters and at least 3). A few stray characters of the other
 * script (a quoted name, a big5 gateway leaving one character) do not make a
 * text mixed. A text with no marked characters at all (no Chinese, or only
 * characters common to both scripts) is 'simplified': it is the portals'
 * default, and converting such text either way changes next to nothing.
 */
export function detectScript(text: string): Script {
  const { simplified, traditional } = countScriptChars(text);
  const total = simplified + traditional;
  if (total === 0) return 'simplified';
  const minority = Math.min(simplified, traditional);
  if (minority >= MIXED_MIN && minority >= total * MIXED_SHARE) return 'mixed';
  return traditional > simplified ? 'traditional' : 'simplified';
}

/** The character lists, for tests. */
export const SCRIPT_CHARS = { simplified: SIMPLIFIED_ONLY, traditional: TRADITIONAL_ONLY } as const;
