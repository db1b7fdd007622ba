// The whole reading of a page: detection, body, boilerplate, metadata, outline,
// figures. Used alike by the content script (on the live page), the CLI and tests.

import { findAttachments, type AttachmentCandidate } from './attachments';
import { boilerplateInside } from './boilerplate';
import { readBlocksInSteps, type BlockSource } from './blocks';
import { chromeLineMask } from './chrome-lines';
import { detect, pageTitle, type DetectOptions } from './detect';
import { findArticle, type ArticleMethod } from './extract';
import { extractFigures } from './figures';
import { readMeta, emptyMeta } from './meta';
import { appendixStart, buildOutline, sectionPaths } from './outline';
import { requiredContents, type RequiredFinding } from './required';
import { detectScript } from './script';
import { timeliness, type Timeliness } from './timeliness';
import type { Block, Detection, Figure, Meta, OutlineEntry, OutlineProblem, Script } from './types';

export interface ReportModel extends Detection {
  title: string;
  url: string;
  meta: Meta;
  script: Script;
  outline: OutlineEntry[];
  outlineProblems: OutlineProblem[];
  figures: Figure[];
  text: string;
  /** The five required contents of a 法治政府建设年度报告 and where each was found. */
  required: RequiredFinding[];
  onTime: Timeliness;
  /** How the body was found, for the reasons shown to a reader. */
  method: ArticleMethod | 'none';
  /** Linked files that are likely the report itself (a PDF, Word or OFD attachment). */
  attachments?: AttachmentCandidate[];
  /**
   * The figures are still being read (`figures` is empty): the live page's reader
   * sends the outline first and the whole model a moment later.
   */
  figuresPending?: boolean;
}

export interface Reading {
  model: ReportModel;
  /** The report body on the page. */
  container: Element | null;
  blocks: Block[];
  sources: BlockSource[];
  /** Boilerplate inside the body, left out of the text. */
  insideBoilerplate: Element[];
}

/**
 * The reading as stages: each `yield` is a point where the page may run before
 * the next stage, so a large report never holds the main thread for long.
 */
function* readingStages(doc: Document, url: string, options: DetectOptions, deferFigures = false): Generator<void, Reading> {
  // A 100,000-character report takes tens of milliseconds at each step below:
  // the page runs between them, so no task holds the main thread for 50 ms.
  const detection = detect(doc, url, options);
  yield;
  const title = pageTitle(doc);
  const article = findArticle(doc);
  const attachments = findAttachments(doc, url, article?.element ?? null, title).filter((a) => a.likely);
  yield;
  if (!article) {
    return {
      model: {
        ...detection,
        title,
        url,
        meta: emptyMeta(),
        script: 'simplified',
        outline: [],
        outlineProblems: [],
        figures: [],
        text: '',
        required: requiredContents([], [], []),
        onTime: timeliness(title, '', ''),
        method: 'none',
        attachments,
      },
      container: null,
      blocks: [],
      sources: [],
      insideBoilerplate: [],
    };
  }
  const inside = new Set(boilerplateInside(article.element));
  yield;
  const read = yield* readBlocksInSteps(article.element, { skip: (el) => inside.has(el) });
  // Lines that are portal chrome (a QR line after a <br>, 来源：…, a font-size bar).
  const chrome = chromeLineMask(
    read.blocks.map((b) => b.text),
    title,
  );
  const keep = read.blocks.map((b, i) => !(b.text === title && i < 3) && !chrome[i]);
  const blocks = read.blocks.filter((_, i) => keep[i]);
  const sources = read.sources.filter((_, i) => keep[i]);
  yield;

  const { entries, problems } = buildOutline(blocks, title);
  const appendixFrom = appendixStart(entries);
  // Metadata is read from the body before the chrome lines are left out (来源：…, 时间：…),
  // and the signature closes the report, before its appendices.
  const readBefore = appendixFrom >= 0 ? read.blocks.indexOf(blocks[appendixFrom]!) : read.blocks.length;
  const meta = readMeta(doc, read.blocks.slice(0, readBefore), title);
  const paths = sectionPaths(blocks.length, entries);
  // The required contents are looked for in the report itself.
  const reportEntries = entries.filter((e) => !e.appendix);
  const texts = blocks.map((b) => b.text);
  yield;
  // The live page's reader may send the outline before the figures (withFiguresInSteps).
  const figures = deferFigures ? [] : yield* figureStages(texts, entries);
  const text = texts.join('\n\n');
  return {
    model: {
      ...detection,
      title,
      url,
      meta,
      script: detectScript(title + text),
      outline: entries,
      outlineProblems: problems,
      figures,
      text,
      required: requiredContents(reportEntries, texts, paths),
      onTime: timeliness(title, texts[0] ?? '', meta.published, meta.written),
      method: article.method,
      attachments,
      ...(deferFigures ? { figuresPending: true } : {}),
    },
    container: article.element,
    blocks,
    sources,
    insideBoilerplate: [...inside],
  };
}

/** Characters of paragraphs read for figures between two points where the page may run (a first, cold slice stays well under 50 ms). */
const FIGURE_SLICE_CHARS = 10_000;

/**
 * The figures of the report's paragraphs, paragraph by paragraph: a long report is
 * done in slices, with a point to let the page run after each.
 */
function* figureStages(texts: string[], entries: OutlineEntry[]): Generator<void, Figure[]> {
  // Figures of an appendix after the sign-off are marked: they are not the report's own account.
  const appendixFrom = appendixStart(entries);
  const paths = sectionPaths(texts.length, entries);
  const figures: Figure[] = [];
  for (let start = 0; start < texts.length;) {
    let end = start;
    for (let chars = 0; end < texts.length && chars < FIGURE_SLICE_CHARS; end++) chars += texts[end]!.length;
    for (const f of extractFigures(texts.slice(start, end), paths.slice(start, end)))
      figures.push({ ...f, block: f.block + start, appendix: appendixFrom >= 0 && f.block + start >= appendixFrom });
    start = end;
    if (start < texts.length) yield;
  }
  yield;
  return figures;
}

export function readReport(doc: Document, url: string, options: DetectOptions = {}): Reading {
  const stages = readingStages(doc, url, options);
  for (;;) {
    const step = stages.next();
    if (step.done) return step.value;
  }
}

/** The same reading, giving the page its turn between stages. */
export async function readReportInSteps(
  doc: Document,
  url: string,
  pause: () => Promise<void>,
  options: DetectOptions = {},
  { deferFigures = false }: { deferFigures?: boolean } = {},
): Promise<Reading> {
  return runInSteps(readingStages(doc, url, options, deferFigures), pause);
}

/** A reading made with `deferFigures`, completed with its figures (the same reading when it has them). */
export async function withFiguresInSteps(reading: Reading, pause: () => Promise<void>): Promise<Reading> {
  if (!reading.model.figuresPending) return reading;
  const texts = reading.blocks.map((b) => b.text);
  const figures = await runInSteps(figureStages(texts, reading.model.outline), pause);
  const { figuresPending: _pending, ...model } = reading.model;
  return { ...reading, model: { ...model, figures } };
}

async function runInSteps<T>(stages: Generator<void, T>, pause: () => Promise<void>): Promise<T> {
  for (;;) {
    const step = stages.next();
    if (step.done) return step.value;
    await pause();
  }
}
