// PLACEHOLDER until the renderers branch lands (same signature); the lead takes the real one on merge.
import { unitMatches } from '../extract/units.js';
import type { ParsedDocument } from '../types.js';

/**
 * Keep only the tasks whose lead or supporting unit matches `query`, and their deadlines;
 * document-level deadlines (no task) are kept when their lead matches.
 */
export function filterByUnit(doc: ParsedDocument, query: string): ParsedDocument {
  const matches = (units: string[]) => units.some((u) => unitMatches(query, u));
  const tasks = doc.tasks.filter((t) => matches(t.lead) || matches(t.support));
  const kept = new Set(tasks.map((t) => t.id));
  const deadlines = doc.deadlines.filter((d) => (d.taskId === null ? matches(d.lead) : kept.has(d.taskId)));
  return { ...doc, tasks, deadlines };
}
