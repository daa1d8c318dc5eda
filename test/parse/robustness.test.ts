/**
 * No input may crash the parser: random text, random bytes, and the adversarial shapes of
 * SPEC's bad-input policy (speed is measured by `npm run bench`, not here).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/index.js';
import type { ParsedDocument } from '../../src/types.js';

const rep = (s: string, n: number) => s.repeat(Math.ceil(n / s.length)).slice(0, n);
const SIZE = 256 * 1024;

function wellFormed(doc: ParsedDocument): void {
  expect(doc.schemaVersion).toBe('1');
  const ids = doc.tasks.map((t) => t.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const d of doc.deadlines) if (d.taskId !== null) expect(ids).toContain(d.taskId);
}

describe('parseDocument never throws', () => {
  const adversarial: Array<[string, string]> = [
    ['"trước ngày " repeated', rep('trước ngày ', SIZE)],
    ['"1/" repeated', rep('1/', SIZE)],
    ['digits', rep('0123456789', SIZE)],
    ['unclosed "**"', rep('**trước ngày 01/3/2026 ', SIZE)],
    ['"ngày ngày"', rep('ngày ', SIZE)],
    ['a single long line of words', rep('Ủy ban nhân dân tỉnh giao Sở Nội vụ chủ trì phối hợp với các sở ban ngành ', SIZE)],
    ['numbered items', Array.from({ length: 4000 }, (_, i) => `${(i % 999) + 1}. Sở Nội vụ chủ trì, hoàn thành trước ngày 01/3/2026.`).join('\n')],
    ['bullets', rep('- Giao Sở Tài chính chủ trì, phối hợp với các sở, ban, ngành rà soát\n', SIZE)],
    ['lines of hyphens', rep('-\n', SIZE)],
    ['tabs', rep('\t1\t', SIZE)],
    ['pipes', rep('| a ', SIZE)],
    ['pipe rows', rep('| 1 | Nội dung | Sở Nội vụ | | Quý I/2026 |\n', SIZE)],
    ['blank lines', rep('\n', SIZE)],
    ['parentheses', rep('((', SIZE)],
    ['capitals', rep('ỦY BAN NHÂN DÂN TỈNH\n', SIZE)],
    ['"Số:" lines', rep('Số: 12/\n', SIZE)],
    ['deep labels', Array.from({ length: 2000 }, (_, i) => `${'1.'.repeat((i % 5) + 1)} (${i}) a) - + • Giao Sở ${i}`).join('\n')],
    ['control characters', rep('\u0000\u0001\u001b[31m\u200b\ufeff\u00ad', SIZE)],
    ['lone surrogates', rep('\ud800a\udc00', SIZE)],
    ['combining marks', rep('a\u0301\u0323\u0309', SIZE)],
  ];
  it.each(adversarial)('%s', (_name, text) => {
    wellFormed(parseDocument(text));
  });

  it('random strings and random bytes', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (s) => {
        wellFormed(parseDocument(s));
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (b) => {
        wellFormed(parseDocument(b));
      }),
      { numRuns: 300 },
    );
  });

  it('random documents built from real pieces', () => {
    const pieces = [
      'ỦY BAN NHÂN DÂN', 'TỈNH LÀO CAI', 'Số: 12/UBND-VX', 'Lào Cai, ngày 05 tháng 3 năm 2026', 'KẾ HOẠCH', 'V/v ',
      'Kính gửi:', '- Sở Nội vụ;', 'I. MỤC ĐÍCH', '1. Sở Tài chính chủ trì, phối hợp với Sở Nội vụ', 'a) Giao Công an tỉnh',
      '(1) hoàn thành trước ngày 15/3/2026', '- Thời gian hoàn thành: Quý I/2026', '| TT | Nội dung | Cơ quan chủ trì |',
      '| 1 | Rà soát | Sở Y tế |', 'Nơi nhận:', 'TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'Nguyễn Văn A', '**', '*', '',
      'PHỤ LỤC', 'Điều 2.', 'từ ngày 10/3 đến hết ngày bầu cử', 'ngày bầu cử (15/3/2026)', '\t', '|', 'CỘNG', 'HÒA XÃ HỘI',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => {
        wellFormed(parseDocument(parts.join('\n')));
      }),
      { numRuns: 300 },
    );
  });
});
