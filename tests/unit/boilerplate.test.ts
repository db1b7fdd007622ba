import { describe, expect, it } from 'vitest';
import { boilerplateInside, boilerplateToHide, isBoilerplateText } from '../../lib/core/boilerplate';
import { parsePage } from '../../lib/node/page-file';

describe('boilerplate text', () => {
  it('recognises portal widgets in both scripts', () => {
    for (const text of [
      '扫一扫在手机打开当前页',
      '掃一掃在手機打開當前頁',
      '【字体：大 中 小】',
      '字号：[ 大 中 小 ]',
      '【打印】 【关闭窗口】',
      '您当前的位置: 首页> 政务公开> 政府信息公开目录> 法治政府建设年度报告 > 2021年度',
      '责任编辑：张三',
      '初審| 岳舒曼 復審| 張云逸 終審| 王藝潭',
      '吉公網安備 22020402000210號',
      '主办单位：重庆市渝北区人民政府办公室 网站标识码：5001120001 渝ICP备05003300号',
      '更换或升级浏览器以获得最佳体验。',
      '分享到：',
    ]) {
      expect(isBoilerplateText(text), text).toBe(true);
    }
  });

  it('keeps report sentences that mention a boilerplate word', () => {
    for (const text of [
      '加强政府网站建设，规范网站标识码、ICP备案和公网安备管理，全年整改问题网站3个。',
      '开展“扫一扫”掃碼普法活动，覆盖群众2万人次，在手机打开当前页面即可学习。',
      '三、存在的不足和原因',
      '船營區人民政府',
    ]) {
      expect(isBoilerplateText(text), text).toBe(false);
    }
  });
});

describe('what cleaning hides', () => {
  const doc = parsePage(`<html><body>
    <div class="header">政府网站 首页 政务公开</div>
    <div class="main"><div class="crumb">您当前的位置：首页 &gt; 政务公开</div>
      <h1 id="ti">关于2022年法治政府建设情况的报告</h1>
      <div id="UCAP-CONTENT">
        <table class="xxgk_table"><tr><td>索引号</td><td>001</td><td>发布机构</td><td>某局</td></tr><tr><td>成文日期</td><td>2023-03-01</td></tr></table>
        <p>一、主要举措和成效</p><p>加强政府网站建设，规范网站标识码管理。</p>
        <p>扫一扫在手机打开当前页</p>
      </div>
      <div class="share">分享到：</div>
    </div>
    <div class="footer">主办单位：某区人民政府 网站标识码：5001120001</div>
  </body></html>`);
  const body = doc.getElementById('UCAP-CONTENT')!;

  it('hides everything around the body but never the body or its ancestors', () => {
    const hidden = boilerplateToHide(doc, body);
    for (const el of hidden) expect(el.contains(body)).toBe(false);
    const texts = hidden.map((el) => el.textContent ?? '');
    expect(texts.some((t) => t.includes('主办单位'))).toBe(true);
    expect(texts.some((t) => t.includes('分享到'))).toBe(true);
    expect(texts.some((t) => t.includes('您当前的位置'))).toBe(true);
  });

  it('inside the body takes the metadata table and the QR line, not report paragraphs', () => {
    const inside = boilerplateInside(body).map((el) => el.localName);
    expect(inside).toEqual(['table', 'p']);
    expect(boilerplateInside(body)[1]!.textContent).toBe('扫一扫在手机打开当前页');
  });
});
