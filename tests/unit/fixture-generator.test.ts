// The fixture generator (scripts/fixtures) reproduces every committed page made
// from a seed, byte for byte, and the `figures` of its expected file; every page
// in the folder is either generated or listed as hand-written.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkFigures, checkPage, describeDifference, PAGES, unaccountedPages } from '../../scripts/fixtures/check';
import { expectedFigures } from '../../scripts/fixtures/figures';
import { HAND_WRITTEN, RECIPES } from '../../scripts/fixtures/recipes';
import { markerType, pageBytes, renderBody, type Recipe } from '../../scripts/fixtures/render';

describe.each(RECIPES.map((r) => [r.name, r] as const))('generated page %s', (_name, recipe) => {
  it('is the committed file, byte for byte', () => {
    expect(checkPage(recipe), 'regenerated page differs (npm run fixtures -- --check)').toBeNull();
  });

  it('shows the title and metadata its expected file gives', () => {
    const expected = JSON.parse(readFileSync(`${PAGES}${recipe.name}.expected.json`, 'utf8')) as {
      title: string;
      meta: Record<string, string>;
    };
    expect(recipe.title).toBe(expected.title);
    for (const [field, value] of Object.entries(recipe.meta ?? {})) expect(expected.meta[field], field).toBe(value);
  });

  it("has the seed's figures of its paragraphs in its expected file", () => {
    expect(checkFigures(recipe), 'expected figures differ from the seed annotations').toBeNull();
  });
});

describe('fixture generator', () => {
  it('accounts for every page in tests/fixtures/pages', () => {
    expect(unaccountedPages()).toEqual({ unlisted: [], missing: [] });
  });

  it('generates every report page made from a seed and hand-writes the rest', () => {
    expect(RECIPES.length).toBe(18);
    expect(HAND_WRITTEN).toContain('g-generic-xxgk-2023');
    expect(RECIPES.map((r) => r.name).filter((name) => HAND_WRITTEN.includes(name))).toEqual([]);
  });

  it('reports a changed page with the place of the first difference', () => {
    const recipe = RECIPES.find((r) => r.name === 'b-cq-trs-000')!;
    const changed: Recipe = { ...recipe, edits: [] };
    const summary = checkPage(changed);
    expect(summary).toMatch(/^first difference at line \d+, column \d+/);
    expect(summary).toContain('<span>105</span>');
  });

  it('describes a difference with both sides around it', () => {
    expect(describeDifference('a\nb\nc', 'a\nb\nc')).toBeNull();
    const summary = describeDifference('a\nbXc\nd', 'a\nbYc\nd')!;
    expect(summary).toContain('line 2, column 2 (1 lines differ');
    expect(summary).toContain('committed: "bXc"');
    expect(summary).toContain('generated: "bYc"');
  });

  it('refuses an edit that does not find its text', () => {
    const recipe = RECIPES.find((r) => r.name === 'c-hanweb-003-t')!;
    const broken: Recipe = { ...recipe, edits: [{ name: 'nothing there', find: 'no such text', replace: '' }] };
    expect(() => renderBody(broken)).toThrow(/nothing there/);
  });

  it('reads marker types as docs/report-model.md §3 names them', () => {
    expect(markerType('一、指导思想')).toBe('top');
    expect(markerType('(二)加强')).toBe('paren');
    expect(markerType('（二）加强')).toBe('paren');
    expect(markerType('3.推进')).toBe('num');
    expect(markerType('一是加强')).toBe('none');
  });

  it('rewrites markers and converts the script as the recipe says', () => {
    const base: Recipe = { name: 't', seed: '004', title: '', paras: [6, 9, 12], para: '<p>{}</p>' };
    const starts = (body: string) => body.split('\n').map((line) => line.slice('<p>'.length, '<p>'.length + 6));
    expect(starts(renderBody(base))).toEqual(['一、指导思想', '(一)加强组', '1.开展法治']);
    const rewritten = renderBody({ ...base, convert: 'cn2tw', markers: { top: 'parts', paren: 'fullwidth', num: '．' } });
    expect(starts(rewritten)).toEqual(['第一部分　指', '（一）加強組', '1．開展法治']);
  });

  it('encodes the GBK page as GBK bytes', () => {
    const recipe = RECIPES.find((r) => r.encoding === 'gbk')!;
    const bytes = pageBytes(recipe);
    expect(new TextDecoder('gb18030').decode(bytes)).toContain('外冈镇');
    expect(bytes.includes(Buffer.from('外冈镇', 'utf8'))).toBe(false);
  });

  it('keeps only the figures of an excerpt’s paragraphs', () => {
    const short = RECIPES.find((r) => r.name === 'f-suzhou-004-short')!;
    const full = RECIPES.find((r) => r.name === 'b-trs-004')!;
    expect(expectedFigures(short).length).toBeLessThan(expectedFigures(full).length);
    expect(expectedFigures(short).length).toBeGreaterThan(0);
  });
});
