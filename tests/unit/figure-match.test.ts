// The strict label rule of `npm run eval`: a label is right when a researcher could
// paste it as a column header for the annotated figure.
import { describe, expect, it } from 'vitest';
import { isBareWord, labelMatches, normaliseLabel, scoreFigures, strictLabelVerdict } from '../../lib/core/figure-match';

describe('normaliseLabel', () => {
  it('folds width, script, whitespace and punctuation', () => {
    expect(normaliseLabel(' 「地區生產總值」 ')).toBe('地区生产总值');
    expect(normaliseLabel('ＰＭ２．５ 平均浓度')).toBe('pm25平均浓度');
  });
});

describe('isBareWord', () => {
  it.each(['增长', '同比增长', '突破', '个百分点', '亿元', '比上年增长', '12万', '举行', '给予'])('%s is bare', (w) => {
    expect(isBareWord(normaliseLabel(w))).toBe(true);
  });
  it.each(['地区生产总值', '增长率', '人数', '研发投入', '产量'])('%s names something', (w) => {
    expect(isBareWord(normaliseLabel(w))).toBe(false);
  });
});

describe('strictLabelVerdict', () => {
  it.each([
    ['地区生产总值', '地区生产总值'],
    ['地區生產總值', '地区生产总值'],
    ['“地区生产总值”', '地区生产总值'],
    ['生产总值', '地区生产总值'],
    ['全市地区生产总值', '地区生产总值'],
    ['规模以上工业增加值', '工业增加值'],
    ['被诉行政机关负责人出庭率', '出庭率'],
    ['联合抽查比例', '上级部门要求的联合抽查比例'],
  ])('「%s」 for 「%s」 is right', (got, expected) => {
    expect(strictLabelVerdict(got, expected)).toBe('right');
  });

  it.each([
    ['', '粮食产量', 'empty'],
    ['  ', '粮食产量', 'empty'],
    ['增长', '地区生产总值', 'bare-word'],
    ['突破', '进出口总额', 'bare-word'],
    ['同比增长', '社会消费品零售总额', 'bare-word'],
    ['个百分点', '城镇调查失业率', 'bare-word'],
    ['span class="num"', '粮食产量', 'markup'],
    ['粮食产量<br>', '粮食产量', 'markup'],
    ['保有量', '新能源汽车保有量', 'truncated'],
    ['活动', '机关大讲堂和庭审观摩活动', 'truncated'],
    ['经清理依法确认我区规范性文件', '规范性文件', 'clause'],
    ['学法考法平台学法考法', '学法考法', 'clause'],
    ['力争政策解读比例', '政策解读比例', 'clause'],
    ['地区生产总值比上年', '地区生产总值', 'verb-tail'],
    ['地区生产总值增长', '地区生产总值', 'verb-tail'],
    ['城乡低保标准提高到', '城乡低保标准', 'verb-tail'],
    ['全年地区生产总值增长', '地区生产总值', 'verb-tail'],
    ['稳步', '一般公共预算收入', 'bare-word'],
    ['从', '跨国公司地区总部', 'bare-word'],
    ['高于全国', '地区生产总值增速', 'clause'],
    ['投资和地区生产总值', '地区生产总值', 'clause'],
    ['地区生产总值，其中', '地区生产总值', 'clause'],
    ['全省上下在各方共同努力之下的地区生产总值', '地区生产总值', 'clause'],
    ['城乡居民人均可支配收入', '地区生产总值', 'wrong-subject'],
    ['固定资产投资', '社会消费品零售总额', 'wrong-subject'],
    ['新建成的保障性住房项目全部交付使用后', '保障性住房', 'clause'],
  ])('「%s」 for 「%s」 is %s', (got, expected, verdict) => {
    expect(strictLabelVerdict(got, expected)).toBe(verdict);
  });

  it('is stricter than the lenient rule on bare verbs it contains', () => {
    expect(labelMatches('增长', '增长率')).toBe(true);
    expect(strictLabelVerdict('增长', '增长率')).toBe('bare-word');
  });
});

describe('scoreFigures with strict labels', () => {
  const expected = [
    { text: '5.1%', value: 5.1, label: '地区生产总值' },
    { text: '30万人', value: 300000, label: '城镇新增就业' },
  ];
  it('counts a match with a bare-verb label as matched but wrong, with its verdict', () => {
    const predicted = [
      { text: '5.1%', value: 5.1, label: '增长' },
      { text: '30万人', value: 300000, label: '城镇新增就业人数' },
    ];
    const lenient = scoreFigures(predicted, expected);
    const strict = scoreFigures(predicted, expected, { labels: 'strict' });
    expect(lenient.labelsRight).toBe(1);
    expect(strict.matched).toBe(2);
    expect(strict.labelsRight).toBe(1);
    expect(strict.wrongLabels).toEqual([{ expected: '地区生产总值', got: '增长', text: '5.1%', verdict: 'bare-word' }]);
  });
});
