/**
 * A terminal timeline of the deadlines of all documents, soonest first, counted from
 * `options.today`: Quá hạn / Hôm nay / 7 ngày tới / Sau đó.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import type { Lang, ParsedDocument } from '../types.js';
import { addDays, diffDays, formatDm, formatDmy, isFullDate, weekday } from './dates.js';
import { daysLeftLabel, label, weekdayName } from './labels.js';
import {
  collapse,
  deadlineEntries,
  documentTag,
  itemReference,
  namedDateEntries,
  placeDeadline,
  unitAndTask,
} from './model.js';
import { nextOccurrence } from './recurrence.js';

export interface AgendaOptions {
  /** "YYYY-MM-DD": the day days are counted from. */
  today: string;
  /** Show only deadlines due within this many days (overdue ones always); null = all. */
  within: number | null;
  /** ANSI colours (overdue red, due within 3 days yellow); false = plain text. */
  color: boolean;
  lang: Lang;
}

const TASK_MAX = 70;
const SOON_DAYS = 3;

interface Item {
  due: string;
  /** Start of a range that has not ended. */
  from: string | null;
  time: string | null;
  recurring: boolean;
  tentative: boolean;
  text: string;
  source: string;
  sort: [number, number, number];
}

type GroupKey = 'overdue' | 'today' | 'next7' | 'later';

function groupOf(days: number): GroupKey {
  if (days < 0) return 'overdue';
  if (days === 0) return 'today';
  return days <= 7 ? 'next7' : 'later';
}

const width = (s: string) => Array.from(s).length;
const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - width(s)));

export function renderAgenda(docs: ParsedDocument[], options: AgendaOptions): string {
  const { today, lang } = options;
  // A local instance: never the global chalk, whose level follows the environment.
  const c: ChalkInstance = new Chalk({ level: options.color ? 1 : 0 });
  const items: Item[] = [];
  let undated = 0;

  docs.forEach((doc, docIndex) => {
    for (const e of deadlineEntries(doc, docIndex)) {
      const p = placeDeadline(e.deadline, doc, today);
      const due = p?.rule ? nextOccurrence(p.rule, p.start, today) : (p?.due ?? null);
      if (!p || !due) {
        undated++;
        continue;
      }
      const body = collapse(e.task?.text) || collapse(doc.document.subject) || collapse(e.deadline.text);

      const source = [documentTag(doc, lang), itemReference(e.task, lang)].filter((x) => x !== '').join(', ');
      items.push({
        due,
        from: p.kind === 'range' && p.start > today ? p.start : null,
        time: p.time,
        recurring: p.kind === 'recurring',
        tentative: e.deadline.tentative,
        text: unitAndTask(e.task, e.deadline, body, TASK_MAX),
        source,
        sort: [0, docIndex, e.order],
      });
    }
  });
  namedDateEntries(docs).forEach(({ named, docs: sources }, i) => {
    // A named date is a milestone, not an obligation: shown while it is ahead.
    if (!isFullDate(named.date) || named.date < today) return;
    const name = collapse(named.name);
    items.push({
      due: named.date,
      from: null,
      time: null,
      recurring: false,
      tentative: false,
      text: name.charAt(0).toLocaleUpperCase('vi') + name.slice(1),
      source: sources.map((d) => documentTag(d, lang)).join('; '),
      sort: [-1, 0, i],
    });
  });

  items.sort(
    (a, b) =>
      (a.due < b.due ? -1 : a.due > b.due ? 1 : 0) ||
      (a.time ?? '').localeCompare(b.time ?? '') ||
      a.sort[0] - b.sort[0] ||
      a.sort[1] - b.sort[1] ||
      a.sort[2] - b.sort[2],
  );
  const shown = items.filter((it) => {
    const days = diffDays(today, it.due);
    return options.within === null || days < 0 || days <= options.within;
  });
  const hidden = items.length - shown.length;

  const out: string[] = [];
  const title = label('agendaTitle', lang, { date: `${formatDmy(today)} (${weekdayName(weekday(today), lang)})` });
  out.push(c.bold(options.within === null ? title : `${title} — ${label('agendaWithin', lang, { n: options.within })}`), '');

  if (shown.length === 0) out.push(label('agendaEmpty', lang), '');
  const cells = shown.map((it) => {
    const days = diffDays(today, it.due);
    // dd/mm within today's year; a date of another year keeps its year.
    const show = (iso: string) => (iso.slice(0, 4) === today.slice(0, 4) ? formatDm(iso) : formatDmy(iso));
    let date = show(it.due);
    if (it.from) date = `${show(it.from)}–${date}`;
    if (it.time) date += ` ${it.time}`;
    const notes = [it.recurring ? label('recurringShort', lang) : '', it.tentative ? label('tentative', lang) : '']
      .filter((x) => x !== '')
      .join(', ');
    return { it, days, date, left: daysLeftLabel(days, lang), text: notes ? `${it.text} (${notes})` : it.text };
  });
  const dateWidth = Math.max(0, ...cells.map((x) => width(x.date)));
  const leftWidth = Math.max(0, ...cells.map((x) => width(x.left)));
  const order: GroupKey[] = ['overdue', 'today', 'next7', 'later'];
  for (const key of order) {
    const rows = cells.filter((x) => groupOf(x.days) === key);
    if (rows.length === 0) continue;
    out.push(c.bold(`${label(key, lang)} (${rows.length})`));
    for (const x of rows) {
      const line = `  ${pad(x.date, dateWidth)}  ${pad(x.left, leftWidth)}  ${x.text}`;
      const paint = x.days < 0 ? c.red : x.days <= SOON_DAYS ? c.yellow : (s: string) => s;
      out.push(`${paint(line)}${x.it.source ? `  ${c.dim(`[${x.it.source}]`)}` : ''}`);
    }
    out.push('');
  }
  if (hidden > 0 && options.within !== null) {
    out.push(c.dim(label('agendaHidden', lang, { n: hidden, date: formatDmy(addDays(today, options.within)) })));
  }
  if (undated > 0) out.push(c.dim(label('agendaUndated', lang, { n: undated })));
  return `${out.join('\n').trimEnd()}\n`;
}
