// Where a report comes from, as a reader sorts a pile of them: the place (「汕头市金平区」)
// and its level (province … subdistrict, or a department of that place), read off
// the title and the issuing body; and what kind of report it is.

export type PlaceLevel = 'province' | 'city' | 'district' | 'county' | 'town' | 'subdistrict' | 'department' | 'unknown';
export const PLACE_LEVELS: readonly PlaceLevel[] = [
  'province',
  'city',
  'district',
  'county',
  'town',
  'subdistrict',
  'department',
  'unknown',
];

export type ReportKind = 'rule-of-law' | 'government-work' | 'disclosure' | 'other';
export const REPORT_KINDS: readonly ReportKind[] = ['rule-of-law', 'government-work', 'disclosure', 'other'];

export interface Place {
  /** The chain of administrative units, 「汕头市金平区月浦街道」, or ''. */
  place: string;
  /** The department after the place (司法局, 农业农村局), or ''. */
  department: string;
  level: PlaceLevel;
}

// One administrative unit: a name of one to eight characters and its unit word, both scripts.
// Longer unit words first, so 自治区 is not read as 自治 + 区 and 街道办事处 keeps its 办事处.
const UNIT =
  '(?:自治区|自治區|自治州|自治县|自治縣|特别行政区|特別行政區|街道办事处|街道辦事處|街道|地区|地區|新区|新區|省|市|州|盟|区|區|县|縣|旗|镇|鎮|乡|鄉)';
const SEGMENT = new RegExp(`^([\\u4e00-\\u9fff]{1,8}?)(${UNIT})`);
/** Words that end in a unit character but name no place. */
const NOT_PLACE = /^(城|都|超|社|小|景|园|園|辖|轄|地|本|全|我|该|該|各|郊|市|城乡|城鄉|山|林|牧|片|校|厂|廠)$/;
/** A department of a place's government: what follows the place in 「平昌县司法局」. */
// Greedy: 卫生健康委员会 is one department, not 卫生健康委 and 员会.
const DEPARTMENT = /^([\u4e00-\u9fff]{1,16}(?:局|委员会|委員會|办公室|辦公室|厅|廳|委|中心|院|署|所|办|辦|馆|館|站|队|隊|部))/;
/** The government itself, not a department: 人民政府, 管委会. */
const GOVERNMENT = /^(人民政府|政府|管理委员会|管理委員會|管委会|管委會|办事处|辦事處)/;

function levelOfUnit(unit: string, name: string): PlaceLevel {
  if (/^(省|自治区|自治區|特别行政区|特別行政區)$/.test(unit)) return 'province';
  // The four municipalities are provinces by rank.
  if (unit === '市') return /^(北京|上海|天津|重庆|重慶)$/.test(name) ? 'province' : 'city';
  if (/^(自治州|州|盟|地区|地區)$/.test(unit)) return 'city';
  if (/^(区|區|新区|新區)$/.test(unit)) return 'district';
  if (/^(县|縣|自治县|自治縣|旗)$/.test(unit)) return 'county';
  if (/^(镇|鎮|乡|鄉)$/.test(unit)) return 'town';
  return 'subdistrict';
}

/** The text a place is read from: the title without 关于, the year and what follows. */
function head(text: string): string {
  return text
    .replace(/^[\s《「“"【]+/, '')
    .replace(/^(关于|關於)/, '')
    .trim();
}

/** The place and department a title or an issuing body opens with. */
export function readPlace(text: string): Place {
  let rest = head(text);
  const units: string[] = [];
  let level: PlaceLevel = 'unknown';
  for (;;) {
    const m = SEGMENT.exec(rest);
    if (!m || NOT_PLACE.test(m[1]!) || /^(年|年度)/.test(m[1]!)) break;
    // 「市场监督管理局」 after a place is a department: 市 must close a name, not open one.
    units.push((m[1]! + m[2]!).replace(/(办事处|辦事處)$/, ''));
    level = levelOfUnit(m[2]!, m[1]!);
    rest = rest.slice(m[0].length);
  }
  if (!units.length) return { place: '', department: '', level: 'unknown' };
  const place = units.join('');
  rest = rest.replace(/^\s+/, '');
  if (GOVERNMENT.test(rest) || /^(关于|關於|\d|[一二〇○零]{4})/.test(rest)) return { place, department: '', level };
  const dept = DEPARTMENT.exec(rest);
  if (dept && !/(年|报告|報告|工作|建设|建設)/.test(dept[1]!)) return { place, department: dept[1]!, level: 'department' };
  return { place, department: '', level };
}

/**
 * The place of a report from its title and issuing body. The title names the body that
 * reports (a department under a government that posts it); the issuing body often names
 * the whole chain (「汕头市金平区月浦街道办事处」 where the title says 「月浦街道」).
 */
export function placeOf(title: string, publisher: string): Place {
  const fromTitle = readPlace(title);
  const fromPublisher = readPlace(publisher);
  if (!fromTitle.place) return fromPublisher;
  if (!fromPublisher.place) return fromTitle;
  // The same place named more fully: keep the fuller chain and the title's department.
  const a = fromTitle.place;
  const b = fromPublisher.place;
  if (b.length > a.length && b.endsWith(a)) return { ...fromTitle, place: b };
  return fromTitle;
}

export function kindOf(title: string): ReportKind {
  if (/法治政府建[设設]/.test(title)) return 'rule-of-law';
  if (/信息公[开開]/.test(title)) return 'disclosure';
  if (/政府工作[报報]告/.test(title)) return 'government-work';
  return 'other';
}
