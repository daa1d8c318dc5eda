/**
 * The SHA-256 digests of the documents a run has seen, to drop a document given twice.
 *
 * A run over a directory of 40 000 files would otherwise keep 40 000 strings of 64 hex
 * characters in a Set (about 4.5 MB of the main thread's heap, growing with the corpus and
 * kept alive through every collection). Here each digest takes its 32 bytes in one typed
 * array outside the JavaScript heap: an open-addressing table with linear probing, kept at
 * most half full. Exact: two digests are the same entry only when all 32 bytes are equal.
 */

const WORDS = 8; // 256 bits as eight 32-bit words
const HEX_DIGEST = /^[0-9a-f]{64}$/u;

export class DigestSet {
  /** Slot i holds words [i*8, i*8+8); a slot whose eight words are all zero is empty. */
  private table = new Uint32Array(64 * WORDS);
  private used = 0;
  /** The all-zero digest cannot be stored in the table (it marks empty slots). */
  private hasZero = false;
  /** Strings that are not a lower-case hex SHA-256 (never produced by the parser; kept exact anyway). */
  private readonly others = new Set<string>();
  private readonly words = new Uint32Array(WORDS);

  get size(): number {
    return this.used + (this.hasZero ? 1 : 0) + this.others.size;
  }

  /** Adds the digest; true when it was not in the set before. */
  add(digest: string): boolean {
    if (!HEX_DIGEST.test(digest)) {
      if (this.others.has(digest)) return false;
      this.others.add(digest);
      return true;
    }
    const w = this.words;
    if (!readDigest(digest, w)) {
      if (this.hasZero) return false;
      this.hasZero = true;
      return true;
    }
    if ((this.used + 1) * 2 > this.table.length / WORDS) this.grow();
    if (!insert(this.table, w, 0)) return false;
    this.used += 1;
    return true;
  }

  private grow(): void {
    const old = this.table;
    const next = new Uint32Array(old.length * 2);
    for (let at = 0; at < old.length; at += WORDS) if (!isEmpty(old, at)) insert(next, old, at);
    this.table = next;
  }
}

/** Puts the digest at `from[at…at+8)` in `table` unless it is there already; false when it was. */
function insert(table: Uint32Array, from: Uint32Array, at: number): boolean {
  const mask = table.length / WORDS - 1;
  for (let slot = (from[at] as number) & mask; ; slot = (slot + 1) & mask) {
    const to = slot * WORDS;
    if (isEmpty(table, to)) {
      for (let k = 0; k < WORDS; k++) table[to + k] = from[at + k] as number;
      return true;
    }
    if (equals(table, to, from, at)) return false;
  }
}

/** The 64 hex digits as eight words in `w`; false when they are all zero. */
function readDigest(digest: string, w: Uint32Array): boolean {
  let any = false;
  for (let k = 0; k < WORDS; k++) {
    w[k] = Number.parseInt(digest.slice(k * 8, k * 8 + 8), 16);
    if (w[k] !== 0) any = true;
  }
  return any;
}

function isEmpty(table: Uint32Array, at: number): boolean {
  for (let k = 0; k < WORDS; k++) if (table[at + k] !== 0) return false;
  return true;
}

function equals(table: Uint32Array, at: number, w: Uint32Array, from: number): boolean {
  for (let k = 0; k < WORDS; k++) if (table[at + k] !== w[from + k]) return false;
  return true;
}
