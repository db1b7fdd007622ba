// Figures as 政府工作报告 write them (issue 11 item 4; docs/report-model.md §4): the label is
// what is measured, never a change verb; units written once for a list; compound units;
// numbers that name things. Every sentence is made up in the style of these reports, and each
// is read in Simplified and, through opencc-js, in Traditional script.
import { ConverterBuilder } from 'opencc-js/core';
import * as cn2t from 'opencc-js/preset/cn2t';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lib/core/figures';
import type { Figure } from '../../lib/core/types';

const toTraditional = ConverterBuilder(cn2t)({ from: 'cn', to: 'tw' });

function figs(text: string): Figure[] {
  return extractFigures([text], ['']);
}

type Row = [text: string, value: number, unit: string, label: string];

/** Both scripts give the same figures: texts, values and labels convert with the sentence. */
function expectBoth(sentence: string, rows: Row[]): void {
  const simplified = figs(sentence).map((f): Row => [f.text, f.value, f.unit, f.label]);
  expect(simplified, sentence).toEqual(rows);
  const traditional = toTraditional(sentence);
  const got = figs(traditional).map((f): Row => [f.text, f.value, f.unit, f.label]);
  expect(got, traditional).toEqual(rows.map(([t, v, u, l]): Row => [toTraditional(t), v, toTraditional(u), toTraditional(l)]));
}

describe('the label is the indicator, not the verb of change', () => {
  it.each<[string, Row[]]>([
    ['全区地区生产总值增长5.3％，好于年初预期。', [['5.3％', 5.3, '％', '全区地区生产总值']]],
    ['一般公共预算收入同比增长3.1%。', [['3.1%', 3.1, '%', '一般公共预算收入']]],
    ['技术合同成交额突破900亿元。', [['900亿元', 90000000000, '元', '技术合同成交额']]],
    ['单位产值能耗比2020年累计下降12%。', [['12%', 12, '%', '单位产值能耗']]],
    ['居民人均可支配收入年均增长5.8%。', [['5.8%', 5.8, '%', '居民人均可支配收入']]],
    ['外贸进出口总额逆势增长6.4%。', [['6.4%', 6.4, '%', '外贸进出口总额']]],
    ['全市森林覆盖率提高到46.2%。', [['46.2%', 46.2, '%', '全市森林覆盖率']]],
  ])('%s', (sentence, rows) => expectBoth(sentence, rows));

  it('gives a value after 、/，with only a change verb the indicator of the figure before it', () => {
    expectBoth('全省生产总值达到3.6万亿元、增长5.2%、高于全国0.2个百分点。', [
      ['3.6万亿元', 3600000000000, '元', '全省生产总值'],
      ['5.2%', 5.2, '%', '全省生产总值'],
      ['0.2个百分点', 0.2, '个百分点', '全省生产总值'],
    ]);
  });

  it('gives both values of 从A增长到B the indicator', () => {
    expectBoth('全市经营主体从210万户增加到265万户。', [
      ['210万户', 2100000, '户', '全市经营主体'],
      ['265万户', 2650000, '户', '全市经营主体'],
    ]);
    expectBoth('高速公路里程由4100公里增至5200公里。', [
      ['4100公里', 4100, '公里', '高速公路里程'],
      ['5200公里', 5200, '公里', '高速公路里程'],
    ]);
    expectBoth('人均生产总值从2020年的6.1万元提高到2025年的8.3万元。', [
      ['6.1万元', 61000, '元', '人均生产总值'],
      ['8.3万元', 83000, '元', '人均生产总值'],
    ]);
  });

  it('pairs 分别从a、b增加到c、d in order', () => {
    expectBoth('国家级和省级园区分别从12个、40个增加到15个、52个。', [
      ['12个', 12, '个', '国家级园区'],
      ['40个', 40, '个', '省级园区'],
      ['15个', 15, '个', '国家级园区'],
      ['52个', 52, '个', '省级园区'],
    ]);
  });

  it('gives A x and B y in 「A、B分别增长x、y」 and 「A、B、C分别为x、y、z」', () => {
    expectBoth('粮食、油料产量分别增长1.6%、4.2%。', [
      ['1.6%', 1.6, '%', '粮食产量'],
      ['4.2%', 4.2, '%', '油料产量'],
    ]);
    expectBoth('小学、初中、高中入学率分别为99.9%、99.5%、96.1%。', [
      ['99.9%', 99.9, '%', '小学入学率'],
      ['99.5%', 99.5, '%', '初中入学率'],
      ['96.1%', 96.1, '%', '高中入学率'],
    ]);
  });

  it('gives 甲X、乙Y，分别增长a、b the indicators of the figures before', () => {
    expectBoth('接待游客2.1亿人次、旅游收入1900亿元，分别增长7.5%、9.2%。', [
      ['2.1亿人次', 210000000, '人次', '接待游客'],
      ['1900亿元', 190000000000, '元', '旅游收入'],
      ['7.5%', 7.5, '%', '接待游客'],
      ['9.2%', 9.2, '%', '旅游收入'],
    ]);
  });

  it('splits a 城乡 indicator with two values into 城镇 and 农村', () => {
    expectBoth('城乡居民人均可支配收入分别增长4.6%、6.1%。', [
      ['4.6%', 4.6, '%', '城镇居民人均可支配收入'],
      ['6.1%', 6.1, '%', '农村居民人均可支配收入'],
    ]);
    expectBoth('城乡低保标准提高到每月900元、700元。', [
      ['900元', 900, '元', '城镇低保标准'],
      ['700元', 700, '元', '农村低保标准'],
    ]);
    expect(figs('城乡居民医保参保率达到96%。').map((f) => f.label)).toEqual(['城乡居民医保参保率']);
  });

  it('reads a bare 总量 as the total of the indicator before it', () => {
    expectBoth('社会消费品零售总额增长4.9%，总量突破1.1万亿元。', [
      ['4.9%', 4.9, '%', '社会消费品零售总额'],
      ['1.1万亿元', 1100000000000, '元', '社会消费品零售总额总量'],
    ]);
  });

  it('joins the indicators of one value with 和 (no list punctuation in a label)', () => {
    expect(figs('城乡居民养老、医疗保险参保率均稳定在95%以上。').map((f) => f.label)).toEqual(['城乡居民养老和医疗保险参保率']);
  });

  it('never gives an empty label or a bare verb on these sentences', () => {
    const sentences = [
      '粮食总产量达到730亿斤，增长1.2%。',
      '新增城镇就业48万人、完成年度目标的120%。',
      '规上工业增加值增长6.8%，其中高技术制造业增长15.1%。',
      '进出口总额突破8000亿元、增长10.3%，实际使用外资折合160亿元人民币。',
    ];
    for (const s of sentences) {
      for (const f of [...figs(s), ...figs(toTraditional(s))]) {
        expect(f.label, `${f.text} in ${s}`).not.toBe('');
        expect(['增长', '增長', '突破', '提高', '达到', '達到', '完成', '增加', '下降', '折合'], `${f.text} in ${s}`).not.toContain(
          f.label,
        );
      }
    }
  });
});

describe('a unit written once for a list applies to each value', () => {
  it('分别提高X、Y个百分点', () => {
    expectBoth('城镇和农村居民收入分别提高0.6、0.9个百分点。', [
      ['0.6', 0.6, '个百分点', '城镇居民收入'],
      ['0.9个百分点', 0.9, '个百分点', '农村居民收入'],
    ]);
  });

  it('增长X、Y和Z%', () => {
    expectBoth('一产、二产和三产增加值分别增长3.1、6.2和5.4%。', [
      ['3.1', 3.1, '%', '一产增加值'],
      ['6.2', 6.2, '%', '二产增加值'],
      ['5.4%', 5.4, '%', '三产增加值'],
    ]);
  });

  it('not for years, ordinals or names (2024、2025年, 第1、2批, 1、2号线)', () => {
    expect(figs('2024、2025年，第1、2批试点，1、2号线开通。')).toEqual([]);
  });
});

describe('units', () => {
  it.each<[string, Row[]]>([
    ['实现经济增长4.5%—5%。', []],
    ['煤制油项目产能达到400万吨/年。', [['400万吨/年', 4000000, '吨/年', '煤制油项目产能']]],
    ['细颗粒物平均浓度降至28微克/立方米。', [['28微克/立方米', 28, '微克/立方米', '细颗粒物平均浓度']]],
    ['最低工资标准提高到2100元/月。', [['2100元/月', 2100, '元/月', '最低工资标准']]],
    ['新建线路设计时速350公里/小时。', [['350公里/小时', 350, '公里/小时', '线路设计时速']]],
    ['粮食产量稳定在720亿斤以上。', [['720亿斤以上', 72000000000, '斤', '粮食产量']]],
    ['新能源装机达到2600万千瓦。', [['2600万千瓦', 26000000, '千瓦', '新能源装机']]],
    ['各项贷款余额4.8万亿元。', [['4.8万亿元', 4800000000000, '元', '贷款余额']]],
    ['港口集装箱吞吐量1200万标准箱。', [['1200万标准箱', 12000000, '标准箱', '港口集装箱吞吐量']]],
    ['人均预期寿命达到79.6岁。', [['79.6岁', 79.6, '岁', '人均预期寿命']]],
  ])('%s', (sentence, rows) => {
    if (rows.length) expectBoth(sentence, rows);
  });

  it('reads em-dash and hyphen ranges as one range figure, full-width ％ as written', () => {
    for (const s of ['经济增长4.5%—5%。', '经济增长4.5%-5%。', '经济增长4.5％—5％。']) {
      const [f, ...rest] = figs(s);
      expect(rest, s).toEqual([]);
      expect(f, s).toMatchObject({ value: 4.5, valueMax: 5, relation: 'range' });
    }
    expect(figs('经济增长4.5％—5％。')[0]!.unit).toBe('％');
  });

  it('knows the measure words these reports count with', () => {
    const sentence =
      '新增上市公司12家，建成水库5座，新造船舶8艘，引进客机3架，改造住房900套，' +
      '新增设备40台，出让土地26宗，完成项目31项，新开航线9条，新建学校7所，' +
      '整治隐患60处，发射卫星4颗，开行班列300列，新增车辆500辆，结对友城6对，上市新药5款。';
    const units = figs(sentence).map((f) => f.unit);
    expect(units).toEqual(['家', '座', '艘', '架', '套', '台', '宗', '项', '条', '所', '处', '颗', '列', '辆', '对', '款']);
    expect(figs(toTraditional(sentence))).toHaveLength(16);
  });
});

describe('numbers that name something are not figures', () => {
  it.each([
    ['a Chinese numeral inside a word', '加快汽车零部件产业一体化发展，推动大众创业、万众创新，统一部署。'],
    ['陆 as a word character', '推进陆家嘴金融城和陆港建设，陆续开工。'],
    ['session ordinals', '完成了省十四届人大三次会议确定的任务，按照省委十二届八次、九次全会部署。'],
    ['project phases', '推进机场三期扩建和港区二期工程，地铁4期工程开工，新区二期、三期同步建设。'],
    ['classes', '实施一类地区补贴，推动1类新药上市，开展7类资产盘活。'],
    ['the report’s own structure', '下面，我讲三个部分。今年重点做好八个方面工作。'],
    ['十四五 and 十五五 and anniversaries', '“十四五”圆满收官，十五五开局起步，隆重纪念建区70周年。'],
    ['ratios (产业结构比)', '三次产业结构调整为4.0∶37.7∶58.3，城乡收入比缩小到2.1∶1。'],
    ['an indefinite 一批 and a saying', '开工一批、建成一批重大项目，干一件成一件。'],
    ['ranks and size classes', '跻身全国前五位，建成25兆瓦级机组和万吨级码头。'],
    ['thresholds naming a group', '实施亿元以上项目，照护3岁以下婴幼儿。'],
    ['round the clock', '政务大厅实现24小时服务。'],
  ])('%s', (_what, sentence) => {
    expect(figs(sentence), sentence).toEqual([]);
    expect(figs(toTraditional(sentence)), toTraditional(sentence)).toEqual([]);
  });

  it('keeps the counts next to them', () => {
    expect(figs('实施亿元以上项目1200个。').map((f) => [f.text, f.label])).toEqual([['1200个', '实施亿元以上项目']]);
    expect(figs('举办培训班四期。').map((f) => f.text)).toEqual(['四期']);
    expect(figs('为12万名80岁以上老年人发放补贴。').map((f) => [f.text, f.label])).toEqual([['12万名', '80岁以上老年人']]);
    expect(figs('总投资近500亿元的新区基地开工。').map((f) => f.text)).toEqual(['近500亿元']);
  });

  it('reads 突破万亿元 as 1e12', () => {
    expect(figs('全省外贸总额突破万亿元。').map((f) => [f.text, f.value])).toEqual([['万亿元', 1e12]]);
    expect(figs('千家万户')).toEqual([]);
  });
});

describe('labels are pasteable', () => {
  it('never start inside a quotation', () => {
    const [f] = figs('新建“社区嵌入式服务中心”床位2.6万张。');
    expect(f!.label).toBe('“社区嵌入式服务中心”床位');
  });

  it('never carry markup debris', () => {
    for (const s of ['<span>受理案件</span>35件。', '受理&nbsp;案件35件。', 'class=x>办结案件12件。']) {
      const [f] = figs(s);
      expect(f!.label, s).not.toMatch(/[<>=&;]/);
      expect(f!.label, s).not.toBe('');
    }
  });

  it('never start with the connector that joins them to the item before', () => {
    expect(figs('科技型企业420户和雏鹰企业35户。').map((f) => f.label)).toEqual(['科技型企业', '雏鹰企业']);
    expect(figs('建成和美乡村示范村30个。').map((f) => f.label)).toEqual(['和美乡村示范村']);
  });

  it('name the counted noun, not the verb after it', () => {
    expect(figs('全年有8个县实现脱贫摘帽。').map((f) => f.label)).toEqual(['县']);
    expect(figs('380个老旧小区引入物业服务。').map((f) => f.label)).toEqual(['老旧小区']);
    expect(figs('15条高速公路建成通车。').map((f) => f.label)).toEqual(['高速公路']);
    expect(figs('全年12件民生实事圆满完成。').map((f) => f.label)).toEqual(['民生实事']);
  });
});
