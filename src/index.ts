export * from './types.js';
export { parseDocument, parseText } from './parse.js';
export { unitMatches, unitKey } from './extract/units.js';
