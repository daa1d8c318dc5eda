// The floor of `npm run bench`: what any parser of these files must at least do — read
// each file, decode it, NFC-normalize it, split it into lines and scan the lines for dates
// with one regular expression — and nothing more. `bau-cu parse` is measured against it.
//
//   node scripts/bench-floor.mjs DIR|FILE…     prints {"files","bytes","lines","dates"} as JSON
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const DATE = /\b\d{1,2}\/\d{1,2}\/\d{4}\b/g;

function inputs(operands) {
  const files = [];
  for (const op of operands) {
    if (!statSync(op).isDirectory()) {
      files.push(op);
      continue;
    }
    // Same selection and order as the CLI: .txt/.md/.docx, not hidden, sorted by name.
    const names = readdirSync(op)
      .filter((n) => /\.(?:txt|md|docx)$/iu.test(n) && !n.startsWith('.') && !n.startsWith('~$'))
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    for (const n of names) files.push(join(op, n));
  }
  return files;
}

const decoder = new TextDecoder('utf-8');
let bytes = 0;
let lines = 0;
let dates = 0;
const files = inputs(process.argv.slice(2));
for (const file of files) {
  const raw = readFileSync(file);
  bytes += raw.length;
  const text = decoder.decode(raw).normalize('NFC');
  for (const line of text.split(/\r?\n/)) {
    lines++;
    DATE.lastIndex = 0;
    while (DATE.exec(line) !== null) dates++;
  }
}
process.stdout.write(`${JSON.stringify({ files: files.length, bytes, lines, dates })}\n`);
