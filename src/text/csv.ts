/**
 * A document typed in Excel and saved as CSV ("CSV UTF-8"): every row padded to the sheet's
 * width with commas, cells holding a comma, a quote ("") or a line break in double quotes.
 * Such a text is rewritten as the tab-separated lines a copy out of Excel gives, which the
 * rest of the pipeline reads (tables by their TT column, the header's cells, the signature
 * beside the Nơi nhận): each record on its first line, its cells joined by tabs, empty cells
 * at its end dropped; the lines a quoted line break added are left empty, so every line keeps
 * its number. RFC 4180 records are read in one pass (a few lines of code: the parser must be
 * synchronous and tell which lines each record took).
 *
 * A text is taken for CSV only when most of its records have the same number of fields, four
 * or more: prose with commas never has that regularity.
 */

interface CsvRecord {
  fields: string[];
  /** Index of the record's first line, and how many lines it spans. */
  line: number;
  lines: number;
}

export function csvToTabs(text: string): string {
  // Cheap first look: a CSV sheet pads its rows with runs of commas.
  if (!/,,/u.test(text)) return text;
  const records = readCsv(text);
  if (!looksLikeSheet(records)) return text;
  const lines = text.split('\n');
  const out = lines.map(() => '');
  for (const r of records) {
    const cells = r.fields.map((f) => f.replace(/\s*\n\s*/gu, ' ').replace(/\t/gu, ' '));
    while (cells.length > 0 && (cells[cells.length - 1] as string).trim() === '') cells.pop();
    out[r.line] = cells.join('\t');
  }
  return out.join('\n');
}

function looksLikeSheet(records: readonly CsvRecord[]): boolean {
  if (records.length < 10) return false;
  const counts = new Map<number, number>();
  for (const r of records) counts.set(r.fields.length, (counts.get(r.fields.length) ?? 0) + 1);
  let mode = 0;
  let most = 0;
  for (const [n, c] of counts) if (c > most) [mode, most] = [n, c];
  return mode >= 4 && most >= 0.7 * records.length;
}

/** RFC 4180 records, quoted fields with doubled quotes and line breaks; linear. */
function readCsv(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
      continue;
    }
    if (ch === '"' && field.trim() === '') {
      quoted = true;
      field = '';
    } else if (ch === ',') {
      fields.push(field);
      field = '';
    } else if (ch === '\n') {
      fields.push(field.replace(/\r$/u, ''));
      records.push({ fields, line: start, lines: line - start + 1 });
      fields = [];
      field = '';
      line++;
      start = line;
    } else field += ch;
  }
  if (field !== '' || fields.length > 0) {
    fields.push(field);
    records.push({ fields, line: start, lines: line - start + 1 });
  }
  return records;
}
