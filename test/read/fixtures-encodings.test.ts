/**
 * Every fixture in every byte form bau-cu must read: decodeBytes then
 * normalizeText gives back normalizeText(expectedText(seed)), up to what the
 * form cannot carry (foldLosses), and `encoding` names the form.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/normalize/chars.js';
import { decodeBytes } from '../../src/read/decode.js';
import { encodeAs, expectedEncoding, expectedText, fidelity, foldLosses, VARIANTS } from '../support/legacy-encode.js';

const dir = fileURLToPath(new URL('../../fixtures/', import.meta.url));
// The UTF-8 fixtures, each re-encoded below; a fixture stored in another encoding (UTF-16,
// Windows-1258) tests its own bytes through the golden and eval tests.
const UTF8 = new TextDecoder('utf-8', { fatal: true });
const seeds = readdirSync(dir)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .flatMap((name) => {
    try {
      return [[name, UTF8.decode(readFileSync(dir + name))] as const];
    } catch {
      return [];
    }
  });

/** Share of whitespace-separated words that differ. */
function wordErrorRate(actual: string, expected: string): number {
  const a = actual.split(/\s+/);
  const b = expected.split(/\s+/);
  let wrong = Math.abs(a.length - b.length);
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) wrong++;
  return wrong / b.length;
}

/** Emoji, their variation selector and keycap mark, arrows, dingbats and other pictographs. */
const PICTOGRAPHS = /[\u{1F000}-\u{1FFFF}\u2190-\u2BFF\uFE0F\u20E3\u203C\u2049]/u;
/** "Đ Ả N G   C Ộ N G": a scan's letter-spaced heading. */
const SCANNED_CAPITALS = /(?:\p{Lu} ){3}\p{Lu}/u;
/**
 * "b— Chỉ đạo": a dash glued to a letter, as OCR reads a label. TCVN3 has a letter at the
 * dash's byte ("bộ"), so no text typed in that font holds it.
 */
const DASH_AFTER_LETTER = /^\p{L}[\u2013\u2014]\s/mu;

/** "CỘNG H0À", "16 giờ OO": a scanner's zero for O and its O for zeros (read back by normalizeText). */
const OCR_ZERO = /\p{Lu}0\p{Lu}|\d\s?giờ\s?OO/u;

/** Words with a letter only Vietnamese uses: the evidence a detector reads. */
const VIETNAMESE_WORD = /[\p{L}]*[ăâđêôơưĂÂĐÊÔƠƯ\u1ea0-\u1ef9][\p{L}]*/gu;

describe.each(seeds)('%s', (_name, seed) => {
  it('is a document worth testing: a page of Vietnamese, not a phrase', () => {
    // Short real documents (a one-paragraph công văn) count; a title alone does not.
    expect(seed.length).toBeGreaterThanOrEqual(300);
    // At least a line's worth of words that only Vietnamese spells, the evidence a
    // legacy reading needs before decodeBytes may say 'high'.
    expect(seed.normalize('NFC').match(VIETNAMESE_WORD)?.length ?? 0).toBeGreaterThanOrEqual(30);
  });

  // A text pasted from a chat app (emoji) or read off a scan by OCR (capitals set letter by
  // letter, misspelt syllables, dashes glued to labels, zeros for O) is Unicode by birth: no one typed it in a legacy font, so only
  // the Unicode forms of it are read back.
  const unicodeBorn = PICTOGRAPHS.test(seed) || SCANNED_CAPITALS.test(seed) || DASH_AFTER_LETTER.test(seed) || OCR_ZERO.test(seed);
  const crlf = seed.replace(/\n/g, '\r\n');
  const cases = VARIANTS.filter((variant) => !unicodeBorn || variant.startsWith('utf-')).flatMap((variant) => [
    [variant, 'LF', seed] as const,
    [variant, 'CRLF', crlf] as const,
  ]);

  it.each(cases)('round-trips through %s with %s line breaks', (variant, _breaks, source) => {
    const decoded = decodeBytes(encodeAs(source, variant));
    expect(decoded.encoding).toBe(expectedEncoding(variant));
    expect(decoded.confidence).toBe('high');
    const actual = normalizeText(decoded.text);
    const expected = normalizeText(expectedText(source, variant));
    // Everything the variant can carry comes back exactly.
    expect(foldLosses(actual, variant)).toBe(foldLosses(expected, variant));
    switch (fidelity(variant)) {
      case 'exact':
        expect(actual).toBe(expected);
        break;
      case 'case':
        // restoreCapitals gets back upper-case words ("CỘNG HÒA") and sentence starts, not a
        // capital inside a sentence ("Chủ tịch Ủy ban" keeps "ủy"): few words may differ.
        expect(wordErrorRate(actual, expected)).toBeLessThan(0.02);
        break;
      case 'lossy':
        // Words that lost their ư for good ("mưa" → "ma"), VN1 capitals read as punctuation.
        expect(wordErrorRate(actual.toLowerCase(), expected.toLowerCase())).toBeLessThan(0.01);
        break;
    }
  });
});
