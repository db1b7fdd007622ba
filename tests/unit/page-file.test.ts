// The command-line reader builds the DOM a browser builds (HTML5 tree construction):
// broken markup around or inside the report gives the same model as clean markup.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../lib/core/model';
import { parsePage } from '../../lib/node/page-file';

const URL = 'https://www.example.gov.cn/art/2024/3/20/art_1_1.html';
const TITLE = '某县2023年法治政府建设年度报告';

// Long enough to be read as a report: the body needs some length besides its numbering.
const work = '县政府坚持问题导向，完善制度机制，强化监督检查，推动各项任务落实落地，群众对依法行政工作的满意度持续提升。'.repeat(4);
const paragraphs = [
  '2023年，在县委坚强领导下，县政府全面推进依法行政，现将有关情况报告如下。',
  '一、主要举措和成效',
  `（一）深化行政审批制度改革。全年办理政务服务事项12.6万件，网上可办率达到98.5%。${work}`,
  `（二）规范行政执法行为。开展执法检查320余次，办理行政复议案件46件。${work}`,
  '二、存在的不足',
  `部分执法人员能力有待提高，基层法治力量仍然薄弱。${work}`,
  '三、下一步工作安排',
  `2024年，县政府将继续培训执法人员1500人次以上。${work}`,
];

const header = (includeEnd: string) => `<div class="header"><div class="logo">某县人民政府</div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li></ul>${includeEnd}</div>`;

const page = (opts: { includeEnd?: string; body?: string; tail?: string } = {}) => `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>${TITLE}_某县人民政府</title>
<meta name="ArticleTitle" content="${TITLE}"><meta name="PubDate" content="2024-03-20 10:00"></head>
<body>${header(opts.includeEnd ?? '')}
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a></div>
<div class="article"><h1 class="title">${TITLE}</h1>
<div class="info">发布时间：2024-03-20　来源：某县司法局</div>
<div id="zoom">${opts.body ?? paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</div>
${opts.tail ?? ''}</div>
<div class="footer">主办：某县人民政府办公室　备案号：某ICP备00000000号</div>
</body></html>`;

function modelOf(html: string) {
  const { model } = readReport(parsePage(html), URL);
  return {
    title: model.title,
    isReport: model.isReport,
    meta: model.meta,
    outline: model.outline.map(({ level, marker, title }) => ({ level, marker, title })),
    figures: model.figures.map(({ text, value, label }) => ({ text, value, label })),
    text: model.text,
  };
}

const clean = modelOf(page());

describe('the Node DOM is the browser DOM', () => {
  it('reads the clean page as a report with its outline and figures', () => {
    expect(clean.isReport).toBe(true);
    expect(clean.outline.map((e) => e.marker)).toEqual(['一、', '（一）', '（二）', '二、', '三、']);
    expect(clean.figures.map((f) => f.text)).toContain('46件');
  });

  it('does not end the document at a stray </html> inside a header include', () => {
    expect(modelOf(page({ includeEnd: '</body></html><!-- header include end -->' }))).toEqual(clean);
  });

  it('does not end the document at a stray </body> inside a header include', () => {
    expect(modelOf(page({ includeEnd: '</body>' }))).toEqual(clean);
  });

  it('repairs misnested inline tags as a browser does', () => {
    const body = paragraphs
      .map((p, i) =>
        i === 2
          ? `<p><b>（一）深化行政审批制度改革。<i>全年</b>办理政务服务事项12.6万件，</i>网上可办率达到98.5%。${work}</p>`
          : `<p>${p}</p>`,
      )
      .join('\n');
    expect(modelOf(page({ body }))).toEqual(
      modelOf(
        page({ body: body.replace('<i>全年</b>办理政务服务事项12.6万件，</i>', '<i>全年</i></b><i>办理政务服务事项12.6万件，</i>') }),
      ),
    );
    expect(modelOf(page({ body })).figures).toEqual(clean.figures);
  });

  it('closes a <p> at the next <p>, and at a block inside it', () => {
    const unclosed = paragraphs.map((p) => `<p>${p}`).join('\n');
    expect(modelOf(page({ body: unclosed }))).toEqual(clean);
    const blockInside = paragraphs.map((p, i) => (i === 1 ? `<p><div>${p}</div></p>` : `<p>${p}</p>`)).join('\n');
    expect(modelOf(page({ body: blockInside })).outline).toEqual(clean.outline);
  });

  it('moves stray table content before the table, as a browser does', () => {
    const table = (stray: string) => `<table><tr><td>项目</td><td>数量</td></tr>${stray}<tr><td>复议案件</td><td>46件</td></tr></table>`;
    const body = (t: string) => paragraphs.map((p) => `<p>${p}</p>`).join('\n') + t;
    const strayModel = modelOf(page({ body: body(table('<p>附：统计表</p>')) }));
    const movedModel = modelOf(page({ body: body('<p>附：统计表</p>' + table('')) }));
    expect(strayModel).toEqual(movedModel);
    expect(strayModel.outline).toEqual(clean.outline);
  });

  it('keeps the page parts a browser keeps: head metadata, comments, template content out of the tree', () => {
    const doc = parsePage(
      '<!--saved from x--><html lang="zh-CN"><head><title>T</title></head><body><template><p>hidden</p></template><p>shown</body></html></html><p>after</p>',
    );
    expect(doc.title).toBe('T');
    expect(doc.documentElement.getAttribute('lang')).toBe('zh-CN');
    expect([...doc.querySelectorAll('p')].map((p) => p.textContent)).toEqual(['shown', 'after']);
    expect(doc.body.lastElementChild?.textContent).toBe('after');
    expect(doc.firstChild?.nodeType).toBe(8);
  });
});
