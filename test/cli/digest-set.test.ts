/** The set of document digests that drops a document given twice (src/cli/digest-set.ts). */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DigestSet } from '../../src/cli/digest-set.js';

const sha = (s: string): string => createHash('sha256').update(s).digest('hex');

describe('DigestSet', () => {
  it('answers as a Set of strings would, across many growths', () => {
    const set = new DigestSet();
    const reference = new Set<string>();
    // 20 000 digests, every third one given again later, in a seeded order.
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let i = 0; i < 20_000; i++) {
      const d = sha(`doc ${i % 3 === 0 ? next() % 500 : i}`);
      expect(set.add(d)).toBe(!reference.has(d));
      reference.add(d);
    }
    expect(set.size).toBe(reference.size);
  });

  it('tells apart digests that share their first words', () => {
    const set = new DigestSet();
    const base = sha('x');
    const variants = ['0', '1', 'f'].map((c) => base.slice(0, 63) + c);
    const twins = [...new Set(variants)];
    for (const d of twins) expect(set.add(d)).toBe(true);
    for (const d of twins) expect(set.add(d)).toBe(false);
    const sameStart = base.slice(0, 8) + '0'.repeat(56);
    expect(set.add(sameStart)).toBe(true);
    expect(set.add(sameStart)).toBe(false);
  });

  it('keeps the all-zero digest and strings that are not a digest', () => {
    const set = new DigestSet();
    for (const d of ['0'.repeat(64), 'ABC', '', sha('a').toUpperCase(), 'not hex at all']) {
      expect(set.add(d)).toBe(true);
      expect(set.add(d)).toBe(false);
    }
    expect(set.size).toBe(5);
  });
});
