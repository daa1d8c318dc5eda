/**
 * The inputs of a run, in order: files and "-" as given, and the documents found in each
 * directory. A directory of 40 000 files would otherwise be 40 000 path strings and as many
 * item objects on the main thread's heap for the whole run (about 8 MB, and the garbage
 * collector sizes the heap to a multiple of what stays alive). Here a directory's sorted
 * names are kept as their UTF-8 bytes in one buffer outside the JavaScript heap, with their
 * offsets; an item, and its path, is made when the run comes to it.
 */
import { join } from 'node:path';

export interface InputItem {
  /** Path as given or as found in a directory; null for stdin. */
  path: string | null;
  /** How the input is named in messages. */
  display: string;
}

/** A directory's names: name k is bytes [ends[k-1], ends[k]) of `bytes`. */
interface DirectoryRun {
  dir: string;
  bytes: Buffer;
  ends: Uint32Array;
  /** Index of its first name in the list. */
  first: number;
}

export class InputList {
  /** Items as given (files, stdin) and directory runs, in order. */
  private readonly parts: Array<InputItem | DirectoryRun> = [];
  /** Index of the first item of each part, for at(). */
  private readonly starts: number[] = [];
  private count = 0;
  private files = 0;

  get length(): number {
    return this.count;
  }

  /** Number of items read from a file (all but stdin). */
  get fileCount(): number {
    return this.files;
  }

  push(item: InputItem): void {
    this.starts.push(this.count);
    this.parts.push(item);
    this.count += 1;
    if (item.path !== null) this.files += 1;
  }

  /**
   * Adds the names of a directory's documents, sorted by code point (the byte order of
   * their UTF-8, as `LC_ALL=C ls` lists them). The names are packed as they come, so a
   * directory of 40 000 files never has 40 000 strings alive at once — they would survive
   * the young generation's collections at start-up and make V8 double its size for the rest
   * of the run. Returns the number of names added; nothing is added if `names` throws.
   */
  pushDirectory(dir: string, names: Iterable<string>): number {
    let bytes: Buffer = Buffer.allocUnsafe(4096);
    let bounds = new Uint32Array(256); // start and end of name k at 2k, 2k + 1
    let n = 0;
    let used = 0;
    for (const name of names) {
      const size = Buffer.byteLength(name, 'utf8');
      if (used + size > bytes.length) bytes = grown(bytes, used + size);
      bytes.write(name, used, 'utf8');
      if (2 * n + 2 > bounds.length) {
        const more = new Uint32Array(bounds.length * 2);
        more.set(bounds);
        bounds = more;
      }
      bounds[2 * n] = used;
      bounds[2 * n + 1] = used + size;
      used += size;
      n += 1;
    }
    if (n === 0) return 0;
    const order = new Uint32Array(n);
    for (let k = 0; k < n; k++) order[k] = k;
    const b = bytes;
    const bd = bounds;
    order.sort((x, y) => b.compare(b, bd[2 * y] as number, bd[2 * y + 1] as number, bd[2 * x] as number, bd[2 * x + 1] as number));
    const sorted = Buffer.allocUnsafe(used);
    const ends = new Uint32Array(n);
    let end = 0;
    order.forEach((k, i) => {
      end += b.copy(sorted, end, bd[2 * k] as number, bd[2 * k + 1] as number);
      ends[i] = end;
    });
    this.starts.push(this.count);
    this.parts.push({ dir, bytes: sorted, ends, first: this.count });
    this.count += n;
    this.files += n;
    return n;
  }

  /** Item k (0 ≤ k < length). */
  at(k: number): InputItem {
    if (!Number.isInteger(k) || k < 0 || k >= this.count) throw new RangeError(`input ${k} of ${this.count}`);
    // The last part starting at or before k (binary search: `parse *.txt` gives one part per file).
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] as number) <= k) lo = mid;
      else hi = mid - 1;
    }
    const part = this.parts[lo] as InputItem | DirectoryRun;
    if (!('ends' in part)) return part;
    const i = k - part.first;
    const name = part.bytes.toString('utf8', i === 0 ? 0 : part.ends[i - 1], part.ends[i]);
    const path = join(part.dir, name);
    return { path, display: path };
  }

  /** Paths of every item (null for stdin), in order. */
  *paths(): Generator<string | null> {
    for (let k = 0; k < this.count; k++) yield this.at(k).path;
  }
}

/** A copy of `bytes` with room for at least `need` bytes. */
function grown(bytes: Buffer, need: number): Buffer {
  const more = Buffer.allocUnsafe(Math.max(need, bytes.length * 2));
  bytes.copy(more);
  return more;
}
