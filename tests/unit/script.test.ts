import { describe, expect, it } from 'vitest';
import { countScriptChars, detectScript, SCRIPT_CHARS } from '../../lib/core/script';
import { allSeeds } from '../support/seeds';

const seeds = allSeeds();

describe('detectScript', () => {
  it('finds the seeds: 002 Traditional, the others Simplified', () => {
    expect(seeds.length).toBeGreaterThanOrEqual(5);
    for (const { name, text } of seeds) {
      expect(detectScript(text), name).toBe(name.startsWith('002') ? 'traditional' : 'simplified');
    }
  });

  it('counts no character of the other script in the seeds', () => {
    // The lists leave out 于 余 范 干 并 台 …, which the Traditional seed keeps.
    for (const { name, text } of seeds) {
      const c = countScriptChars(text, Infinity);
      if (name.startsWith('002')) expect(c.simplified, name).toBe(0);
      else expect(c.traditional, name).toBe(0);
    }
  });

  it('calls a text with both scripts in substantial amounts mixed', () => {
    expect(detectScript('这个国家的发展与时代' + '這個國家的發展與時代')).toBe('mixed');
    const s = seeds.find((x) => x.name.startsWith('000'))!.text.slice(0, 2000);
    const t = seeds.find((x) => x.name.startsWith('002'))!.text.slice(0, 2000);
    expect(detectScript(s + t)).toBe('mixed');
  });

  it('is not thrown by a few characters of the other script', () => {
    expect(detectScript('2023年，區政府坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻党的二十大精神')).toBe('simplified');
    expect(detectScript('堅持以習近平新時代中國特色社会主義思想為指導，深入學習貫徹黨的二十大精神')).toBe('traditional');
  });

  it('calls text with no marked characters Simplified', () => {
    expect(detectScript('')).toBe('simplified');
    expect(detectScript('Annual report 2023 (PDF)')).toBe('simplified');
    expect(detectScript('一、二、三 人口 中心')).toBe('simplified');
  });

  it('reads only the start of a long text', () => {
    const t = seeds.find((x) => x.name.startsWith('002'))!.text;
    const s = seeds.find((x) => x.name.startsWith('000'))!.text;
    expect(detectScript(t.repeat(4) + s.repeat(20))).toBe('traditional');
  });

  it('keeps compact lists of CJK characters, none in both', () => {
    const simp = [...SCRIPT_CHARS.simplified];
    const trad = [...SCRIPT_CHARS.traditional];
    expect(simp.length).toBeGreaterThanOrEqual(150);
    expect(simp.length).toBeLessThanOrEqual(300);
    expect(new Set(simp).size).toBe(simp.length);
    for (const c of [...simp, ...trad]) expect(/^[\u4e00-\u9fff]$/.test(c), c).toBe(true);
    expect(simp.filter((c) => trad.includes(c))).toEqual([]);
    for (const c of '这国发会为与说时们个门开关进现实务区县办设') expect(simp, c).toContain(c);
    for (const c of '這國發會為爲與說時們個門開關進現實務區縣辦設') expect(trad, c).toContain(c);
  });
});
