/**
 * A full garbage collection of the calling thread, run every COLLECT_EVERY documents by
 * the main thread of a run on worker threads (src/cli/pool.ts).
 *
 * The main thread only hands out paths and writes the lines the threads send back, so it
 * allocates little, and V8 runs a full collection there only every ten seconds or so. In
 * between, its dead but not yet collected objects in the old generation keep the young
 * objects they point to alive through every scavenge, these are promoted in turn, and V8,
 * seeing so much survive, doubles the young generation — from 8 to 16 MB per semi-space
 * over the 200 MB bench corpus, where the 20 MB corpus ends before that happens: memory
 * that grew with the length of the run. Collecting after every thousand documents (a few
 * milliseconds on a heap of 6-10 MB, about once a second) keeps it at its starting size.
 *
 * The parsing threads drift too (most-committed heap 31-35 MB over the 20 MB corpus,
 * 37-38 MB over the 200 MB one), and the same collection there keeps them at 30-33 MB,
 * but it costs them 7 % of their speed over the 200 MB corpus (45.8 s against 42.6 s,
 * two runs each), likely because every full collection also ages the compiled code: they
 * are left to V8.
 *
 * V8 exposes `gc` only to contexts created while --expose-gc is set; the flag is set for
 * the moment it takes to create one and take its `gc`, then cleared.
 */

/** Documents between two collections, per thread. */
export const COLLECT_EVERY = 1000;

/** The calling thread's full collection, or null where the runtime does not give one. */
export function fullCollector(): (() => void) | null {
  try {
    const v8 = process.getBuiltinModule('node:v8');
    const { runInNewContext } = process.getBuiltinModule('node:vm');
    // V8 flags are per process: threads starting together may clear the flag between
    // another one's setting it and making its context. A few tries settle that.
    for (let attempt = 0; attempt < 4; attempt++) {
      v8.setFlagsFromString('--expose-gc');
      try {
        const gc: unknown = runInNewContext('gc');
        if (typeof gc === 'function') return () => void (gc as () => void)();
      } catch {
        // `gc` not defined in that context: try again
      } finally {
        v8.setFlagsFromString('--no-expose-gc');
      }
    }
    return null;
  } catch {
    return null; // a runtime without these flags: memory is then left to V8's own schedule
  }
}
