/**
 * Precision and recall per field of the parser against the hand-checked truth files.
 *   npm run eval                 the table
 *   npm run eval -- --verbose    every disagreement first
 *   npm run eval -- --only=seed  only fixtures whose name contains "seed"
 *   npm run eval -- --record     write the figures to test/eval-baseline.json (CI's floor)
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate } from '../test/support/eval.js';

const root = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const only = args.find((a) => a.startsWith('--only='))?.slice(7);
const result = await evaluate(root, only);
if (args.includes('--verbose')) console.log(`${result.diffs.join('\n')}\n`);
const pct = (x: number) => (100 * x).toFixed(1).padStart(6);
console.log(`${result.fixtures} fixtures\n${'field'.padEnd(28)} precision  recall    tp   fp   fn`);
for (const r of result.fields) {
  console.log(`${r.field.padEnd(28)} ${pct(r.precision)}  ${pct(r.recall)}  ${String(r.tp).padStart(4)} ${String(r.fp).padStart(4)} ${String(r.fn).padStart(4)}`);
}
if (args.includes('--record')) {
  const baseline = Object.fromEntries(result.fields.map((r) => [r.field, { precision: Math.floor(r.precision * 1e4) / 1e4, recall: Math.floor(r.recall * 1e4) / 1e4 }]));
  writeFileSync(join(root, 'test/eval-baseline.json'), `${JSON.stringify(baseline, null, 2)}\n`);
  console.log('recorded test/eval-baseline.json');
}
