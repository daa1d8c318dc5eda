/**
 * Golden outputs: the full JSON of every fixture, reviewed by hand when it changes.
 * Regenerate with `UPDATE_GOLDEN=1 npx vitest run test/golden.test.ts`, then read the diff.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocumentAsync } from '../src/index.js';

const root = join(import.meta.dirname, '..');
const fixtures = readdirSync(join(root, 'fixtures')).filter((f) => /\.(txt|md|docx)$/u.test(f)).sort();
const update = process.env.UPDATE_GOLDEN === '1';

describe('golden output of every fixture', () => {
  it.each(fixtures)('%s', async (name) => {
    const bytes = readFileSync(join(root, 'fixtures', name));
    const parsed = await parseDocumentAsync(bytes, { path: `fixtures/${name}` });
    const actual = `${JSON.stringify(parsed, null, 2)}\n`;
    const file = join(root, 'test/golden', `${name.replace(/\.(txt|md|docx)$/u, '')}.json`);
    if (update || !existsSync(file)) {
      writeFileSync(file, actual);
      if (!update) throw new Error(`golden file was missing and has been written: ${file}; review it`);
      return;
    }
    expect(actual).toBe(readFileSync(file, 'utf8'));
  });
});
