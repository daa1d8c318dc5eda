// PLACEHOLDER until the renderers branch lands (same signature); the lead takes the real one on merge.
import chalk from 'chalk';
import type { Lang, ParsedDocument } from '../types.js';

export interface AgendaOptions {
  today: string;
  within: number | null;
  color: boolean;
  lang: Lang;
}

const dayNumber = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;

export function renderAgenda(docs: ParsedDocument[], options: AgendaOptions): string {
  const items: Array<{ due: string; left: number; line: string }> = [];
  for (const doc of docs) {
    for (const d of doc.deadlines) {
      if (!d.due) continue;
      const left = dayNumber(d.due) - dayNumber(options.today);
      if (options.within !== null && left > options.within) continue;
      items.push({ due: d.due, left, line: `${d.lead.join(', ') || '—'}: ${d.text} (${doc.document.reference ?? doc.source.name ?? ''})` });
    }
  }
  items.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
  const days = options.lang === 'en' ? 'days' : 'ngày';
  return items
    .map((i) => {
      const head = `${i.due} (${i.left} ${days})`;
      const painted = !options.color ? head : i.left < 0 ? chalk.red(head) : i.left <= 3 ? chalk.yellow(head) : head;
      return `${painted}  ${i.line}\n`;
    })
    .join('');
}
