export * from './types.js';
export { parseDocument, parseDocumentAsync, parseText } from './parse.js';
export { unitMatches, unitKey } from './extract/units.js';
export * from './render/index.js';
