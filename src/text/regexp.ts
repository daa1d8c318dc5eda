/**
 * V8 runs a regular expression's first exec in its bytecode interpreter and compiles it to
 * machine code from the second exec on. For the large patterns of the parser (the deadline
 * rules are 1–7 kB of source each) that interpreted first run over a real paragraph costs
 * several times the compilation itself — the deadline rules alone spent ~30 ms of a cold
 * `bau-cu parse` there. `warm(re)` spends a pattern's first exec on the empty string (nothing
 * to interpret), so its first real run is already compiled. Results are unaffected: the
 * dummy exec's only side effect, on lastIndex, is undone.
 */
const warmed = new WeakSet<RegExp>();

export function warm(re: RegExp): RegExp {
  if (warmed.has(re)) return re;
  warmed.add(re);
  const last = re.lastIndex;
  re.exec('');
  re.lastIndex = last;
  return re;
}
