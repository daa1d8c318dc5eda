/**
 * V8 runs a regular expression's first exec in its bytecode interpreter and compiles it to
 * machine code from the second exec on. For the large patterns of the parser (the deadline
 * rules are 1–7 kB of source each) that interpreted first run over a real paragraph costs
 * several times the compilation itself — the deadline rules alone spent ~30 ms of a cold
 * `bau-cu parse` there. `warm(re)` spends a pattern's first exec on a dummy subject instead,
 * so its first real run is already compiled code. Results are unaffected: the dummy exec's
 * only side effect, on lastIndex, is undone.
 *
 * The dummy is 1000 characters long and two-byte: from that length on V8 compiles straight
 * to machine code, skipping the bytecode, and it compiles per string representation —
 * Vietnamese text is two-byte, so that is the code worth having. (Only a matter of speed:
 * another engine or heuristic just compiles at another moment.)
 */
const warmed = new WeakSet<RegExp>();
const WARM_SUBJECT = '\u00a0'.repeat(999) + '\u1ea1';

export function warm(re: RegExp): RegExp {
  if (warmed.has(re)) return re;
  warmed.add(re);
  const last = re.lastIndex;
  re.exec(WARM_SUBJECT);
  re.lastIndex = last;
  return re;
}
