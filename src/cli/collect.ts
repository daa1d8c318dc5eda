/**
 * A full garbage collection of the calling thread, for the main thread of a run on worker
 * threads (src/cli/pool.ts).
 *
 * That thread only hands out paths and writes the lines the threads send back, so it
 * allocates little, and V8 runs a full collection there only every ten seconds or so. In
 * between, its dead but not yet collected objects in the old generation keep the young
 * objects they point to alive through every scavenge, these are promoted in turn, and V8,
 * seeing so much survive, doubles the young generation — from 8 to 16 MB per semi-space
 * over the 200 MB bench corpus, where the 20 MB corpus ends before that happens: memory
 * that grew with the length of the run. Collecting after every thousand documents (a few
 * milliseconds on a heap of 6-10 MB, about once a second) keeps it at its starting size.
 *
 * V8 exposes `gc` only to contexts created while --expose-gc is set; the flag is set for
 * the moment it takes to create one and take its `gc`, then cleared.
 */
export function fullCollector(): (() => void) | null {
  try {
    const v8 = process.getBuiltinModule('node:v8');
    v8.setFlagsFromString('--expose-gc');
    try {
      const gc: unknown = process.getBuiltinModule('node:vm').runInNewContext('gc');
      return typeof gc === 'function' ? () => void (gc as () => void)() : null;
    } finally {
      v8.setFlagsFromString('--no-expose-gc');
    }
  } catch {
    return null; // a runtime without these flags: memory is then left to V8's own schedule
  }
}
