/**
 * `--unit TEXT`: keep what concerns one unit. Matching (case, diacritics, tone placement,
 * abbreviations) is `unitMatches` from the parser, so the filter and the parser agree on
 * what a unit is.
 */
import { unitMatches } from '../extract/units.js';
import type { ParsedDocument } from '../types.js';

/**
 * A copy of `doc` with only the tasks whose lead or supporting units match `query`, the
 * deadlines of those tasks, and the document-level deadlines whose lead matches. The
 * document's header, sections, named dates (they define dates other deadlines use, such
 * as election day) and warnings are kept. A blank query keeps everything. Pure: `doc` is
 * not modified.
 */
export function filterByUnit(doc: ParsedDocument, query: string): ParsedDocument {
  if (query.trim() === '') return doc;
  const matches = (units: readonly string[]) => units.some((u) => unitMatches(query, u));
  const tasks = doc.tasks.filter((t) => matches(t.lead) || matches(t.support));
  const kept = new Set(tasks.map((t) => t.id));
  const known = new Set(doc.tasks.map((t) => t.id));
  const deadlines = doc.deadlines.filter((d) =>
    d.taskId !== null && known.has(d.taskId) ? kept.has(d.taskId) : matches(d.lead),
  );
  return { ...doc, tasks, deadlines };
}
