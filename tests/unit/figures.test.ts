import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ratios, scoreFigures, type ComparableFigure } from '../../lib/core/figure-match';
import { extractFigures, figureKind } from '../../lib/core/figures';
import type { Figure } from '../../lib/core/types';
import { seedParagraphs, seedText } from '../support/seeds';

/** Figures of one paragraph. */
function figs(text: string): Figure[] {
  return extractFigures([text], ['']);
}
/** [text, value, unit, qualifier] of each figure. */
function brief(text: string): [string, number, string, string][] {
  return figs(text).map((f) => [f.text, f.value, f.unit, f.qualifier]);
}
function one(text: string): Figure {
  const all = figs(text);
  expect(all, `one figure in 「${text}」, got ${all.map((f) => f.text).join(' ; ')}`).toHaveLength(1);
  return all[0]!;
}
function labels(text: string): string[] {
  return figs(text).map((f) => f.label);
}

describe('the examples of docs/report-model.md §4', () => {
  it.each([
    ['共受理办件服务10500余件(次)', '10500余件(次)', 10500, '件(次)', '余', 'more', '受理办件服务'],
    ['办结率100%', '100%', 100, '%', '', 'exact', '办结率'],
    ['处理罚款40050元', '40050元', 40050, '元', '', 'exact', '处理罚款'],
    ['涉及金额1000余万元', '1000余万元', 10000000, '元', '余', 'more', '涉及金额'],
    ['累计消库面积96.51万平方米', '96.51万平方米', 965100, '平方米', '', 'exact', '消库面积'],
    ['接收社区矫正对象242人', '242人', 242, '人', '', 'exact', '接收社区矫正对象'],
    ['培训骨干近百余人', '近百余人', 100, '人', '近…余', 'about', '培训骨干'],
    ['开展会前学法2次以上', '2次以上', 2, '次', '以上', 'more', '会前学法'],
  ])('%s', (sentence, text, value, unit, qualifier, relation, label) => {
    const f = one(sentence);
    expect(f).toMatchObject({ text, value, unit, qualifier, relation, label });
  });

  it('reads 9个社区划分为100个社会治理网格 as two figures labelled by the noun after the measure word', () => {
    const all = figs('全街道9个社区划分为100个社会治理网格');
    expect(all.map((f) => [f.text, f.value, f.unit, f.label])).toEqual([
      ['9个', 9, '个', '社区'],
      ['100个', 100, '个', '社会治理网格'],
    ]);
  });
});

describe('quantities', () => {
  it.each([
    ['受理行政复议案件35件', '35件', 35, '件', ''],
    ['同比增长12.5%', '12.5%', 12.5, '%', ''],
    ['下降3个百分点', '3个百分点', 3, '个百分点', ''],
    ['罚没款2883.5亿元', '2883.5亿元', 288350000000, '元', ''],
    ['服务群众约3万人次', '约3万人次', 30000, '人次', '约'],
    ['群众满意度达百分之九十五', '百分之九十五', 95, '%', ''],
    ['超过90%的事项网上办理', '超过90%', 90, '%', '超过'],
    ['逾千人参加', '逾千人', 1000, '人', '逾'],
    ['不足10%的案件进入诉讼', '不足10%', 10, '%', '不足'],
    ['投入资金1,100万元', '1,100万元', 11000000, '元', ''],
    ['办理两千余件', '两千余件', 2000, '件', '余'],
    ['共开展培训三千余人次', '三千余人次', 3000, '人次', '余'],
    ['事故率为千分之三', '千分之三', 3, '‰', ''],
    ['事故率为3‰', '3‰', 3, '‰', ''],
    ['实现100%覆盖', '100%', 100, '%', ''],
    ['开展为期6个月的专项整治', '6个月', 6, '个月', ''],
    ['连续3年获评先进单位', '3年', 3, '年', ''],
    ['上千人次参与活动', '上千人次', 1000, '人次', '上'],
    ['发放资料1万余份', '1万余份', 10000, '份', '余'],
    ['参演人数达2.5萬人', '2.5萬人', 25000, '人', ''],
    ['走访群众1万多人次', '1万多人次', 10000, '人次', '多'],
    ['召开专题会议一次。', '一次', 1, '次', ''],
    ['约谈企业负责人将近200人', '将近200人', 200, '人', '将近'],
    ['安排至少1名工作人员', '至少1名', 1, '名', '至少'],
    ['结案率98%左右', '98%左右', 98, '%', '左右'],
    ['败诉率下降至5%以下', '5%以下', 5, '%', '以下'],
    ['审批时限压缩至3个工作日以内', '3个工作日以内', 3, '个工作日', '以内'],
    ['整治历时2个多月', '2个多月', 2, '个月', '多'],
    ['收到群众来信１２５件', '１２５件', 125, '件', ''],
    ['占比３５．５％', '３５．５％', 35.5, '％', ''],
    ['处理投诉举报4,532件', '4,532件', 4532, '件', ''],
    ['新建5G基站300个', '300个', 300, '个', ''],
    ['总投资1.2亿。', '1.2亿', 120000000, '', ''],
    ['检查企业2310家次', '2310家次', 2310, '家次', ''],
    ['考核得分95分', '95分', 95, '分', ''],
    ['覆盖群众2万余人', '2万余人', 20000, '人', '余'],
    ['培训干部二十多人', '二十多人', 20, '人', '多'],
    ['发放资料30余万份', '30余万份', 300000, '份', '余'],
    ['投资三千万元', '三千万元', 30000000, '元', ''],
    ['举办培训班四期。', '四期', 4, '期', ''],
  ])('%s', (sentence, text, value, unit, qualifier) => {
    expect(brief(sentence)).toEqual([[text, value, unit, qualifier]]);
  });

  it('reads ranges with valueMax', () => {
    const all = figs('每季度开展3至5次,每月3-5次,全年3到5次,覆盖30%-50%,补助3-5万元,三至五场');
    expect(all.map((f) => [f.text, f.value, f.valueMax, f.relation])).toEqual([
      ['3至5次', 3, 5, 'range'],
      ['3-5次', 3, 5, 'range'],
      ['3到5次', 3, 5, 'range'],
      ['30%-50%', 30, 50, 'range'],
      ['3-5万元', 30000, 50000, 'range'],
      ['三至五场', 3, 5, 'range'],
    ]);
  });

  it('lists several figures of one clause separately', () => {
    expect(brief('出动执法人员1200余人次、车辆300余台次')).toEqual([
      ['1200余人次', 1200, '人次', '余'],
      ['300余台次', 300, '台次', '余'],
    ]);
    expect(labels('出动执法人员1200余人次、车辆300余台次')).toEqual(['出动执法人员', '车辆']);
  });

  it('keeps a bracketed unit part and full-width brackets', () => {
    expect(one('办件10500余件（次）').unit).toBe('件（次）');
    expect(one('回访200人(次)').unit).toBe('人(次)');
  });

  it('maps qualifiers to relations', () => {
    const rel = (s: string) => one(s).relation;
    expect(rel('培训100余人')).toBe('more');
    expect(rel('培训100多人')).toBe('more');
    expect(rel('培训100人以上')).toBe('more');
    expect(rel('培训超过100人')).toBe('more');
    expect(rel('培训逾100人')).toBe('more');
    expect(rel('培训近100人')).toBe('less');
    expect(rel('培训将近100人')).toBe('less');
    expect(rel('培训不足100人')).toBe('less');
    expect(rel('培训约100人')).toBe('about');
    expect(rel('培训100人左右')).toBe('about');
    expect(rel('培训100人')).toBe('exact');
    // 近 (under) with 余 (over): the span is an approximation.
    expect(rel('培训近百余人')).toBe('about');
  });

  it('does not read 节约 / 签约 / 最近 as qualifiers', () => {
    expect(one('节约资金100万元').qualifier).toBe('');
    expect(one('签约100家企业').text).toBe('100家');
  });
});

describe('not figures', () => {
  it.each([
    ['years and dates', '2021年,2024年1月31日,2021年1月至12月,2023-06-12 09:27,6月12日,上半年,2022年度,二〇二三年十二月'],
    ['month ranges', '2024年1-6月,1至11月'],
    ['ordinals', '第一,第三批,第1、2、3批,党的十九大,二十届三中全会,党的二十大,第一次全体会议,第三方评估'],
    [
      'law articles and document numbers',
      '第十二条,第12条,〔2022〕64号,渝府发〔2021〕1号,京ICP备05070218号,第3号,吉公网安备 22020402000210号',
    ],
    ['hotlines and phones', '拨打12345热线,12348法律服务热线,电话:023-63891234,邮编400000'],
    [
      'quotes, names and slogans',
      '“1+9+2”,“1+6+N”,“八五”普法,五违四必,六位一体,一站式,“一把手”,三级网络,最多跑一次,12.4宪法宣传日,两江新区,九小场所,三官一律,四个全面,两个维护,一网通办',
    ],
    ['fixed phrases', '落实行政执法三项制度,增强四个意识,做到两个维护,一人一档,一案双查,三年一轮,一年两次'],
    ['articles', '创造一个健康的环境,获得一批图书,打造一支队伍,提供一次性告知'],
    ['idioms', '三番五次,五花八门,千家万户,千方百计,十分重要,万无一失'],
    ['indefinite amounts', '数十人参加,几百人围观,若干次会议,多次,多起'],
    ['time frames', '对近5年来作出贡献的个人,三年来,3年以来,每3年,近三年,第八个五年'],
    ['schemes named by a number', '六人小组,600分评级机制,8小时工作制,三年行动计划'],
    ['no number', '实现全覆盖,零增长'],
    ['codes', '1.1.1.1,v2.3,5G,A4,3D打印,7×24小时'],
    ['clock times', '会议于9时30分召开,10点15分结束'],
    ['quoted figures', '开展“3个100%”活动,《2023年工作要点》'],
  ])('%s', (_, text) => {
    expect(figs(text).map((f) => f.text)).toEqual([]);
  });

  it('skips list markers at the start of a paragraph', () => {
    const paras = [
      '一、主要举措',
      '(一)完善制度',
      '（二）加强学习',
      '1.依法行政',
      '1．依法行政',
      '1、依法行政',
      '(1)完善制度',
      '（1）完善制度',
      '①加强学习',
      '一是开展学习,二是加强培训',
    ];
    expect(
      extractFigures(
        paras,
        paras.map(() => ''),
      ),
    ).toEqual([]);
  });

  it('counts 一 + measure word only when it closes its clause', () => {
    expect(figs('召开专题会议一次,')).toHaveLength(1);
    expect(figs('开展培训一期。')).toHaveLength(1);
    expect(figs('实现最多跑一次。')).toHaveLength(0);
    expect(figs('每季度一次。')).toHaveLength(0);
    expect(figs('一次性告知')).toHaveLength(0);
  });

  it('counts 两处 … and 连续三年 but not 三年 alone', () => {
    expect(brief('做好两处建筑垃圾临时堆放点管理')).toEqual([['两处', 2, '处', '']]);
    expect(figs('完成三年行动计划')).toHaveLength(0);
  });
});

describe('labels', () => {
  it.each([
    ['对辖区内的90余个小区、200余家酒店等重点区域', ['小区', '酒店']],
    ['我区31所中小學校(幼兒園)开展活动', ['中小學校']],
    ['累计打击教育“羊儿客”4000余人次', ['打击教育“羊儿客”']],
    ['发放宣传资料累计达14600余份', ['发放宣传资料']],
    ['目前街道共有持证有效期内执法人员27名', ['持证有效期内执法人员']],
    ['在册刑满释放人员共151人,其中重点安置帮教对象7人', ['在册刑满释放人员', '重点安置帮教对象']],
    ['组织100余名城管队员等执法人员开展培训', ['城管队员']],
    ['培养了21名具有一定法律知识、受群众信赖的“法律明白人”', ['“法律明白人”']],
    ['承办人大代表建议12类35件', ['承办人大代表建议']],
    ['消除各类安全隐患96处', ['消除安全隐患']],
    ['核实后化解64起', ['化解']],
    ['办理镇人代会期间代表书面意见12件', ['代表书面意见']],
    ['完成区下达的59.78万平方米任务指标的161.44%', ['任务指标', '任务指标']],
    ['其中:部门内28项;跨部门20项', ['部门内', '跨部门']],
    ['联合抽查比例达到41.67%', ['联合抽查比例']],
    ['479项纳入无差别综合窗口', ['纳入无差别综合窗口']],
    ['291项为即办件', ['即办件']],
    ['新晋执法人员110余名新晋执法人员进行培训', ['新晋执法人员']],
    ['开展为期100天的整治', ['整治']],
    ['连续3年获评先进单位', ['获评先进单位']],
    ['率先实现各村居法律顾问100%覆盖', ['村居法律顾问覆盖']],
    ['超过90%的事项', ['事项']],
    ['总投资约2.5亿元的项目3个', ['总投资', '项目']],
    ['采购A4纸500包', ['采购A4纸']],
    ['全区共有社区15个、村30个', ['社区', '村']],
    ['行政复议纠错率为12.5%,较上年提高2.3个百分点', ['行政复议纠错率', '行政复议纠错率']],
    ['召开区委常委会学习习近平法治思想3次', ['区委常委会学习习近平法治思想']],
  ])('%s', (text, expected) => {
    expect(labels(text)).toEqual(expected);
  });

  it('gives each item of a 分别 list to its figure, and the whole list with 均', () => {
    expect(labels('及时受理率、按期办结率分别为99.6%和98.7%')).toEqual(['及时受理率', '按期办结率']);
    expect(labels('行政复议、行政诉讼案件分别为35件、12件')).toEqual(['行政复议案件', '行政诉讼案件']);
    expect(labels('办结率、满意率均为100%')).toEqual(['办结率和满意率']);
  });

  it('reads text with spaces around numbers', () => {
    expect(brief('受理案件 35 件')).toEqual([['35 件', 35, '件', '']]);
    expect(labels('受理案件 35 件')).toEqual(['受理案件']);
    expect(figs('依据第 3 条规定')).toEqual([]);
  });

  it('reuses the label for figures joined to the one before', () => {
    expect(labels('接待群众来访3,256批次、8,902人次')).toEqual(['接待群众来访', '接待群众来访']);
  });

  it('starts the next label after the noun a figure counted', () => {
    expect(labels('全市48个行政执法部门公示执法信息2.6万条')).toEqual(['行政执法部门', '公示执法信息']);
  });

  it('reads a relative clause only after attributive verbs', () => {
    expect(labels('处理案件15件为历年的最高水平')).toEqual(['处理案件']);
  });

  it('keeps labels short', () => {
    const l = labels('组织其参加四川省国家工作人员学法考法平台学法考法3次')[0]!;
    expect(l.length).toBeLessThanOrEqual(14);
    expect(l).toContain('学法考法');
  });

  it('labels Traditional text the same way', () => {
    expect(labels('聯勤平台共受理各類事(部)件39214件,及時結案率為99.95%')).toEqual(['受理事(部)件', '及時結案率']);
    expect(labels('法定辦結時限共計14948個工作日')).toEqual(['法定辦結時限']);
    expect(brief('制發各類普法宣傳資料和宣傳品1萬餘份')).toEqual([['1萬餘份', 10000, '份', '餘']]);
  });
});

describe('figure fields', () => {
  it('gives block, start, sentence and section', () => {
    const paras = ['一、主要举措', '(一)加强学习。全年开展学习18次;集中讨论30余次。撰写心得200余份！', '无数字'];
    const sections = ['一、主要举措', '一、主要举措 > (一)加强学习', '一、主要举措 > (一)加强学习'];
    const all = extractFigures(paras, sections);
    expect(all.map((f) => [f.text, f.block, f.start, f.sentence, f.section])).toEqual([
      ['18次', 1, 14, '全年开展学习18次;', sections[1]],
      ['30余次', 1, 22, '集中讨论30余次。', sections[1]],
      ['200余份', 1, 31, '撰写心得200余份！', sections[1]],
    ]);
    for (const f of all) expect(paras[f.block]!.slice(f.start, f.start + f.text.length)).toBe(f.text);
  });

  it('classifies kinds', () => {
    expect(figureKind('元')).toBe('money');
    expect(figureKind('美元')).toBe('money');
    expect(figureKind('%')).toBe('percent');
    expect(figureKind('％')).toBe('percent');
    expect(figureKind('‰')).toBe('percent');
    expect(figureKind('个百分点')).toBe('percent');
    expect(figureKind('個百分點')).toBe('percent');
    expect(figureKind('人')).toBe('people');
    expect(figureKind('名')).toBe('people');
    expect(figureKind('人次')).toBe('people');
    expect(figureKind('件')).toBe('cases');
    expect(figureKind('件(次)')).toBe('cases');
    expect(figureKind('起')).toBe('cases');
    expect(figureKind('宗')).toBe('cases');
    expect(figureKind('件次')).toBe('cases');
    expect(figureKind('次')).toBe('events');
    expect(figureKind('场')).toBe('events');
    expect(figureKind('場次')).toBe('events');
    expect(figureKind('期')).toBe('events');
    expect(figureKind('轮')).toBe('events');
    expect(figureKind('个')).toBe('other');
    expect(figureKind('平方米')).toBe('other');
    expect(figureKind('')).toBe('other');
    expect(one('罚没款2883.5亿元').kind).toBe('money');
    expect(one('办结率100%').kind).toBe('percent');
  });

  it('returns figures in document order across paragraphs', () => {
    const paras = ['办理3件,接待5人', '', '开展2次'];
    expect(extractFigures(paras, ['', '', '']).map((f) => [f.block, f.text])).toEqual([
      [0, '3件'],
      [0, '5人'],
      [2, '2次'],
    ]);
  });
});

describe('robustness', () => {
  it('finishes on pathological input with sane output', () => {
    const inputs = [
      '1.'.repeat(100_000),
      '一'.repeat(100_000),
      '1人'.repeat(100_000),
      '近'.repeat(50_000) + '100人',
      '“'.repeat(100_000) + '3个',
      '('.repeat(100_000) + '3个' + ')'.repeat(100_000),
      '共'.repeat(100_000) + '3个',
      '1,'.repeat(100_000),
      '十'.repeat(100_000) + '个',
      '开展培训'.repeat(50_000) + '3次',
      '1-'.repeat(100_000) + '1次',
    ];
    for (const text of inputs) {
      const all = extractFigures([text], ['']);
      const bad = all.filter(
        (f) => text.slice(f.start, f.start + f.text.length) !== f.text || !Number.isFinite(f.value) || f.label.length > 16,
      );
      expect(bad).toEqual([]);
    }
    expect(extractFigures(['1人'.repeat(1000)], ['']).length).toBe(1000);
    expect(extractFigures(['1.'.repeat(100_000)], [''])).toEqual([]);
    expect(extractFigures(['一'.repeat(100_000)], [''])).toEqual([]);
  });

  it('reads a 1 MB report', () => {
    const seeds = ['000', '001', '002', '003', '004'].map(seedText);
    let text = '';
    while (text.length < 1_000_000) text += seeds.join('\n');
    const paras = text.split('\n');
    const all = extractFigures(
      paras,
      paras.map(() => ''),
    );
    expect(all.length).toBeGreaterThan(1000);
  });
});

describe('seed reports against their hand annotations', () => {
  it.each(['000', '001', '002', '003', '004'])('seed %s', (id) => {
    const file = new URL(`../fixtures/seeds/${id}.figures.json`, import.meta.url);
    if (!existsSync(file)) return;
    const expected = JSON.parse(readFileSync(file, 'utf8')) as ComparableFigure[];
    const paras = seedParagraphs(id);
    const r = ratios(
      scoreFigures(
        extractFigures(
          paras,
          paras.map(() => ''),
        ),
        expected,
      ),
    );
    expect(r.precision).toBeGreaterThanOrEqual(0.97);
    expect(r.recall).toBeGreaterThanOrEqual(0.97);
    expect(r.labelAccuracy).toBeGreaterThanOrEqual(0.9);
  });
});

describe('labels end at a closing bracket', () => {
  it('names the noun inside an explanation in brackets', () => {
    const [f] = extractFigures(['落实“1+9+2”(即:1个指挥部,9个社区排查防控组,1个督查组)疫情防控工作机制。'], ['']).slice(-1);
    expect(f).toMatchObject({ text: '1个', label: '督查组' });
  });
});
