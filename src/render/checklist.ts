// PLACEHOLDER until the renderers branch lands (same signature); the lead takes the real one on merge.
import type { Lang, ParsedDocument } from '../types.js';

export interface ChecklistOptions {
  groupBy: 'unit' | 'due' | 'document';
  lang: Lang;
  today: string;
}

interface Row {
  unit: string;
  support: string;
  task: string;
  due: string;
  written: string;
  document: string;
  item: string;
}

function rows(docs: ParsedDocument[]): Row[] {
  const out: Row[] = [];
  for (const doc of docs) {
    const ref = doc.document.reference ?? doc.source.name ?? '';
    for (const task of doc.tasks) {
      const deadlines = doc.deadlines.filter((d) => d.taskId === task.id);
      for (const d of deadlines.length ? deadlines : [null]) {
        out.push({
          unit: task.lead.join('; '),
          support: task.support.join('; '),
          task: task.text,
          due: d?.due ? d.due.split('-').reverse().join('/') : '',
          written: d?.text ?? '',
          document: ref,
          item: task.id,
        });
      }
    }
  }
  return out;
}

export function renderChecklistMarkdown(docs: ParsedDocument[], options: ChecklistOptions): string {
  const groups = new Map<string, Row[]>();
  for (const r of rows(docs)) {
    const key = options.groupBy === 'unit' ? r.unit || '—' : options.groupBy === 'due' ? r.due || '—' : r.document;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const out: string[] = [];
  for (const [key, list] of groups) {
    out.push(`## ${key}`, '');
    for (const r of list) out.push(`- [ ] ${r.due ? `**${r.due}** ` : ''}${r.task} (${r.document}, ${r.item})`);
    out.push('');
  }
  return out.join('\n');
}

const cell = (s: string) => {
  const guarded = /^[=+\-@\t\r]/u.test(s) ? `'${s}` : s;
  return /[",\r\n]/u.test(guarded) ? `"${guarded.replace(/"/gu, '""')}"` : guarded;
};

export function renderChecklistCsv(docs: ParsedDocument[], options: ChecklistOptions): string {
  const head = options.lang === 'en'
    ? ['Unit', 'Supporting units', 'Task', 'Due', 'Deadline as written', 'Document', 'Item', 'Status']
    : ['Đơn vị chủ trì', 'Đơn vị phối hợp', 'Nhiệm vụ', 'Thời hạn', 'Thời hạn ghi trong văn bản', 'Văn bản', 'Mục', 'Trạng thái'];
  const lines = [head.map(cell).join(',')];
  for (const r of rows(docs)) lines.push([r.unit, r.support, r.task, r.due, r.written, r.document, r.item, ''].map(cell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
