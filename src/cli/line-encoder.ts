/**
 * The JSON lines a parsing thread sends, encoded into buffers the main thread has handed
 * back once it wrote them (see ParsePool.recycle), so that a run of any length uses a fixed
 * set of line buffers instead of one new buffer per document, each freed only when the
 * main thread happens to collect garbage.
 */

/**
 * Line buffers larger than this are left to the garbage collector rather than kept for
 * reuse (a rare long document would otherwise hold its megabytes for the rest of the run).
 */
export const MAX_SPARE_BYTES = 256 * 1024;
/** Spare buffers a thread holds at most; more are dropped. */
const MAX_SPARES_HELD = 16;

export class LineEncoder {
  private readonly spares: ArrayBuffer[] = [];
  // TextEncoder, not Buffer.from: a small Buffer is a view into a shared pool, and moving its
  // buffer would move the pool.
  private readonly encoder = new TextEncoder();

  /** Buffers handed back (moved to this thread), to be filled again. */
  give(buffers: readonly ArrayBuffer[]): void {
    for (const b of buffers) if (this.spares.length < MAX_SPARES_HELD && b.byteLength > 0) this.spares.push(b);
  }

  /** Number of spare buffers held. */
  get spareCount(): number {
    return this.spares.length;
  }

  /**
   * The line in UTF-8, as a view of exactly its bytes: in a spare buffer when one is large
   * enough, else in a new buffer with room to spare (so that it fits a somewhat longer
   * document when it comes back). The view's buffer is the caller's to move.
   */
  encode(line: string): Uint8Array {
    // UTF-8 takes at least one byte per UTF-16 unit; encodeInto says whether it all fitted.
    const k = this.spares.findIndex((b) => b.byteLength >= line.length);
    const reused = k >= 0 ? this.into(this.spares[k] as ArrayBuffer, line) : null;
    if (reused) {
      this.spares.splice(k, 1);
      return reused;
    }
    const size = line.length * 2;
    return (size <= MAX_SPARE_BYTES ? this.into(new ArrayBuffer(size), line) : null) ?? this.encoder.encode(line);
  }

  /** The line encoded at the start of `buffer`, as a view of its bytes; null when it does not fit. */
  private into(buffer: ArrayBuffer, line: string): Uint8Array | null {
    const { read, written } = this.encoder.encodeInto(line, new Uint8Array(buffer));
    return read === line.length ? new Uint8Array(buffer, 0, written) : null;
  }
}
