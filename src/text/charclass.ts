/**
 * Unicode property escapes without their compile cost.
 *
 * V8 spends 0.1–0.9 ms compiling each `\p{L}`, `\p{Lu}`, `\p{Ll}`, `\p{M}` or `\p{N}` in a
 * pattern: it builds the category over all of Unicode, astral planes included, and a
 * pattern pays for it again at every occurrence. The parser's patterns hold about 150 of
 * them, which was 15–20 ms of a cold `bau-cu parse` of one page. The same class written
 * as code-point ranges over the blocks Vietnamese text is written in (Latin, Greek and
 * Cyrillic, U+0000–U+052F, and Latin Extended Additional, U+1E00–U+1EFF) compiles in
 * about 0.01–0.05 ms.
 *
 * `px(re)` returns `re` with every such escape replaced by those ranges, so patterns keep
 * the readable `\p{…}` form. The difference: a letter, mark or digit outside these blocks
 * (Chinese, Arabic, fullwidth Latin) no longer counts as one. Vietnamese administrative
 * text has none of them in the places these patterns look at (word boundaries, capitals,
 * symbols), and where one appears it is treated like punctuation.
 *
 * The ranges are generated (scripts/gen-charclass.mjs) and checked against `\p{…}` code
 * point by code point by test/text/charclass.test.ts.
 */
import { L_RANGES, LL_RANGES, LU_RANGES, M_RANGES, N_RANGES } from './charclass-data.js';

export { L_RANGES, LL_RANGES, LU_RANGES, M_RANGES, N_RANGES };

const RANGES: Readonly<Record<string, string>> = { L: L_RANGES, Lu: LU_RANGES, Ll: LL_RANGES, M: M_RANGES, N: N_RANGES };

/** A property escape, any other escape, or a bracket. */
const PIECE = /\\p\{(\w+)\}|\\.|[[\]]/gsu;

/** `source` with `\p{L|Lu|Ll|M|N}` written as ranges (inside a class) or a class of them (outside). */
export function expandProperties(source: string): string {
  if (!source.includes('\\p{')) return source;
  let inClass = false;
  // One scan over escapes and brackets: an escape is kept whole, so "\\[" opens no class.
  return source.replace(PIECE, (piece, name: string | undefined) => {
    if (name !== undefined) {
      const ranges = RANGES[name];
      if (ranges !== undefined) return inClass ? ranges : `[${ranges}]`;
    } else if (piece === '[') inClass = true;
    else if (piece === ']') inClass = false;
    return piece;
  });
}

/** `re` with its Unicode property escapes written as ranges (same flags; `lastIndex` starts at 0). */
export function px(re: RegExp): RegExp {
  const source = expandProperties(re.source);
  return source === re.source ? re : new RegExp(source, re.flags);
}

// Tests the parser makes everywhere.
export const HAS_LETTER = px(/\p{L}/u);
export const HAS_UPPER = px(/\p{Lu}/u);
export const HAS_LOWER = px(/\p{Ll}/u);
export const STARTS_UPPER = px(/^\p{Lu}/u);
export const STARTS_LOWER = px(/^\p{Ll}/u);
export const HAS_LETTER_OR_DIGIT = px(/[\p{L}\p{N}]/u);
