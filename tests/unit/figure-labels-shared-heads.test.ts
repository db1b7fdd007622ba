// Figure labels, second round (issue 11 item 4; docs/report-model.md §4): plan and action
// verbs are not part of what is counted, a head noun written once after a list belongs to every
// item, and a generic head (投资, 企业, 项目, 占全国) takes the modifier the sentence gives it.
// Every sentence is made up in the style of these reports and read in both scripts.
import { ConverterBuilder } from 'opencc-js/core';
import * as cn2t from 'opencc-js/preset/cn2t';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lib/core/figures';

const toTraditional = ConverterBuilder(cn2t)({ from: 'cn', to: 'tw' });

/** [figure text, label] pairs, checked in Simplified and in Traditional script. */
function expectLabels(sentence: string, rows: [string, string][]): void {
  const read = (s: string) => extractFigures([s], ['']).map((f): [string, string] => [f.text, f.label]);
  expect(read(sentence), sentence).toEqual(rows);
  const traditional = toTraditional(sentence);
  expect(read(traditional), traditional).toEqual(rows.map(([t, l]): [string, string] => [toTraditional(t), toTraditional(l)]));
}

describe('a label never starts with a plan or action verb', () => {
  it('drops 力争, 确保, 推动, 建成, 新建 before the counted noun', () => {
    expectLabels('力争高新技术企业突破9000家。', [['9000家', '高新技术企业']]);
    expectLabels('确保油菜种植面积稳定在260万亩。', [['260万亩', '油菜种植面积']]);
    expectLabels('推动老旧厂房改造35处。', [['35处', '老旧厂房改造']]);
    expectLabels('建成社区食堂420个，新建口袋公园88个。', [
      ['420个', '社区食堂'],
      ['88个', '口袋公园'],
    ]);
  });

  it('drops a manner phrase (按照…建成) and a review phrase (经…确认) before the noun', () => {
    expectLabels('严格按照统一规范建成便民服务站16个。', [['16个', '便民服务站']]);
    expectLabels('经梳理依法确认失效文件27件。', [['27件', '失效文件']]);
  });

  it('keeps words where the plan verb is part of a noun (建成区)', () => {
    expectLabels('建成区绿化覆盖率达到43.5%。', [['43.5%', '建成区绿化覆盖率']]);
  });

  it('never ends with a change verb leading to the next value (提升至)', () => {
    expectLabels('公交出行分担率从31.2%提升至33.8%。', [
      ['31.2%', '公交出行分担率'],
      ['33.8%', '公交出行分担率'],
    ]);
  });

  it('ends the counted noun at a change verb after it', () => {
    expectLabels('推动9个水利重点项目投资突破300亿元。', [
      ['9个', '水利重点项目投资'],
      ['300亿元', '水利重点项目投资'],
    ]);
  });
});

describe('a head noun written once after a list belongs to every item', () => {
  it('after 等: 甲、乙、丙等产业增加值分别…', () => {
    expectLabels('纺织、建材、冶金等产业增加值分别增长4.1%、6.3%、2.8%。', [
      ['4.1%', '纺织产业增加值'],
      ['6.3%', '建材产业增加值'],
      ['2.8%', '冶金产业增加值'],
    ]);
  });

  it('before a head word: 城镇、农村居民…, 工业、涉农贷款余额…', () => {
    expectLabels('城镇、农村居民人均消费支出分别增长3.6%、6.1%。', [
      ['3.6%', '城镇居民人均消费支出'],
      ['6.1%', '农村居民人均消费支出'],
    ]);
    expectLabels('工业、涉农贷款余额分别增长8.2%、9.5%。', [
      ['8.2%', '工业贷款余额'],
      ['9.5%', '涉农贷款余额'],
    ]);
  });

  it('when the items end alike: 省级、市级孵化载体…', () => {
    expectLabels('省级、市级孵化载体分别达到31家、97家。', [
      ['31家', '省级孵化载体'],
      ['97家', '市级孵化载体'],
    ]);
  });

  it('with ordinal items: 一、二、三产业…', () => {
    expectLabels('投资结构优化，一、二、三产业投资分别增长2.2%、7.9%、3.4%。', [
      ['2.2%', '一产业投资'],
      ['7.9%', '二产业投资'],
      ['3.4%', '三产业投资'],
    ]);
  });

  it('keeps 和 inside the last item when the values are fewer than the pieces', () => {
    expectLabels('旅游业、住宿和餐饮业营收分别增长12.4%、8.8%。', [
      ['12.4%', '旅游业营收'],
      ['8.8%', '住宿和餐饮业营收'],
    ]);
  });

  it('leaves lists of whole indicators alone', () => {
    expectLabels('进口、出口分别增长3.3%、5.7%。', [
      ['3.3%', '进口'],
      ['5.7%', '出口'],
    ]);
    expectLabels('受理率、办结率分别为99.1%、98.6%。', [
      ['99.1%', '受理率'],
      ['98.6%', '办结率'],
    ]);
  });
});

describe('a generic head takes the modifier the sentence gives it', () => {
  it('完成投资 is the investment of the projects counted before it', () => {
    expectLabels('推进市级重点项目680个，完成投资2100亿元。', [
      ['680个', '市级重点项目'],
      ['2100亿元', '市级重点项目完成投资'],
    ]);
  });

  it('累计产量 keeps its adverb rather than a bare 产量', () => {
    expectLabels('页岩气三年累计产量达120亿立方米。', [['120亿立方米', '累计产量']]);
  });

  it('占全国 is the share of the figure before it', () => {
    expectLabels('茶叶产量38.6万吨、占全国12.5%。', [
      ['38.6万吨', '茶叶产量'],
      ['12.5%', '茶叶产量占全国比重'],
    ]);
  });

  it('a ratio after 的 keeps what it is the ratio of', () => {
    expectLabels('基础研究经费占研发经费的比例达到9.2%。', [['9.2%', '基础研究经费占研发经费的比例']]);
  });

  it('企业 and 举措 with the modifier written right before the number', () => {
    expectLabels('园区集聚链上200余家企业。', [['200余家', '园区集聚链上企业']]);
    expectLabels('出台稳外贸12项举措。', [['12项', '出台稳外贸举措']]);
  });

  it('a project stage before an example list (新开工…等N个项目)', () => {
    expectLabels('新开工东港至西湾等4个项目。', [['4个', '新开工项目']]);
  });

  it('a clause that opens with a count says which ones by its predicate', () => {
    expectLabels('全年新增企业2万户，5家单位获评省级文明单位。', [
      ['2万户', '新增企业'],
      ['5家', '获评省级文明单位'],
    ]);
  });

  it('reads the generic head through a verb (计划新开工项目) and a paired noun (国家和地区)', () => {
    expectLabels('全年63个计划新开工项目全部开工。', [['63个', '计划新开工项目']]);
    expectLabels('产品销往38个国家和地区。', [['38个', '国家和地区']]);
    // The counted noun ends before 近 that qualifies the next value.
    expect(extractFigures(['72个国家和地区近900名嘉宾参加论坛。'], [''])[0]!.label).toBe('国家和地区');
  });
});

describe('asides inside a label are left out', () => {
  it('drops who benefits (为群众, 为企业) between the subject and its verb', () => {
    expectLabels('药品联合采购为群众节约支出18亿元。', [['18亿元', '药品联合采购节约支出']]);
    expectLabels('税费优惠政策为企业减负96亿元。', [['96亿元', '税费优惠政策减负']]);
    expectLabels('两年来累计为群众节省诊疗费用2.1亿元。', [['2.1亿元', '节省诊疗费用']]);
  });

  it('keeps 为 inside a word (作为, 成为)', () => {
    expectLabels('作为企业服务专员的干部120名。', [['120名', '干部']]);
  });

  it('drops how often (年均) before a verb, not from an indicator name', () => {
    expectLabels('乡镇文化站年均接待群众超过300万人次。', [['超过300万人次', '乡镇文化站接待群众']]);
    expectLabels('PM2.5年均浓度为28微克/立方米。', [['28微克/立方米', 'PM2.5年均浓度']]);
  });
});

describe('a value of reach names the thing after 的', () => {
  it('惠及N人的X → X惠及, ending where X has its own predicate', () => {
    expectLabels('筹划多年、惠及120万人的西线调水工程启动建设。', [['120万人', '西线调水工程惠及']]);
  });
});

describe('a running total after an increment', () => {
  it('累计 after 新增X names X, not the increment', () => {
    expectLabels('新增口袋公园36个，累计达到420个。', [
      ['36个', '新增口袋公园'],
      ['420个', '口袋公园'],
    ]);
  });

  it('keeps 新增 when the total is itself of new things (累计新增)', () => {
    expectLabels('新增就业12万人，累计新增就业50万人。', [
      ['12万人', '新增就业'],
      ['50万人', '新增就业'],
    ]);
  });
});

describe('where a shared head is not to be guessed', () => {
  it('items with a head of their own are whole indicators', () => {
    expectLabels('营业总收入、利润总额分别增长9.3%、2.7%。', [
      ['9.3%', '营业总收入'],
      ['2.7%', '利润总额'],
    ]);
  });

  it('industries (…业) share 增加值, not 产业增加值', () => {
    expectLabels('规上制造业、工业新兴产业增加值分别增长7%、6.8%。', [
      ['7%', '规上制造业增加值'],
      ['6.8%', '工业新兴产业增加值'],
    ]);
  });

  it('a head word in the last item is shared, the last item kept whole (…工业母机销量)', () => {
    const labels = extractFigures(['新能源汽车、服务机器人、工业母机销量分别增长9%、12%、5%。'], ['']).map((f) => f.label);
    expect(labels[2]).toBe('工业母机销量');
    expect(labels[0]).toBe('新能源汽车销量');
  });

  it('a change verb inside a noun (增加值, 稳增长) does not end the counted noun', () => {
    expectLabels('12个重点产业稳增长方案出台。', [['12个', '重点产业稳增长方案']]);
    expectLabels('宛平路等20处街区面貌显著提升。', [['20处', '街区面貌']]);
  });

  it('a measure word of another count is not a modifier (从6个方面出台21条措施)', () => {
    const labels = extractFigures(['从6个方面出台21条措施。'], ['']).map((f) => f.label);
    expect(labels[labels.length - 1]).not.toMatch(/^个/);
  });

  it('a second verb joined to a plan word goes with it (新建和改造)', () => {
    expectLabels('新建和改造乡村公路860公里。', [['860公里', '乡村公路']]);
    expectLabels('新建扩建污水处理厂9座。', [['9座', '污水处理厂']]);
  });
});
