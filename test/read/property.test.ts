import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBytes, looksBinary, repairMojibake } from '../../src/read/decode.js';
import { encodeAs, VARIANTS } from '../support/legacy-encode.js';

/** Bytes that stress every path: random, mostly-high, and legacy-looking text with noise. */
const anyBytes = fc.oneof(
  fc.uint8Array({ maxLength: 2048 }),
  fc.uint8Array({ minLength: 1, maxLength: 512 }).map((b) => b.map((x) => x | 0x80)),
  fc
    .tuple(fc.constantFrom(...VARIANTS), fc.string({ unit: 'grapheme', maxLength: 200 }), fc.uint8Array({ maxLength: 16 }))
    .map(([variant, text, noise]) => {
      const bytes = encodeAs(`Cộng hòa ${text} Việt Nam`, variant);
      const out = new Uint8Array(bytes.length + noise.length);
      out.set(bytes, 0);
      out.set(noise, bytes.length);
      return out;
    }),
);

describe('decodeBytes on arbitrary bytes', () => {
  it('never throws and always returns NFC text', () => {
    fc.assert(
      fc.property(anyBytes, (bytes) => {
        const decoded = decodeBytes(bytes);
        expect(typeof decoded.text).toBe('string');
        expect(decoded.text).toBe(decoded.text.normalize('NFC'));
        expect(['high', 'low']).toContain(decoded.confidence);
        looksBinary(bytes);
      }),
      { numRuns: 400 },
    );
  });

  it('keeps every line break of a byte-oriented file', () => {
    fc.assert(
      fc.property(anyBytes, (bytes) => {
        fc.pre(!bytes.includes(0) && !(bytes[0] === 0xff && bytes[1] === 0xfe) && !(bytes[0] === 0xfe && bytes[1] === 0xff));
        const breaks = bytes.filter((b) => b === 0x0a).length;
        expect(decodeBytes(bytes).text.split('\n')).toHaveLength(breaks + 1);
      }),
      { numRuns: 400 },
    );
  });
});

describe('repairMojibake on arbitrary text', () => {
  it('never throws and never changes the number of lines', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const nfc = text.normalize('NFC');
        expect(repairMojibake(nfc).text.split('\n')).toHaveLength(nfc.split('\n').length);
      }),
      { numRuns: 400 },
    );
  });
});
