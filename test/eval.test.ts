/**
 * Accuracy must not slide back: every field's precision and recall over the fixtures stays at
 * or above the figure recorded in test/eval-baseline.json (`npm run eval -- --record` after an
 * improvement). An improvement for one document cannot silently break another.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from './support/eval.js';

const root = join(import.meta.dirname, '..');
const baseline = JSON.parse(readFileSync(join(root, 'test/eval-baseline.json'), 'utf8')) as Record<string, { precision: number; recall: number }>;

describe('accuracy against the hand-checked truth files', async () => {
  const result = await evaluate(root);
  it('covers every field of the baseline', () => {
    expect(result.fields.map((f) => f.field).sort()).toEqual(Object.keys(baseline).sort());
  });
  it.each(result.fields.map((f) => [f.field, f] as const))('%s', (field, score) => {
    const floor = baseline[field];
    expect(floor, `no baseline for ${field}`).toBeDefined();
    const detail = result.diffs.filter((d) => d.includes(`: ${field}: `)).join('\n');
    expect(score.precision, `precision of ${field} fell below ${floor?.precision}\n${detail}`).toBeGreaterThanOrEqual((floor?.precision ?? 1) - 1e-9);
    expect(score.recall, `recall of ${field} fell below ${floor?.recall}\n${detail}`).toBeGreaterThanOrEqual((floor?.recall ?? 1) - 1e-9);
  });
});
