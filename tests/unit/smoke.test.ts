import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
describe('dom', () => {
  it('parses', () => {
    const { document } = parseHTML('<html><body><p>一、</p></body></html>');
    expect(document.querySelector('p')?.textContent).toBe('一、');
  });
});
