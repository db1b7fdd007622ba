// The report model: plain data shared by the content script, the panel and the CLI.

export interface Detection {
  isReport: boolean;
  score: number;
  reasons: string[];
}

export interface Meta {
  publisher: string; // issuing body (发布机构 / 发文机关 / signature)
  published: string; // 发布日期, YYYY-MM-DD
  written: string; // 成文日期 or signature date, YYYY-MM-DD
  indexNo: string; // 索引号
  docNo: string; // 文号
  source: string; // 来源
}

export type Script = 'simplified' | 'traditional' | 'mixed';

export interface OutlineEntry {
  level: number; // 1 = top level present in this report (levels are relative)
  marker: string; // marker as written, e.g. "一、", "(一)", "1.", "（1）"
  title: string; // heading: lead phrase of the numbered paragraph
  block: number; // index of the paragraph (block) it heads
  appendix?: boolean; // an appendix after the sign-off (附件1, 名词解释) or a heading inside one
  page?: number; // page of the file it is on, when the report is a PDF or OFD file
}

export interface OutlineProblem {
  kind: 'skipped' | 'repeated' | 'out-of-order';
  message: string;
  block: number;
  marker: string;
}

export type FigureRelation = 'exact' | 'more' | 'less' | 'about' | 'range';
export type FigureKind = 'money' | 'percent' | 'people' | 'cases' | 'events' | 'other';

export interface Figure {
  text: string; // exact source span, e.g. "10500余件(次)"
  value: number; // 万/亿 folded in
  valueMax?: number; // upper end of a range (3至5次)
  unit: string; // measure word or unit as written, without 万/亿
  qualifier: string; // qualifier words as written: "余", "近…余", "以上", ""
  relation: FigureRelation;
  kind: FigureKind;
  label: string; // what is counted
  section: string; // outline path, "一、… > (一)…"
  sentence: string;
  block: number; // paragraph index
  start: number; // offset of `text` in the paragraph text
  appendix?: boolean; // found in an appendix after the sign-off, not in the report proper
  page?: number; // page of the file it is on, when the report is a PDF or OFD file
}

/** A paragraph of the report body as read from the page (text across inline tags). */
export interface Block {
  text: string;
  tag: string; // lower-case tag of the block element ("p", "div", "h2", "br-line" …)
  bold: boolean; // wholly (or nearly wholly) bold text
  boldLead: number; // length of the bold run the paragraph opens with (a bold lead heading)
  centered: boolean;
  heading: boolean; // h1–h6
  inTable?: boolean; // inside a data table (a grid of cells), e.g. a statistics table's row
}
