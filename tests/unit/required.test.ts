import { describe, expect, it } from 'vitest';
import { buildOutline, sectionPaths } from '../../lib/core/outline';
import { requiredContents } from '../../lib/core/required';
import { reportYear, timeliness } from '../../lib/core/timeliness';
import type { Block } from '../../lib/core/types';
import { seedParagraphs } from '../support/seeds';

function findings(seed: string) {
  const paragraphs = seedParagraphs(seed);
  const blocks: Block[] = paragraphs.map((text) => ({ text, tag: 'p', bold: false, boldLead: 0, centered: false, heading: false }));
  const { entries } = buildOutline(blocks);
  return requiredContents(entries, paragraphs, sectionPaths(paragraphs.length, entries));
}

const where = (seed: string) => findings(seed).map((f) => f.where);

describe('required contents in the seed reports', () => {
  it('000 gives contents 1–4 as parts of their own', () => {
    expect(where('000').slice(0, 4)).toEqual(['part', 'part', 'part', 'part']);
    expect(findings('000')[2]!.evidence).toBe('二、党政主要负责人履行推进法治建设第一责任人职责情况');
  });

  it('003 does not report the leaders’ duty (content 3)', () => {
    const f = findings('003');
    expect(f[2]).toMatchObject({ found: false, where: null });
    expect(f.filter((x) => x.found).map((x) => x.content)).toEqual([1, 2, 4]);
  });

  it('001, 002 and 004 give the leaders’ duty inside a section', () => {
    for (const seed of ['001', '002', '004']) {
      const f = findings(seed)[2]!;
      expect(f.found, seed).toBe(true);
      expect(['subsection', 'sentence'], seed).toContain(f.where);
      expect(f.section.startsWith('一、') || f.section.startsWith('二、'), seed).toBe(true);
    }
    // 002 names the duty as a failing in its shortcomings part too: that is not where it is reported.
    expect(findings('002')[2]!.section).toMatch(/^一、/);
  });

  it('finds the main measures, shortcomings and next year’s plans under their many wordings', () => {
    for (const seed of ['000', '001', '002', '003', '004']) {
      const f = findings(seed);
      expect([f[0]!.found, f[1]!.found, f[3]!.found], seed).toEqual([true, true, true]);
    }
    expect(findings('002')[3]!.evidence).toBe('三、下步工作打算');
    expect(findings('003')[3]!.evidence).toBe('三、下一步法治政府建设工作的改进措施');
  });
});

describe('timeliness', () => {
  it('reads the year from the title or the opening', () => {
    expect(reportYear('关于2022年法治政府建设情况的报告', '')).toBe(2022);
    expect(reportYear('法治政府建设年度报告', '2024年，在区委、区政府的正确领导下')).toBe(2024);
    expect(reportYear('法治政府建设年度报告', '我街道紧紧围绕')).toBeNull();
  });

  it('is on time up to 31 March of the following year', () => {
    expect(timeliness('2023年度法治政府建设工作报告', '', '2024-03-31').status).toBe('on-time');
    expect(timeliness('2023年度法治政府建设工作报告', '', '2024-04-01').status).toBe('late');
    expect(timeliness('关于2022年法治政府建设情况的报告', '', '2023-06-12')).toEqual({
      year: 2022,
      published: '2023-06-12',
      due: '2023-03-31',
      status: 'late',
      problems: [],
    });
    expect(timeliness('2023年度法治政府建设工作报告', '', '').status).toBe('unknown');
  });
});
