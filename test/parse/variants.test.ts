/**
 * Issue 5, done when: each seed document parses to the same document,
 * tasks and deadlines whatever form its bytes arrive in — another Unicode
 * encoding, a legacy 8-bit encoding, NFD text, CRLF line breaks, or PDF
 * text hard-wrapped at 70 columns with a blank line after every visual line.
 *
 * Compared on a projection: without `source`, line and column numbers
 * (`document.lines` too), and with the whitespace inside tasks collapsed
 * (their text, and the assignee names read from it: "Nguyễn Cao\n Ngọc"
 * when a blank line separates the halves of a wrapped name). A legacy form that cannot carry some characters is compared
 * through foldLosses, which folds exactly those (TCVN3 ABC: the case of the
 * capitals it has no code for) and nothing else.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDocument, type ParsedDocument } from '../../src/index.js';
import { encodeAs, expectedText, fidelity, foldLosses, type Variant } from '../support/legacy-encode.js';
import { crlf, hardWrap } from '../support/variants.js';

const dir = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const seeds = readdirSync(dir)
  .filter((name) => /^seed-.*\.txt$/u.test(name))
  .sort()
  .map((name) => [name, readFileSync(dir + name, 'utf8')] as const);

interface Form {
  name: string;
  /** The bytes of the document in this form. */
  bytes: (text: string) => Uint8Array;
  /** `source.encoding` the decoder must report. */
  encoding: string;
  /** The byte form, whose losses foldLosses states (none for the Unicode ones). */
  variant: Variant;
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

const FORMS: readonly Form[] = [
  { name: 'UTF-8 with BOM', bytes: (t) => encodeAs(t, 'utf-8-bom'), encoding: 'utf-8-bom', variant: 'utf-8-bom' },
  { name: 'UTF-16 LE', bytes: (t) => encodeAs(t, 'utf-16le'), encoding: 'utf-16le', variant: 'utf-16le' },
  { name: 'Windows-1258', bytes: (t) => encodeAs(t, 'windows-1258'), encoding: 'windows-1258', variant: 'windows-1258' },
  { name: 'TCVN3', bytes: (t) => encodeAs(t, 'tcvn3'), encoding: 'tcvn3', variant: 'tcvn3' },
  { name: 'VNI', bytes: (t) => encodeAs(t, 'vni'), encoding: 'vni', variant: 'vni' },
  { name: 'NFD text', bytes: (t) => encodeAs(t, 'utf-8-nfd'), encoding: 'utf-8', variant: 'utf-8-nfd' },
  { name: 'CRLF line breaks', bytes: (t) => utf8(crlf(t)), encoding: 'utf-8', variant: 'utf-8' },
  {
    name: 'hard-wrapped at 70 columns, blank line between',
    bytes: (t) => utf8(hardWrap(t, 70, true)),
    encoding: 'utf-8',
    variant: 'utf-8',
  },
];

/** Keys that hold positions in the decoded text, which a re-wrapped document moves. */
const POSITION_KEYS = new Set(['line', 'column', 'lines']);

/** The parse result without what may differ between forms of one document. */
function projection(parsed: ParsedDocument, fold: (s: string) => string) {
  const strip = (value: unknown): unknown => {
    if (typeof value === 'string') return fold(value);
    if (Array.isArray(value)) return value.map(strip);
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value).filter(([key]) => !POSITION_KEYS.has(key)).map(([key, v]) => [key, strip(v)]),
      );
    }
    return value;
  };
  // Inside a task, whitespace is layout: a wrapped line may join with "\n" or " ".
  const collapse = (value: unknown): unknown =>
    typeof value === 'string' ? value.replace(/\s+/gu, ' ').trim()
      : Array.isArray(value) ? value.map(collapse)
        : value !== null && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, collapse(v)]))
          : value;
  return {
    document: strip(parsed.document),
    tasks: parsed.tasks.map((task) => strip(collapse(task))),
    deadlines: strip(parsed.deadlines),
  };
}

describe.each(seeds)('%s', (_name, seed) => {
  const original = parseDocument(utf8(seed));

  it('is a document the parser reads (else the comparisons prove nothing)', () => {
    expect(original.source.encoding).toBe('utf-8');
    expect(original.document.type).not.toBeNull();
    expect(original.tasks.length + original.deadlines.length).toBeGreaterThan(0);
  });

  it.each(FORMS)('parses the same as $name', (form) => {
    const parsed = parseDocument(form.bytes(seed));
    expect(parsed.source.encoding).toBe(form.encoding);
    // The form carries every character of the seed, up to what foldLosses folds (TCVN3 ABC:
    // the case of the capitals it has no code for); nothing is lost for good.
    expect(expectedText(seed, form.variant)).toBe(seed.normalize('NFC'));
    expect(fidelity(form.variant)).not.toBe('lossy');
    const fold = (s: string): string => foldLosses(s, form.variant);
    expect(projection(parsed, fold)).toEqual(projection(original, fold));
  });
});
