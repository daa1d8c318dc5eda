import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../src/index.js';

describe('package', () => {
  it('exposes the schema version', () => {
    expect(SCHEMA_VERSION).toBe('1');
  });
});
