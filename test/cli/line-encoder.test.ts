/** JSON lines encoded into reused buffers on a parsing thread (src/cli/line-encoder.ts). */
import { describe, expect, it } from 'vitest';
import { LineEncoder, MAX_SPARE_BYTES } from '../../src/cli/line-encoder.js';

const decode = (v: Uint8Array): string => new TextDecoder().decode(v);

describe('LineEncoder', () => {
  it('gives the exact UTF-8 bytes, in a spare buffer when one fits', () => {
    const enc = new LineEncoder();
    const first = enc.encode('{"a":"Kế hoạch số 12/KH-UBND"}\n');
    expect(decode(first)).toBe('{"a":"Kế hoạch số 12/KH-UBND"}\n');
    expect(first.byteOffset).toBe(0);
    // Handed back, its buffer holds the next line that fits, and only that line's bytes are seen.
    enc.give([first.buffer as ArrayBuffer]);
    const second = enc.encode('{"b":1}\n');
    expect(second.buffer).toBe(first.buffer);
    expect(decode(second)).toBe('{"b":1}\n');
    expect(enc.spareCount).toBe(0);
  });

  it('leaves a spare that is too short, also when the UTF-8 bytes outgrow it', () => {
    const enc = new LineEncoder();
    const spare = new ArrayBuffer(12);
    enc.give([spare]);
    // 10 UTF-16 units fit the length check, but "ệ" takes 3 bytes: 2 + 8 × 3 = 26 > 12.
    const line = 'ab' + 'ệ'.repeat(8);
    const out = enc.encode(line);
    expect(decode(out)).toBe(line);
    expect(out.buffer).not.toBe(spare);
    expect(enc.spareCount).toBe(1);
    const long = enc.encode('x'.repeat(100));
    expect(long.buffer).not.toBe(spare);
    expect(decode(long)).toBe('x'.repeat(100));
  });

  it('encodes a very long line in a buffer of its own', () => {
    const enc = new LineEncoder();
    const line = 'đ'.repeat(MAX_SPARE_BYTES);
    const out = enc.encode(line);
    expect(out.length).toBe(2 * MAX_SPARE_BYTES);
    expect(decode(out)).toBe(line);
  });

  it('holds a bounded number of spares and ignores empty buffers', () => {
    const enc = new LineEncoder();
    enc.give(Array.from({ length: 40 }, () => new ArrayBuffer(64)));
    enc.give([new ArrayBuffer(0)]);
    expect(enc.spareCount).toBe(16);
  });
});
