// The always-on script is what every portal page pays for: its size is a budget
// (deterministic, so it may be a test), and the heavy parts must not be in it.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from '../support/browser';

const file = (name: string) => join(EXTENSION_DIR, name);

describe('built bundles', () => {
  it('keeps the always-on content script within 15 KB', () => {
    expect(statSync(file('content-scripts/detector.js')).size).toBeLessThanOrEqual(15 * 1024);
  });

  it('keeps Readability, the figures code and the OpenCC dictionaries out of the always-on script', () => {
    const detector = readFileSync(file('content-scripts/detector.js'), 'utf8');
    expect(detector).not.toContain('Readability');
    expect(detector).not.toContain('一了百了'); // a line of the OpenCC phrase dictionary
    expect(detector).not.toContain('个百分点');
    // The reader has the reading code but not the dictionaries; the converters have them.
    expect(readFileSync(file('reader.js'), 'utf8')).not.toContain('一了百了');
    expect(readFileSync(file('converter.js'), 'utf8')).toContain('一了百了');
  });

  it('asks V8 to compile the reader when it loads: all of it runs on the first reading', () => {
    expect(readFileSync(file('reader.js'), 'utf8').startsWith('//# allFunctionsCalledOnLoad\n')).toBe(true);
    // The always-on script stays lazy: on most pages it stops after a few functions.
    expect(readFileSync(file('content-scripts/detector.js'), 'utf8')).not.toContain('allFunctionsCalledOnLoad');
  });

  it('gives each direction of conversion a script with its own dictionaries only', () => {
    // An entry of t2cn's TSPhrases, and one of cn2t's STPhrases.
    const toTraditional = readFileSync(file('converter.js'), 'utf8');
    const toSimplified = readFileSync(file('converter-simplified.js'), 'utf8');
    expect(toSimplified).toContain('乾乾淨淨 干干净净');
    expect(toSimplified).not.toContain('一了百了');
    expect(toTraditional).not.toContain('乾乾淨淨 干干净净');
    expect(statSync(file('converter-simplified.js')).size).toBeLessThan(statSync(file('converter.js')).size / 4);
  });

  it('leaves the portal knowledge’s provenance (families, fixture pages) out of the built scripts', () => {
    // The entries themselves are there (a body container the reader looks for)…
    expect(readFileSync(file('reader.js'), 'utf8')).toContain('.wip_art_con');
    // …but not the fixture pages that show them, which are for the meta-test.
    for (const name of ['content-scripts/detector.js', 'reader.js']) {
      const code = readFileSync(file(name), 'utf8');
      expect(code, name).not.toMatch(/c-hanweb-widgets|a-ucap-000|fixtures:/);
    }
  });
});
