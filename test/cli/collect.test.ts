/** The main thread's full collection during a run on threads (src/cli/collect.ts). */
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { fullCollector } from '../../src/cli/collect.js';

describe('fullCollector', () => {
  it('collects garbage, and leaves gc unexposed to the contexts made afterwards', () => {
    const collect = fullCollector();
    expect(collect).toBeTypeOf('function');
    // A weakly held object with no other reference is gone after a full collection.
    let ref: WeakRef<object> | null = null;
    (() => {
      ref = new WeakRef({ big: new Array(1000).fill(0) });
    })();
    // WeakRef targets are kept until the end of the current job: collect in a later one.
    return new Promise<void>((resolve) => {
      setImmediate(() => {
        collect?.();
        expect(ref?.deref()).toBeUndefined();
        expect(runInNewContext('typeof gc')).toBe('undefined');
        resolve();
      });
    });
  });
});
