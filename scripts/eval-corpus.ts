// The real-corpus section of `npm run eval`: the 25 provincial 政府工作报告 texts of
// ../shared/corpus/gzbg-2026 (or $PORTAL_READER_CORPUS), each wrapped in several portal
// templates built in memory (nothing of the corpus is written anywhere), read by the
// reader, and measured against the annotations in tests/fixtures/corpus-annotations.
//
// Templates: the real portal pages in <corpus>/pages (Hanweb JCMS, TRS) and two of the
// project's own fixture pages (B/TRS b-trs-004, A/UCAP a-ucap-000); in each, the
// article box gets the text as one <p> per line (the scraped chrome lines stay in it,
// as portals and scrapers put them) and the title the CSV title.
// Per template: detection x/25 with the reasons when not; headings by level and
// figures per report; on the annotated paragraphs figure precision, recall, strict
// and lenient label accuracy, wrong labels per class, chrome lines hidden and report
// lines lost. Model blocks are mapped to corpus paragraph numbers by their text.
// Environment: PORTAL_READER_CORPUS (the corpus folder), PORTAL_READER_ANNOTATIONS.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { scoreFigures, type FigureScore, type LabelVerdict } from '../lib/core/figure-match';
import { readReport, type Reading } from '../lib/core/model';
import { loadPage } from '../lib/node/page-file';
import { FIXTURE_DIR } from '../tests/support/fixtures';

const REPO = resolve(import.meta.dirname, '..');

/** The corpus folder (holding gzbg-2026/ and pages/): $PORTAL_READER_CORPUS, else <repo>/../shared/corpus. */
export function corpusDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.PORTAL_READER_CORPUS || join(REPO, '..', 'shared', 'corpus'));
}

/** The annotations: $PORTAL_READER_ANNOTATIONS (while they are written elsewhere), else the repository's. */
export function annotationsDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.PORTAL_READER_ANNOTATIONS || join(REPO, 'tests', 'fixtures', 'corpus-annotations'));
}

// ---------------------------------------------------------------- pure helpers

/** Rows of a CSV file (RFC 4180: quoted fields, "" for a quote, newlines inside quotes; a leading BOM dropped). */
export function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const s = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && s[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  const [header, ...body] = rows.filter((r) => r.length > 1 || r[0]);
  if (!header) return [];
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

/** Paragraph N (1-based) is the N-th non-empty line of the text after trimming (the annotation format). */
export function corpusParagraphs(fullText: string): string[] {
  return fullText
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

const squash = (s: string) => s.replace(/[\s\u00a0\u3000]+/g, '');

/**
 * For each block of the reading, the corpus paragraph (1-based) it came from, or
 * null. A block equal to a paragraph (ignoring whitespace) takes the first such
 * paragraph at or after the last one taken (then anywhere); a block that is a
 * piece of a paragraph (the reader split it) takes the first paragraph holding it.
 */
export function mapBlocksToParagraphs(blocks: readonly string[], paragraphs: readonly string[]): (number | null)[] {
  const pars = paragraphs.map(squash);
  let cursor = 0;
  const find = (test: (p: string) => boolean): number => {
    for (let j = cursor; j < pars.length; j++) if (test(pars[j]!)) return j;
    for (let j = 0; j < cursor; j++) if (test(pars[j]!)) return j;
    return -1;
  };
  return blocks.map((b) => {
    const text = squash(b);
    if (!text) return null;
    let j = find((p) => p === text);
    if (j < 0) j = find((p) => p.includes(text));
    if (j < 0) return null;
    cursor = j;
    return j + 1;
  });
}

export interface ParagraphPresence {
  /** Annotated chrome paragraphs left out of the clean text. */
  chromeHidden: number;
  chromeTotal: number;
  /** Report paragraphs (not chrome) that are in neither the clean text nor the title. */
  reportLost: number[];
}

/**
 * Which paragraphs reached the clean text: those some block maps to. A report
 * paragraph equal to the reading's title counts as kept (the reader shows it as the title).
 */
export function paragraphPresence(
  paragraphs: readonly string[],
  blockParagraphs: readonly (number | null)[],
  chrome: readonly number[],
  title: string,
): ParagraphPresence {
  const kept = new Set(blockParagraphs.filter((n): n is number => n !== null));
  const chromeSet = new Set(chrome);
  const shownTitle = squash(title);
  const reportLost: number[] = [];
  paragraphs.forEach((p, i) => {
    const n = i + 1;
    if (!chromeSet.has(n) && !kept.has(n) && squash(p) !== shownTitle) reportLost.push(n);
  });
  return { chromeHidden: chrome.filter((n) => !kept.has(n)).length, chromeTotal: chrome.length, reportLost };
}

/** Headings per outline level, "L1 5 · L2 18 · L3 4". */
export function headingsByLevel(levels: readonly number[]): string {
  const counts = new Map<number, number>();
  for (const l of levels) counts.set(l, (counts.get(l) ?? 0) + 1);
  return [...counts.keys()]
    .sort((a, b) => a - b)
    .map((l) => `L${l} ${counts.get(l)}`)
    .join(' · ');
}

export type ChromeKind = 'toolbar' | 'font-size bar' | 'source/date/editor' | 'related links' | 'photo caption' | 'other';

/** The kind of a chrome line, to say which kinds stay in the clean text. */
export function chromeKind(line: string): ChromeKind {
  const s = line.trim();
  if (/^(下载|打印|全屏|收藏|打印本页|关闭窗口|分享[:：]?|扫一扫.*)$/.test(s)) return 'toolbar';
  if (/^(【(字号|字体)[:：]?|加大|还原|减小|大|中|小|】)$/.test(s)) return 'font-size bar';
  if (
    /^[（(]?(来源|信息来源|时间|发布时间|发布日期|编辑|责任编辑)\s*[:：]/.test(s) ||
    /^\d{4}[-年./]\d{1,2}[-月./]\d{1,2}日?(\s*\d{1,2}[:时]\d{2}分?(:\d{2})?)?$/.test(s)
  )
    return 'source/date/editor';
  if (/^相关(报道|附件|链接|阅读|文章)|^[0-9a-f]{16,}/.test(s)) return 'related links';
  if (/摄$|记者|作政府工作报告。?$/.test(s)) return 'photo caption';
  return 'other';
}

export interface FigureClasses {
  /** Missed figures the reader found with another span (a cut unit, a dropped qualifier). */
  spanDiffers: number;
  /** Missed figures with nothing read in their place. */
  notFound: number;
  /** Extra figures written in Chinese numerals only (ordinals, names, 零 in a word …). */
  chineseNumeral: number;
  /** Other extra figures, besides those paired with a miss. */
  otherExtra: number;
}

const sameSpan = (a: { text: string; value: number }, b: { text: string; value: number }) =>
  a.value === b.value || a.text.includes(b.text) || b.text.includes(a.text);

/** Misses and extras of one paragraph by class: a miss and an extra of one span pair up as 'span differs'. */
export function classifyFigures(
  missed: readonly { text: string; value: number }[],
  extra: readonly { text: string; value: number }[],
): FigureClasses {
  const paired = new Set<number>();
  let spanDiffers = 0;
  for (const m of missed) {
    const i = extra.findIndex((x, k) => !paired.has(k) && sameSpan(m, x));
    if (i >= 0) {
      paired.add(i);
      spanDiffers++;
    }
  }
  const rest = extra.filter((_, k) => !paired.has(k));
  const chineseNumeral = rest.filter((x) => !/[0-9０-９]/.test(x.text)).length;
  return { spanDiffers, notFound: missed.length - spanDiffers, chineseNumeral, otherExtra: rest.length - chineseNumeral };
}

// ---------------------------------------------------------------- templates

export interface Shell {
  name: string;
  document: Document;
  url: string;
  /** The article body box the texts are put in. */
  body: Element;
  /** Replaces the article's title and body; the reading runs on the same document. */
  fill(title: string, paragraphs: readonly string[]): void;
}

/** Selectors of portal CMS article bodies, for pages without content markers. */
const BODY_SELECTORS = ['#zoom', '.TRS_Editor', '.trs_editor_view', '#UCAP-CONTENT', '.article-content', '#content', '.content'];

/**
 * The article body of a portal page: the parent of the CMS content marker
 * (<meta name="ContentStart">, JCMS and TRS), else the first known body box.
 */
export function findBodyContainer(doc: Document): Element | null {
  const marker = [...doc.getElementsByTagName('meta')].find((m) => m.getAttribute('name') === 'ContentStart');
  if (marker?.parentElement && marker.parentElement.tagName !== 'HEAD') return marker.parentElement;
  for (const sel of BODY_SELECTORS) {
    const el = doc.querySelector(sel);
    if (el) return el;
  }
  return null;
}

/** The article's title as the page gives it: the ArticleTitle meta tag, else the <title> before the site name. */
export function findArticleTitle(doc: Document): string {
  const meta = [...doc.getElementsByTagName('meta')].find((m) => (m.getAttribute('name') ?? '').toLowerCase() === 'articletitle');
  const fromMeta = meta?.getAttribute('content')?.trim();
  if (fromMeta) return fromMeta;
  return (doc.title.split(/[_｜|]|\s[-–—]\s/)[0] ?? '').trim();
}

function textNodesOutside(root: Node, skip: Node): Text[] {
  const out: Text[] = [];
  const stack: Node[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (n === skip) continue;
    if (n.nodeType === 3) out.push(n as Text);
    for (let c = n.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return out;
}

/** A page made a template: its body box and every place its title is written (headings, <title>, meta tags). */
export function makeShell(name: string, document: Document, url: string): Shell | string {
  const body = findBodyContainer(document);
  if (!body) return `${name}: no article body found`;
  const oldTitle = findArticleTitle(document);
  if (!oldTitle) return `${name}: no article title found`;
  const titleTexts = textNodesOutside(document, body)
    .filter((t) => t.data.includes(oldTitle))
    .map((node) => ({ node, data: node.data }));
  const titleMetas = [...document.getElementsByTagName('meta')]
    .filter((m) => (m.getAttribute('content') ?? '').includes(oldTitle))
    .map((el) => ({ el, content: el.getAttribute('content')! }));
  // The old article's summary would describe another text.
  for (const m of document.getElementsByTagName('meta'))
    if (/^(description|keywords)$/i.test(m.getAttribute('name') ?? '')) m.setAttribute('content', '');
  return {
    name,
    document,
    url,
    body,
    fill(title, paragraphs) {
      for (const t of titleTexts) t.node.data = t.data.split(oldTitle).join(title);
      for (const m of titleMetas) m.el.setAttribute('content', m.content.split(oldTitle).join(title));
      while (body.firstChild) body.removeChild(body.firstChild);
      for (const line of paragraphs) {
        const p = document.createElement('p');
        p.textContent = line;
        body.appendChild(p);
      }
    },
  };
}

/** The page's own address: a leading <!--http…--> comment, its url meta tag, or its recorded address. */
function pageAddress(html: string, fallback: string): string {
  const comment = /^\s*<!--\s*(https?:\/\/[^\s>]+?)\s*-->/.exec(html);
  if (comment) return comment[1]!;
  const meta = /<meta[^>]+name=["']url["'][^>]*content=["']([^"']+)["']/i.exec(html);
  return meta ? meta[1]! : fallback;
}

function loadShells(corpus: string): { shells: Shell[]; problems: string[] } {
  const shells: Shell[] = [];
  const problems: string[] = [];
  const add = (name: string, file: string, url: string) => {
    const page = loadPage(file, url);
    const shell = makeShell(name, page.document, page.url);
    if (typeof shell === 'string') problems.push(shell);
    else shells.push(shell);
  };
  const pagesDir = join(corpus, 'pages');
  const real = existsSync(pagesDir) ? readdirSync(pagesDir).filter((f) => f.endsWith('.html')) : [];
  for (const f of real.sort()) {
    const html = readFileSync(join(pagesDir, f), 'utf8');
    add(`real:${f.replace(/\.html$/, '')}`, join(pagesDir, f), pageAddress(html, 'https://www.example.gov.cn/art/1.html'));
  }
  // The project's own shells: a B/TRS and an A/UCAP fixture page with their bodies replaced.
  for (const name of ['b-trs-004', 'a-ucap-000']) {
    const expected = JSON.parse(readFileSync(join(FIXTURE_DIR, `${name}.expected.json`), 'utf8')) as { url: string };
    add(`own:${name}`, join(FIXTURE_DIR, `${name}.html`), expected.url);
  }
  return { shells, problems };
}

// ---------------------------------------------------------------- the section

interface Annotation {
  file: string;
  paragraphCount: number;
  chrome: number[];
  paragraphs: { n: number; figures: { text: string; value: number; label: string }[] }[];
}

interface Report {
  province: string;
  file: string;
  title: string;
  paragraphs: string[];
  annotation: Annotation | null;
}

function loadReports(corpus: string, annotations: string): Report[] {
  const dir = join(corpus, 'gzbg-2026');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.csv'))
    .sort()
    .map((file) => {
      const [row] = parseCsv(readFileSync(join(dir, file), 'utf8'));
      const province = row?.province || file.split('_')[1] || file;
      const annotationFile = join(annotations, `${province}.json`);
      const annotation = existsSync(annotationFile) ? (JSON.parse(readFileSync(annotationFile, 'utf8')) as Annotation) : null;
      return { province, file, title: row?.title ?? '', paragraphs: corpusParagraphs(row?.full_text ?? ''), annotation };
    });
}

const VERDICTS: Exclude<LabelVerdict, 'right'>[] = ['bare-word', 'empty', 'verb-tail', 'clause', 'truncated', 'wrong-subject', 'markup'];

interface Tally {
  detected: number;
  reports: number;
  bodyFound: number;
  titleRight: number;
  annotatedParagraphs: number;
  expected: number;
  predicted: number;
  matched: number;
  labelsRight: number;
  lenientRight: number;
  chromeHidden: number;
  chromeTotal: number;
  reportLost: number;
  verdicts: Record<string, number>;
  chromeKept: Record<string, number>;
  figureClasses: FigureClasses;
  details: string[];
}

const newTally = (): Tally => ({
  detected: 0,
  reports: 0,
  bodyFound: 0,
  titleRight: 0,
  annotatedParagraphs: 0,
  expected: 0,
  predicted: 0,
  matched: 0,
  labelsRight: 0,
  lenientRight: 0,
  chromeHidden: 0,
  chromeTotal: 0,
  reportLost: 0,
  verdicts: {},
  chromeKept: {},
  figureClasses: { spanDiffers: 0, notFound: 0, chineseNumeral: 0, otherExtra: 0 },
  details: [],
});

function scoreAnnotated(report: Report, reading: Reading, tally: Tally): void {
  const annotation = report.annotation!;
  const where = (n: number) => `${report.province} ¶${n}`;
  if (annotation.paragraphCount !== report.paragraphs.length)
    tally.details.push(
      `    ! ${report.province}: annotation counts ${annotation.paragraphCount} paragraphs, the text has ${report.paragraphs.length}`,
    );
  const blockPars = mapBlocksToParagraphs(
    reading.blocks.map((b) => b.text),
    report.paragraphs,
  );
  const presence = paragraphPresence(report.paragraphs, blockPars, annotation.chrome, reading.model.title);
  tally.chromeHidden += presence.chromeHidden;
  tally.chromeTotal += presence.chromeTotal;
  tally.reportLost += presence.reportLost.length;
  const shown = new Set(blockPars);
  for (const n of annotation.chrome) {
    if (!shown.has(n)) continue;
    const kind = chromeKind(report.paragraphs[n - 1]!);
    tally.chromeKept[kind] = (tally.chromeKept[kind] ?? 0) + 1;
    tally.details.push(`    chrome kept  ${where(n)} (${kind}): 「${report.paragraphs[n - 1]!.slice(0, 30)}」`);
  }
  for (const n of presence.reportLost) tally.details.push(`    line lost    ${where(n)}: 「${report.paragraphs[n - 1]!.slice(0, 30)}」`);
  for (const para of annotation.paragraphs) {
    tally.annotatedParagraphs++;
    const predicted = reading.model.figures.filter((f) => blockPars[f.block] === para.n);
    const strict: FigureScore = scoreFigures(predicted, para.figures, { labels: 'strict' });
    const lenient = scoreFigures(predicted, para.figures);
    tally.expected += strict.expected;
    tally.predicted += strict.predicted;
    tally.matched += strict.matched;
    tally.labelsRight += strict.labelsRight;
    tally.lenientRight += lenient.labelsRight;
    const classes = classifyFigures(strict.missed, strict.extra);
    for (const k of Object.keys(classes) as (keyof FigureClasses)[]) tally.figureClasses[k] += classes[k];
    for (const m of strict.missed) tally.details.push(`    missed       ${where(para.n)}: ${m.text} (${m.label})`);
    for (const x of strict.extra) tally.details.push(`    extra        ${where(para.n)}: ${x.text} (${x.label})`);
    for (const w of strict.wrongLabels) {
      tally.verdicts[w.verdict] = (tally.verdicts[w.verdict] ?? 0) + 1;
      tally.details.push(`    label ${w.verdict.padEnd(13)} ${where(para.n)}: ${w.text} got 「${w.got}」, expected 「${w.expected}」`);
    }
  }
}

/** Other text a box around the article box may hold and still be the body (an editor line, a date). */
const AROUND_BODY_CHARS = 100;

/** The reading's body is the article box, or a box around it holding little other text. */
function sameBox(container: Element | null, body: Element): boolean {
  if (!container) return false;
  return (
    container === body ||
    (container.contains(body) && squash(container.textContent ?? '').length - squash(body.textContent ?? '').length <= AROUND_BODY_CHARS)
  );
}

const ratio = (a: number, b: number) => (b ? a / b : 1);
const fixed = (x: number) => x.toFixed(3);

export function runCorpusSection(options: { verbose: boolean; log?: (line: string) => void }): void {
  const log = options.log ?? console.log;
  const corpus = corpusDir();
  if (!existsSync(join(corpus, 'gzbg-2026'))) {
    log(
      `\nReal corpus: skipped, no ${join(corpus, 'gzbg-2026')} (a fresh clone has no ../shared; set PORTAL_READER_CORPUS to the corpus folder).`,
    );
    return;
  }
  const annotations = annotationsDir();
  const reports = loadReports(corpus, annotations);
  const { shells, problems } = loadShells(corpus);
  const annotated = reports.filter((r) => r.annotation);
  log(`\n== Real corpus: ${reports.length} reports × ${shells.length} templates (${corpus})`);
  for (const p of problems) log(`  template left out: ${p}`);
  if (!annotated.length) log(`  no annotations in ${annotations}: figures and chrome are not scored`);
  else
    log(
      `  annotations: ${annotated.length} texts, ${annotated.reduce((n, r) => n + r.annotation!.paragraphs.length, 0)} paragraphs (${annotations})`,
    );

  const tallies = new Map(shells.map((s) => [s.name, newTally()]));
  const rows: string[] = [];
  const refusals: string[] = [];
  for (const report of reports) {
    const cells: string[] = [];
    for (const shell of shells) {
      shell.fill(report.title, report.paragraphs);
      const reading = readReport(shell.document, shell.url);
      const { model } = reading;
      const tally = tallies.get(shell.name)!;
      tally.reports++;
      if (model.isReport) tally.detected++;
      if (sameBox(reading.container, shell.body)) tally.bodyFound++;
      if (model.title === report.title) tally.titleRight++;
      else refusals.push(`  ${report.province} in ${shell.name}: not a report — ${model.reasons.join('; ')}`);
      cells.push(
        `${model.isReport ? 'yes' : 'NO '} ${headingsByLevel(model.outline.map((e) => e.level)).padEnd(22)} ${String(model.figures.length).padStart(4)}`,
      );
      if (report.annotation) scoreAnnotated(report, reading, tally);
    }
    rows.push(`  ${report.province.padEnd(9, '　')} ${cells.join(' | ')}`);
  }

  log(`\nPer report (detected? · headings by level · figures found), templates: ${shells.map((s) => s.name).join(' | ')}`);
  for (const r of rows) log(r);
  if (refusals.length) {
    log('\nNot detected, with the reasons shown:');
    for (const r of refusals) log(r);
  }

  log('\nPer template. body: readings whose body is the article box (or a box around it with ≤ 100 characters of other text);');
  log("title: readings showing the text's title; paras/exp/pred: annotated paragraphs, figures annotated, figures read there.");
  log(
    `Aims: detection ${reports.length}/${reports.length}; precision, recall ≥ 0.97; strict labels ≥ 0.95; chrome hidden ≥ 0.98 with 0 report lines lost.`,
  );
  log(
    `  ${'template'.padEnd(32)} detected   body  title  paras  exp  pred  precision  recall  strict  lenient  chrome hidden   lines lost`,
  );
  for (const shell of shells) {
    const t = tallies.get(shell.name)!;
    log(
      `  ${shell.name.padEnd(32)} ${`${t.detected}/${t.reports}`.padStart(8)} ${`${t.bodyFound}`.padStart(6)} ${`${t.titleRight}`.padStart(6)} ${String(t.annotatedParagraphs).padStart(6)} ${String(t.expected).padStart(4)} ${String(t.predicted).padStart(5)} ${fixed(ratio(t.matched, t.predicted)).padStart(10)} ${fixed(ratio(t.matched, t.expected)).padStart(7)} ${fixed(ratio(t.labelsRight, t.matched)).padStart(7)} ${fixed(ratio(t.lenientRight, t.matched)).padStart(8)} ${`${fixed(ratio(t.chromeHidden, t.chromeTotal))} (${t.chromeHidden}/${t.chromeTotal})`.padStart(16)} ${String(t.reportLost).padStart(11)}`,
    );
  }
  log('\nWrong labels per class (strict rule, lib/core/figure-match.ts strictLabelVerdict):');
  log(`  ${'template'.padEnd(32)} ${VERDICTS.map((v) => v.padStart(14)).join('')}`);
  for (const shell of shells) {
    const t = tallies.get(shell.name)!;
    log(`  ${shell.name.padEnd(32)} ${VERDICTS.map((v) => String(t.verdicts[v] ?? 0).padStart(14)).join('')}`);
  }
  log('\nFigure misses and extras per class (span differs: missed and read with another span, a miss and an extra each):');
  log(`  ${'template'.padEnd(32)}  span differs  missed, none read  extra, Chinese numerals  extra, other`);
  for (const shell of shells) {
    const c = tallies.get(shell.name)!.figureClasses;
    log(
      `  ${shell.name.padEnd(32)} ${String(c.spanDiffers).padStart(13)} ${String(c.notFound).padStart(18)} ${String(c.chineseNumeral).padStart(24)} ${String(c.otherExtra).padStart(14)}`,
    );
  }
  const kinds: ChromeKind[] = ['toolbar', 'font-size bar', 'source/date/editor', 'related links', 'photo caption', 'other'];
  log('\nChrome lines kept in the clean text, by kind:');
  log(`  ${'template'.padEnd(32)} ${kinds.map((k) => k.padStart(20)).join('')}`);
  for (const shell of shells) {
    const t = tallies.get(shell.name)!;
    log(`  ${shell.name.padEnd(32)} ${kinds.map((k) => String(t.chromeKept[k] ?? 0).padStart(20)).join('')}`);
  }
  if (options.verbose) {
    for (const shell of shells) {
      const t = tallies.get(shell.name)!;
      log(`\n-- ${shell.name}: misses, extras, wrong labels, chrome kept, report lines lost`);
      for (const d of t.details) log(d);
    }
  }
}
