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

  /** Adds the documents `names` (already sorted) of the directory `dir`. */
  pushDirectory(dir: string, names: readonly string[]): void {
    if (names.length === 0) return;
    const ends = new Uint32Array(names.length);
    let end = 0;
    names.forEach((n, k) => {
      end += Buffer.byteLength(n, 'utf8');
      ends[k] = end;
    });
    const bytes = Buffer.allocUnsafe(end);
    names.forEach((n, k) => bytes.write(n, k === 0 ? 0 : (ends[k - 1] as number), 'utf8'));
    this.starts.push(this.count);
    this.parts.push({ dir, bytes, ends, first: this.count });
    this.count += names.length;
    this.files += names.length;
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
