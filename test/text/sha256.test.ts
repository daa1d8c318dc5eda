import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { jsSha256, sha256Hex, sha256HexOfText } from '../../src/text/sha256.js';

const native = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('sha256', () => {
  it('gives the FIPS 180-4 test vectors', () => {
    expect(sha256HexOfText('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256HexOfText('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256HexOfText('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
  });

  it('agrees with node:crypto on every length around the block edges and on random bytes', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) & 0xff;
    for (const n of [1, 54, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 1000, 4096, 70_000]) {
      const bytes = Uint8Array.from({ length: n }, rand);
      expect(jsSha256(bytes), `${n} bytes`).toBe(native(bytes));
    }
  });

  it('hands large inputs to node:crypto with the same result', () => {
    const big = new Uint8Array(300_000).fill(0x61);
    expect(sha256Hex(big)).toBe(jsSha256(big));
  });
});
