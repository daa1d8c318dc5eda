/**
 * .docx inputs go through the adapter in src/cli/inputs.ts: `parseDocumentAsync` when the
 * library exports it (the docx reader), else the bytes to `parseDocument`. Either way a
 * .docx is not refused as binary and never crashes the program; once the reader is merged
 * the text of the document must come through.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import type { ParsedDocument } from '../../src/types.js';
import { hasStackTrace, run, tempDir } from './helpers.js';

const hasReader = typeof Reflect.get(api, 'parseDocumentAsync') === 'function';

async function makeDocx(paragraphs: string[]): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${p}</w:t></w:r></w:p>`).join('');
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'nodebuffer' });
}

describe('.docx input', () => {
  it('is read, not refused as binary, and never crashes', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'cong-van.docx'),
      await makeDocx(['ỦY BAN NHÂN DÂN', 'TỈNH LÀO CAI', 'Số: 12/UBND-VX', 'Lào Cai, ngày 05 tháng 3 năm 2026', 'V/v triển khai nhiệm vụ']),
    );
    const r = await run(['parse', 'cong-van.docx'], { cwd: dir });
    expect(r.stderr).not.toContain('tệp nhị phân');
    expect(hasStackTrace(r.stderr)).toBe(false);
    expect([0, 1]).toContain(r.code);
    if (r.code === 0) {
      const doc = JSON.parse(r.stdout) as ParsedDocument;
      expect(doc.source.format).toBe('docx');
      if (hasReader) expect(doc.document.reference).toBe('12/UBND-VX');
    }
  });
});
