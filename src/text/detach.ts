/**
 * A string that does not keep its source alive. V8 represents a substring of 13 or more
 * characters as a view into the string it was cut from, so a long-lived cache keyed by
 * words cut from a document keeps every such document in memory. A key stored in a cache
 * that outlives the document must be a copy.
 */
export function detached(s: string): string {
  return s.length < 13 ? s : [...s].join('');
}
