/**
 * A paragraph: source lines joined into one logical text, with a piece table that maps
 * every offset back to its source line and column, and the emphasized ranges.
 */
import { columnOf, type Line } from './lines.js';

export interface Piece {
  /** Offset in `Para.text` where this line's text starts. */
  start: number;
  line: Line;
}

export interface Para {
  text: string;
  pieces: Piece[];
  emph: Array<[number, number]>;
}

export interface SourcePos {
  line: number;
  column: number;
}

/**
 * The joiner for a word hyphenated across two lines ("Môi trư-" ⏎ "ờng"): the previous
 * line's trailing hyphen is dropped and the halves meet with nothing between them.
 */
export const UNHYPHENATE = '\u00ad';

export function paraFromLines(lines: Line[], joiners: string[] = []): Para {
  let text = '';
  const pieces: Piece[] = [];
  const emph: Array<[number, number]> = [];
  lines.forEach((line, k) => {
    const joiner = k > 0 ? (joiners[k - 1] ?? ' ') : '';
    if (joiner === UNHYPHENATE) text = text.slice(0, -1);
    else text += joiner;
    pieces.push({ start: text.length, line });
    for (const [a, b] of line.emph) emph.push([text.length + a, text.length + b]);
    text += line.text;
  });
  return { text, pieces, emph };
}

/** Source position of `offset` in the paragraph. */
export function posOf(para: Para, offset: number): SourcePos {
  const pieces = para.pieces;
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((pieces[mid]?.start ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  const piece = pieces[lo];
  if (!piece) return { line: 1, column: 1 };
  const within = Math.max(0, Math.min(offset - piece.start, piece.line.text.length));
  return { line: piece.line.n, column: columnOf(piece.line, within) };
}

export function firstLine(para: Para): number {
  return para.pieces[0]?.line.n ?? 1;
}

/** True when any non-space character in [start, end) is emphasized. */
export function isEmphasized(para: Para, start: number, end: number): boolean {
  for (const [a, b] of para.emph) {
    const lo = Math.max(a, start);
    const hi = Math.min(b, end);
    if (hi > lo && para.text.slice(lo, hi).trim() !== '') return true;
  }
  return false;
}

/** A sub-paragraph [start, end) of `para` (piece table and emphasis re-based). */
export function slicePara(para: Para, start: number, end: number): Para {
  const text = para.text.slice(start, end);
  const pieces: Piece[] = [];
  for (let k = 0; k < para.pieces.length; k++) {
    const p = para.pieces[k] as Piece;
    const pEnd = k + 1 < para.pieces.length ? (para.pieces[k + 1] as Piece).start : para.text.length;
    if (pEnd <= start && k + 1 < para.pieces.length) continue;
    if (p.start >= end && pieces.length > 0) break;
    if (p.start <= start) {
      // The slice begins inside this line: shift the line so offset 0 is `start`.
      const cut = start - p.start;
      pieces.push({ start: 0, line: shiftLine(p.line, cut) });
    } else {
      pieces.push({ start: p.start - start, line: p.line });
    }
  }
  const emph: Array<[number, number]> = [];
  for (const [a, b] of para.emph) {
    const lo = Math.max(a, start);
    const hi = Math.min(b, end);
    if (hi > lo) emph.push([lo - start, hi - start]);
  }
  return { text, pieces, emph };
}

/** Concatenate paragraphs with a separator (positions preserved). */
export function joinParas(paras: Para[], sep = '\n'): Para {
  let text = '';
  const pieces: Piece[] = [];
  const emph: Array<[number, number]> = [];
  paras.forEach((p, k) => {
    if (k > 0) text += sep;
    const base = text.length;
    for (const piece of p.pieces) pieces.push({ start: base + piece.start, line: piece.line });
    for (const [a, b] of p.emph) emph.push([base + a, base + b]);
    text += p.text;
  });
  return { text, pieces, emph };
}

function shiftLine(line: Line, cut: number): Line {
  if (cut <= 0) return line;
  // Column of new offset 0 = column of old offset `cut`.
  const col = columnOf(line, cut) - 1;
  const cuts: Array<[number, number]> = [];
  for (const [at, len] of line.cuts) if (at > cut) cuts.push([at - cut, len]);
  return { n: line.n, text: line.text.slice(cut), emph: [], col0: col, cuts };
}
