// A citation line for a report page, in the GB/T 7714 form for online documents
// that Chinese scholarship uses: 责任者. 题名[EB/OL]. (发布日期)[引用日期]. 网址.

import type { ReportModel } from '../core/model';

export function citationLine(model: Pick<ReportModel, 'title' | 'meta' | 'url'>, accessed: Date): string {
  const { meta } = model;
  const author = meta.publisher || meta.source;
  const title = meta.docNo ? `${model.title}（${meta.docNo}）` : model.title;
  const date = meta.published || meta.written;
  const cited = accessed.toISOString().slice(0, 10);
  return [author ? `${author}. ` : '', `${title}[EB/OL]. `, date ? `(${date})` : '', `[${cited}]. `, model.url].join('').trim();
}
