// Chrome lines inside the report body (docs/report-model.md §2): each line is
// judged by its shape. Made-up lines, both ways, then sequences where the
// neighbours decide, then the live page: hidden by one attribute, undone exactly.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readBlocks } from '../../lib/core/blocks';
import { chromeLineMask } from '../../lib/core/chrome-lines';
import { cleanPage, HIDDEN_ATTR } from '../../lib/page/clean-page';
import { readReport } from '../../lib/core/model';
import { parsePage } from '../../lib/node/page-file';
import { FIXTURE_DIR } from '../support/fixtures';

const alone = (line: string) => chromeLineMask([line])[0];

describe('a chrome line by its own shape', () => {
  it.each([
    // toolbars
    '下载',
    '打印',
    '全屏',
    '收藏',
    '【打印】【关闭】',
    '打印本页 | 关闭窗口',
    '下载 打印 全屏 收藏',
    '【字号：大 中 小】',
    '字号：加大 还原 减小',
    '字体：[大][中][小]',
    '[大][中][小]',
    '字号：默认 大 超大',
    '【我要纠错】',
    '分享：',
    '分享到：微信 微博 QQ空间',
    '分享至： 朋友圈 新浪微博',
    // label lines
    '来源：某县融媒体中心',
    '来源: 某市日报',
    '信息来源：某区司法局',
    '（来源：某某日报）',
    '时间：2025-03-10',
    '发布时间：2025-03-10 09:30',
    '发表时间：2025年3月10日',
    '发布时间：2025-03-10　来源：某区司法局　浏览次数：356',
    '【浏览次数：1024】',
    '阅读量：2589',
    '点击数：77',
    '作者：王某某',
    '编辑：李某',
    '责任编辑：陈某某',
    // date stamps
    '2025-03-10 09:15:07',
    '2025年03月10日 09时15分',
    '[2025-03-10]',
    // breadcrumb tokens
    '首页 > 政务公开 > 法治政府建设',
    '当前位置：首页 > 信息公开',
    '政府信息公开',
    '政务公开',
    '法定主动公开内容',
    // related lists, neighbours, topics
    '相关报道：',
    '相关链接>>',
    '相关文章',
    '延伸阅读',
    '上一篇：某区召开行政执法工作会议',
    '下一篇：关于印发某区普法规划的通知',
    '专题：法治政府建设示范创建',
    '》》点击图片进入专题《《',
    '【专题】2025年全国两会',
    // captions and credits
    '图为区公共法律服务中心窗口。',
    '图：县行政复议受理窗口',
    '区长王某某作政府工作报告。',
    '王某某代表区人民政府作政府工作报告。本报记者 李某 摄',
    '会议现场。某某日报记者 张某某',
    '（新华社记者 赵某 摄）',
    '区政府常务会议现场。 周某 摄',
    '摄影：刘某',
    '（记者 宋某）',
    '（通讯员 周某某）',
    '(责任编辑:孙某 CN037)',
    '关键词：法治政府 行政复议 普法',
    '• 2025-03-10 08:40:21',
    '2025-03-10 19:57:21  某某网    参与评论(0)人',
    '更多>>',
    '浏览：1200',
    // scraper debris
    'e3b0c44298fc1c149afbf4c8996fb924:',
    '（下转第四版）',
    '（紧接第一版）',
    // the same in Traditional
    '下載',
    '【字體：大 中 小】',
    '字號：加大 還原 減小',
    '分享到：',
    '來源：某某日報',
    '發布時間：2025-03-10 09:30',
    '瀏覽次數：523',
    '閱讀量：1024',
    '首頁 > 政務公開 > 法治政府建設',
    '政府信息公開',
    '相關鏈接',
    '圖為區公共法律服務中心窗口。',
    '責任編輯：林某',
    '扫一扫在手机打开当前页',
  ])('%s', (line) => {
    expect(alone(line)).toBe(true);
  });
});

describe('a report line that merely contains such a word', () => {
  it.each([
    '全年门户网站下载量增长35%，政务新媒体阅读量突破100万次。',
    '我们的信心来源于全区人民的共同奋斗。',
    '来源于群众的意见建议，全部在15个工作日内办结。',
    '在门户网站首页开设法治政府建设专栏，累计发布信息320条。',
    '推动政务服务“掌上办”，群众可一键分享办理进度。',
    '开展“扫一扫”普法活动，覆盖群众2万人次。',
    '专题培训覆盖全体行政执法人员。',
    '编辑出版《以案释法读本》3000册。',
    '依法保障新闻记者采访权利。',
    '加强新闻记者权益保障',
    '大力推进法治宣传教育',
    '大、中、小型企业合规指引全部上网。',
    '中小企业服务中心挂牌运行。',
    '摄影比赛作品展览吸引群众5000余人次。',
    '图书馆新增法治类藏书5000册。',
    '时间：2024年4月22日09时30分（北京时间）',
    '一、主要举措和成效',
    '（三）信息来源多元化',
    '1.打印服务下沉到村',
    '政府工作报告',
    '关于2024年度法治政府建设情况的报告',
    '2024年某市政府工作报告',
    '各位代表：',
    '附件',
    '某县人民政府',
    '2025年3月8日',
    '二〇二五年三月八日',
    'Essential Science Indicators，基本科学指标数据库。',
    '三、下一步工作打算',
    '（全年受理行政复议案件36件）',
    '2025-03-10 09:30召开的区政府常务会议审议通过了本报告，会议要求各部门抓好落实。',
    '关键词是依法行政。',
    '更多惠企政策实现免申即享。',
    '門戶網站首頁改版上線，全年下載量增長兩成。',
    '政府資訊公開',
  ])('%s', (line) => {
    expect(alone(line)).toBe(false);
  });
});

describe('lines decided by their neighbours', () => {
  it('takes a font-size bar split over lines, and nothing after it', () => {
    expect(chromeLineMask(['【字号：', '加大', '还原', '减小', '】', '一、主要举措和成效'])).toEqual([true, true, true, true, true, false]);
    expect(chromeLineMask(['【字體：', '大', '中', '小', '】', '各位代表：'])).toEqual([true, true, true, true, true, false]);
  });

  it('leaves a font word alone when no bar is beside it', () => {
    expect(chromeLineMask(['一、主要举措和成效', '加大', '持续加大执法监督力度。'])).toEqual([false, false, false]);
    expect(chromeLineMask(['各位代表：', '】', '现在，我代表区人民政府作报告。'])).toEqual([false, false, false]);
  });

  it('takes the value on the line after an empty label, not a heading', () => {
    expect(chromeLineMask(['来源:', '某某日报', '一、总体情况'])).toEqual([true, true, false]);
    expect(chromeLineMask(['责任编辑：', '陈某某'])).toEqual([true, true]);
    expect(chromeLineMask(['来源：', '一、总体情况', '全年受理案件36件。'])).toEqual([true, false, false]);
    expect(chromeLineMask(['来源：', '全年受理行政复议案件36件，办结率100%。'])).toEqual([true, false]);
  });

  it('takes a breadcrumb run up to the report title', () => {
    const title = '某县2024年度法治政府建设情况报告';
    expect(chromeLineMask(['首页', '>', '政务公开', '法治政府建设', title, '一、主要举措和成效'], title)).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
    ]);
    expect(chromeLineMask(['首页', '一、主要举措和成效'], title)).toEqual([true, false]);
  });

  it('takes the link list after a related-articles label at the end of the body', () => {
    const report = '全年办理行政复议案件36件，办结率100%，行政机关负责人出庭应诉率保持100%。'.repeat(3);
    expect(chromeLineMask([report, '某县人民政府', '相关报道：', '我县召开法治政府建设推进会', '县司法局开展普法中期评估'])).toEqual([
      false,
      false,
      true,
      true,
      true,
    ]);
  });

  it('keeps the report after a related label when a report follows it', () => {
    const report = '全年办理行政复议案件36件，办结率100%，行政机关负责人出庭应诉率保持100%。'.repeat(3);
    expect(chromeLineMask(['相关链接：', '一、主要举措和成效', report, report])).toEqual([true, false, false, false]);
  });
});

describe('on the live page', () => {
  const html = `<html><head><title>某县2024年度法治政府建设情况报告</title></head><body>
    <div class="nav"><a href="/">首页</a></div>
    <h1>某县2024年度法治政府建设情况报告</h1>
    <div id="zoom">
      <p>【字号：</p><p>加大</p><p>还原</p><p>减小</p><p>】</p>
      <p>来源：某县司法局</p>
      <p><span class="src">时间：2025-03-10</span><br>　　2024年，全县法治政府建设取得新进展，全年办理行政复议案件36件。</p>
      <p>一、主要举措和成效</p>
      <p>　　全年门户网站下载量增长35%，政务新媒体阅读量突破100万次，在门户网站首页开设专栏。</p>
      <p>　　二、存在的不足<br>分享：</p>
      <p>　　执法监督力度还需加大，基层执法队伍专业化水平有待提高，行政复议案件数量仍然较多。</p>
    </div></body></html>`;

  it('hides chrome lines by one attribute and restores the page exactly', () => {
    const doc = parsePage(html);
    const before = doc.documentElement.outerHTML;
    const reading = readReport(doc, 'https://www.example.gov.cn/art/2025/3/10/art_1_1.html');
    expect(reading.model.meta.source).toBe('某县司法局');
    const text = reading.model.text;
    const paragraphs = text.split('\n\n');
    for (const chrome of ['【字号：', '加大', '还原', '减小', '】', '来源：某县司法局', '时间：2025-03-10', '分享：'])
      expect(paragraphs).not.toContain(chrome);
    for (const chrome of ['字号', '来源：', '时间：', '分享：']) expect(text).not.toContain(chrome);
    expect(text).toContain('全年门户网站下载量增长35%');
    expect(text).toContain('全年办理行政复议案件36件');

    const undo = cleanPage(doc, reading.container!, reading.model.title, reading.model.meta, {
      publisher: '',
      written: '',
      published: '',
      indexNo: '',
      docNo: '',
      source: '',
    });
    const hidden = Array.from(doc.querySelectorAll(`#zoom [${HIDDEN_ATTR}]`)).map((el) => el.textContent);
    // A bare line sharing its <p> with report text is hidden in a wrapper; the report line beside it stays.
    expect(hidden).toEqual(['【字号：', '加大', '还原', '减小', '】', '来源：某县司法局', '时间：2025-03-10', '分享：']);
    expect(doc.querySelector('#zoom')!.innerHTML).toContain('二、存在的不足');
    undo();
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('fixture pages with chrome inside the body', () => {
  const labels = { publisher: '', written: '', published: '', indexNo: '', docNo: '', source: '' };
  const cases: { name: string; url: string; chrome: string[]; kept: string[] }[] = [
    {
      name: 'c-hanweb-chrome-body',
      url: 'https://www.qinghe.gov.cn/art/2025/3/12/art_2211_5601234.html',
      chrome: [
        '首页',
        '>',
        '政务公开',
        '法治政府建设',
        '【字号：',
        '加大',
        '还原',
        '减小',
        '】',
        '来源：青禾县司法局',
        '时间：2025-03-12',
        '分享：',
        '阅读量：1286',
        '图为青禾县公共法律服务中心窗口。县融媒体中心记者 陈某 摄',
        '相关报道：',
        '青禾县召开2024年度法治政府建设工作推进会',
        '县司法局开展“八五”普法中期评估',
      ],
      kept: ['青禾县人民政府', '2025年3月10日'],
    },
    {
      name: 'd-ucap-chrome-body-t',
      url: 'https://www.songxi.gov.cn/zwgk/fzzf/202503/t20250320_912004.html',
      chrome: [
        '發布時間：2025-03-20 10:05 來源：松溪區司法局',
        '字體：[大][中][小]',
        '首頁 > 政務公開 > 法治政府建設',
        '分享到：微信 微博',
        '瀏覽次數：523',
        '圖為松溪區公共法律服務中心。',
        '責任編輯：林某',
        '【打印】【關閉】',
        '相關鏈接：',
        '松溪區2023年度法治政府建設情況報告',
        '松溪區召開2025年全面依法治區工作會議',
      ],
      kept: ['松溪區人民政府', '2025年3月18日'],
    },
  ];
  it.each(cases)('$name: chrome lines out of the text and hidden on the page', ({ name, url, chrome, kept }) => {
    const doc = parsePage(readFileSync(`${FIXTURE_DIR}/${name}.html`, 'utf8'));
    const before = doc.documentElement.outerHTML;
    const reading = readReport(doc, url);
    const paragraphs = reading.model.text.split('\n\n');
    for (const line of chrome) expect(paragraphs, line).not.toContain(line);
    for (const line of kept) expect(paragraphs, line).toContain(line);
    const undo = cleanPage(doc, reading.container!, reading.model.title, reading.model.meta, labels);
    const visible = readBlocks(reading.container!, { skip: (el) => el.hasAttribute(HIDDEN_ATTR) }).blocks.map((b) => b.text);
    for (const line of chrome) expect(visible, line).not.toContain(line);
    expect(visible.join('\n')).not.toMatch(/責任編輯|来源：|來源：|阅读量|瀏覽次數/);
    for (const line of paragraphs) expect(visible, line).toContain(line);
    undo();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('f-suzhou-chrome-words: report sentences with 下载/来源/首页/分享 all stay', () => {
    const doc = parsePage(readFileSync(`${FIXTURE_DIR}/f-suzhou-chrome-words.html`, 'utf8'));
    const reading = readReport(doc, 'https://www.yunlan.gov.cn/zwgk/ndbg/202501/t20250124_700812.html');
    const body = reading.container!;
    const lines = readBlocks(body).blocks.map((b) => b.text);
    expect(lines.length).toBeGreaterThan(20);
    expect(reading.model.text.split('\n\n')).toEqual(lines);
    const undo = cleanPage(doc, body, reading.model.title, reading.model.meta, labels);
    expect(body.querySelectorAll(`[${HIDDEN_ATTR}]`).length).toBe(0);
    undo();
  });
});
