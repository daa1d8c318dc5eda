import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { expandProperties, L_RANGES, LL_RANGES, LU_RANGES, M_RANGES, N_RANGES, px } from '../../src/text/charclass.js';

const BLOCKS: Array<[number, number]> = [
  [0x0000, 0x052f],
  [0x1e00, 0x1eff],
];

describe('generated ranges', () => {
  it.each([
    ['L', L_RANGES],
    ['Lu', LU_RANGES],
    ['Ll', LL_RANGES],
    ['M', M_RANGES],
    ['N', N_RANGES],
  ])('\\p{%s} over the covered blocks, code point by code point', (name, ranges) => {
    const property = new RegExp(`^\\p{${name}}$`, 'u');
    const explicit = new RegExp(`^[${ranges}]$`, 'u');
    const wrong: string[] = [];
    for (const [lo, hi] of BLOCKS) {
      for (let c = lo; c <= hi; c++) {
        const ch = String.fromCharCode(c);
        if (property.test(ch) !== explicit.test(ch)) wrong.push(c.toString(16));
      }
    }
    expect(wrong).toEqual([]);
  });

  it('leaves out what lies beyond the blocks', () => {
    expect(px(/^\p{L}$/u).test('中')).toBe(false);
    expect(px(/^\p{L}$/u).test('ệ')).toBe(true);
  });
});

describe('expandProperties', () => {
  it.each([
    [String.raw`\p{L}`, `[${L_RANGES}]`],
    [String.raw`[\p{L}\d]`, `[${L_RANGES}\\d]`],
    [String.raw`(?<![\p{L}\p{M}])x`, `(?<![${L_RANGES}${M_RANGES}])x`],
    [String.raw`[^\p{Lu}]+\p{Ll}`, `[^${LU_RANGES}]+[${LL_RANGES}]`],
    // an escaped bracket opens no class; other escapes and unknown properties are kept
    [String.raw`\[\p{N}\]`, `\\[[${N_RANGES}]\\]`],
    [String.raw`\\p{L}`, String.raw`\\p{L}`],
    [String.raw`\p{Script=Latin}`, String.raw`\p{Script=Latin}`],
    ['abc', 'abc'],
  ])('%s', (source, expected) => {
    expect(expandProperties(source)).toBe(expected);
  });

  it('keeps flags and behaviour on Vietnamese text', () => {
    const re = px(/(?<![\p{L}])giao(?![\p{L}])/gu);
    expect(re.flags).toBe('gu');
    expect(re.source).not.toContain('\\p{');
    expect('bàn giao, giao cho'.match(re)).toEqual(['giao', 'giao']);
    expect(px(/^\p{Lu}/u).test('Ủy ban')).toBe(true);
    expect(px(/^\p{Lu}/u).test('ủy ban')).toBe(false);
  });
});

/**
 * Every Unicode property escape the parser writes goes through px() (or expandProperties()
 * for a fragment), except in src/read:
 * telling encodings apart needs the true categories (a UTF-8 reading of legacy bytes shows
 * NKo or Armenian letters, which must count as letters there).
 */
describe('no raw \\p{…} outside src/read', () => {
  const root = join(import.meta.dirname, '..', '..', 'src');
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (path.endsWith('.ts')) files.push(path);
    }
  };
  walk(root);
  const checked = files.filter((f) => !f.includes(`${join('src', 'read')}`) && !f.includes('charclass'));

  it('finds the files', () => expect(checked.length).toBeGreaterThan(20));

  it.each(checked.map((f) => [f.slice(root.length + 1), f]))('%s', (_name, file) => {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const raw: string[] = [];
    const insidePx = (node: ts.Node): boolean => {
      for (let p = node.parent; p; p = p.parent) if (ts.isCallExpression(p) && ['px', 'expandProperties'].includes(p.expression.getText())) return true;
      return false;
    };
    const visit = (node: ts.Node) => {
      const isPattern = ts.isRegularExpressionLiteral(node) || ts.isStringLiteralLike(node) || ts.isTemplateExpression(node);
      if (isPattern && /\\p\{/u.test(node.getText()) && !insidePx(node)) {
        raw.push(`${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${node.getText().slice(0, 60)}`);
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
    expect(raw).toEqual([]);
  });
});
