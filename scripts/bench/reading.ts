// Reading a report in Node (linkedom): each stage, the whole, and Readability alone as the baseline.
import { Readability } from '@mozilla/readability';
import { readBlocks } from '../../lib/core/blocks';
import { boilerplateInside } from '../../lib/core/boilerplate';
import { detect } from '../../lib/core/detect';
import { findArticle } from '../../lib/core/extract';
import { extractFigures } from '../../lib/core/figures';
import { readReport } from '../../lib/core/model';
import { buildOutline, sectionPaths } from '../../lib/core/outline';
import { parsePage } from '../../lib/node/page-file';
import { median, ms, ratio, table, time, type Page } from './util';

export async function readingStages(list: Page[]): Promise<string> {
  const rows = [['page', 'chars', 'detect', 'extract', 'outline', 'figures', 'whole', 'Readability', 'whole/Rdb']];
  const ratios: number[] = [];
  for (const p of list) {
    const doc = parsePage(p.html);
    const tDetect = time(() => detect(doc, p.url));
    const article = findArticle(doc)!;
    const tExtract = time(() => {
      const a = findArticle(doc)!;
      const inside = new Set(boilerplateInside(a.element));
      readBlocks(a.element, { skip: (el) => inside.has(el) });
    });
    const { blocks } = readBlocks(article.element);
    const tOutline = time(() => buildOutline(blocks));
    const { entries } = buildOutline(blocks);
    const texts = blocks.map((b) => b.text);
    const paths = sectionPaths(blocks.length, entries);
    const tFigures = time(() => extractFigures(texts, paths));
    const tWhole = time(() => readReport(doc, p.url));
    const tReadability = time(() => new Readability(doc.cloneNode(true) as Document).parse());
    ratios.push(tWhole / tReadability);
    rows.push([
      p.name,
      String(p.chars),
      ms(tDetect),
      ms(tExtract),
      ms(tOutline),
      ms(tFigures),
      ms(tWhole),
      ms(tReadability),
      ratio(tWhole, tReadability),
    ]);
  }
  return `${table(rows)}\nmedian whole/Readability: ${median(ratios).toFixed(2)}× (budget ≤ 2×)\n`;
}
