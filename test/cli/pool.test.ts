/** When the CLI parses on threads (src/cli/pool.ts). */
import { pathToFileURL } from 'node:url';
import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { MIN_FILES, threadsFor } from '../../src/cli/pool.js';

const existing = pathToFileURL(import.meta.filename); // any file that exists stands for the worker
const missing = new URL('file:///nonexistent/worker.js');

describe('threadsFor', () => {
  it('is 0 below the threshold, without a worker script, or with BAU_CU_JOBS=1', () => {
    expect(threadsFor(MIN_FILES - 1, existing, {})).toBe(0);
    expect(threadsFor(1000, null, {})).toBe(0);
    expect(threadsFor(1000, missing, {})).toBe(0);
    expect(threadsFor(1000, existing, { BAU_CU_JOBS: '1' })).toBe(0);
    expect(threadsFor(1000, existing, { BAU_CU_JOBS: '0' })).toBe(0);
  });
  it('uses up to the CPUs available, at most 4, and no more than BAU_CU_JOBS', () => {
    const cpus = availableParallelism();
    expect(threadsFor(1000, existing, {})).toBe(cpus >= 2 ? Math.min(cpus, 4) : 0);
    expect(threadsFor(1000, existing, { BAU_CU_JOBS: '64' })).toBe(cpus >= 2 ? Math.min(cpus, 4) : 0);
    expect(threadsFor(1000, existing, { BAU_CU_JOBS: '2' })).toBe(cpus >= 2 ? 2 : 0);
    expect(threadsFor(1000, existing, { BAU_CU_JOBS: 'lots' })).toBe(cpus >= 2 ? Math.min(cpus, 4) : 0);
  });
});
