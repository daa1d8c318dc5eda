/** The exporters: pure functions from parsed documents to text. */
export { filterByUnit } from './filter.js';
export { renderIcs, type IcsOptions } from './ics.js';
export { renderChecklistMarkdown, renderChecklistCsv, type ChecklistOptions } from './checklist.js';
export { renderAgenda, type AgendaOptions } from './agenda.js';
