/**
 * Every fixture in every byte form bau-cu must read: decodeBytes then
 * normalizeText gives back normalizeText(seed), and `encoding` names the form.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/normalize/chars.js';
import { decodeBytes } from '../../src/read/decode.js';
import { encodeAs, expectedEncoding, expectedText, fidelity, VARIANTS } from '../support/legacy-encode.js';

const dir = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const seeds = readdirSync(dir)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => [name, readFileSync(dir + name, 'utf8')] as const);

/** Share of whitespace-separated words that differ. */
function wordErrorRate(actual: string, expected: string): number {
  const a = actual.split(/\s+/);
  const b = expected.split(/\s+/);
  let wrong = Math.abs(a.length - b.length);
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) wrong++;
  return wrong / b.length;
}

describe.each(seeds)('%s', (_name, seed) => {
  it('is a document worth testing (non-trivial, Vietnamese)', () => {
    expect(seed.length).toBeGreaterThan(2000);
    expect(seed).toMatch(/[ạ-ỹ]/u);
  });

  const crlf = seed.replace(/\n/g, '\r\n');
  const cases = VARIANTS.flatMap((variant) => [[variant, 'LF', seed] as const, [variant, 'CRLF', crlf] as const]);

  it.each(cases)('round-trips through %s with %s line breaks', (variant, _breaks, source) => {
    const decoded = decodeBytes(encodeAs(source, variant));
    expect(decoded.encoding).toBe(expectedEncoding(variant));
    expect(decoded.confidence).toBe('high');
    const actual = normalizeText(decoded.text);
    const expected = normalizeText(expectedText(source, variant));
    switch (fidelity(variant)) {
      case 'exact':
        expect(actual).toBe(expected);
        break;
      case 'case':
        // ABC has no accented capitals. restoreCapitals gets back upper-case words ("CỘNG HÒA")
        // and sentence starts, not a capital inside a sentence ("Chủ tịch Ủy ban" keeps "ủy",
        // 26 of the 28 words left in the five fixtures): compare ignoring case.
        expect(actual.toLowerCase()).toBe(expected.toLowerCase());
        expect(wordErrorRate(actual, expected)).toBeLessThan(0.02);
        break;
      case 'lossy':
        expect(actual.split('\n')).toHaveLength(expected.split('\n').length);
        expect(wordErrorRate(actual.toLowerCase(), expected.toLowerCase())).toBeLessThan(0.01);
        break;
    }
  });
});
