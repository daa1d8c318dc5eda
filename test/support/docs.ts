/**
 * Hand-made ParsedDocument objects for exporter tests, and the real fixtures parsed with
 * their hand-written deadline truth merged in (the deadline engine is still a stub on main).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseDocument } from '../../src/index.js';
import type { Deadline, DocumentInfo, NamedDate, ParsedDocument, Task } from '../../src/types.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

type DocInit = Partial<Omit<ParsedDocument, 'document'>> & { document?: Partial<DocumentInfo> };

let counter = 0;

export function task(id: string, init: Partial<Task> = {}): Task {
  const path = init.path ?? id.split('/');
  return {
    id,
    path,
    label: init.label ?? `${path[path.length - 1] ?? ''}.`,
    depth: path.length,
    text: 'Tổ chức thực hiện nhiệm vụ được giao',
    lead: [],
    support: [],
    assignees: [],
    output: null,
    line: 10,
    ...init,
  };
}

/** A deadline; `id` is filled in by `doc()` from its task and position. */
export function deadline(taskId: string | null, init: Partial<Deadline> = {}): Deadline {
  return {
    id: '',
    taskId,
    relation: 'by',
    date: null,
    end: null,
    due: null,
    time: null,
    rrule: null,
    duration: null,
    tentative: false,
    emphasized: false,
    text: 'chậm nhất ngày 15/3/2026',
    lead: [],
    line: 12,
    column: 1,
    ...init,
  };
}

export function named(name: string, date: string, text = `${name} (${date})`): NamedDate {
  return { name, date, text, line: 3, column: 1 };
}

export function doc(init: DocInit = {}): ParsedDocument {
  const tasks = init.tasks ?? [];
  const counts = new Map<string, number>();
  const deadlines = (init.deadlines ?? []).map((d) => {
    const n = (counts.get(d.taskId ?? '') ?? 0) + 1;
    counts.set(d.taskId ?? '', n);
    const t = tasks.find((x) => x.id === d.taskId);
    return { ...d, id: d.id || `${d.taskId ?? ''}#${n}`, lead: d.lead.length > 0 ? d.lead : (t?.lead ?? []) };
  });
  counter++;
  return {
    schemaVersion: '1',
    source: {
      path: `in/doc-${counter}.txt`,
      name: `doc-${counter}.txt`,
      sha256: String(counter).padStart(64, '0'),
      bytes: 1000,
      encoding: 'utf-8',
      format: 'txt',
      ...init.source,
    },
    document: {
      type: 'ket-luan',
      typeName: 'Kết luận',
      layout: 'state',
      reference: '19/KL-UBBC',
      number: '19',
      symbol: 'KL-UBBC',
      date: { iso: '2021-02-25', year: 2021, month: 2, day: 25, text: 'ngày 25 tháng 02 năm 2021', line: 5 },
      place: 'Sơn La',
      issuer: { name: 'Ủy ban bầu cử tỉnh Sơn La', parent: null, line: 1 },
      subject: 'Kết luận của Chủ tịch Ủy ban bầu cử tỉnh',
      urgency: null,
      recipients: [],
      signer: null,
      distribution: [],
      references: [],
      lines: { type: 7, reference: 3, place: 5, subject: 9, urgency: null, recipients: [], distribution: [] },
      ...init.document,
    },
    namedDates: init.namedDates ?? [],
    sections: init.sections ?? [],
    tasks,
    deadlines,
    warnings: init.warnings ?? [],
  };
}

/** A document with no number and no date (a draft or a converted text without header). */
export function undatedDoc(init: DocInit = {}): ParsedDocument {
  return doc({
    ...init,
    document: { reference: null, number: null, symbol: null, date: null, issuer: null, typeName: null, type: null, ...init.document },
  });
}

// ---------------------------------------------------------------------------------------
// Real fixtures

interface TruthDeadline {
  taskId: string | null;
  relation: Deadline['relation'];
  date: string | null;
  end: string | null;
  due: string | null;
  time: string | null;
  rrule: string | null;
  tentative: boolean;
  emphasized: boolean;
  duration?: Deadline['duration'];
}

export function fixtureText(name: string): string {
  return readFileSync(`${ROOT}fixtures/${name}`, 'utf8');
}

export function parseFixture(name: string, text?: string): ParsedDocument {
  const bytes = text === undefined ? readFileSync(`${ROOT}fixtures/${name}`) : Buffer.from(text, 'utf8');
  return parseDocument(bytes, { path: `fixtures/${name}` });
}

/**
 * A fixture parsed by the real parser, with the deadlines (and named dates) of its truth
 * file in place of the stub engine's: what the exporters will see once the engine lands.
 */
export function fixtureWithTruth(name: string, text?: string): ParsedDocument {
  const parsed = parseFixture(name, text);
  const stem = name.replace(/\.(txt|md|docx)$/u, '');
  const truth = JSON.parse(readFileSync(`${ROOT}test/expected/${stem}.json`, 'utf8')) as {
    namedDates?: Array<{ name: string; date: string }>;
    deadlines?: TruthDeadline[];
  };
  const tasks = new Map(parsed.tasks.map((t) => [t.id, t] as const));
  const counts = new Map<string, number>();
  const deadlines: Deadline[] = (truth.deadlines ?? []).map((d) => {
    const n = (counts.get(d.taskId ?? '') ?? 0) + 1;
    counts.set(d.taskId ?? '', n);
    const found = parsed.deadlines.find((x) => x.taskId === d.taskId && (x.date === d.date || x.relation === d.relation));
    const text = found?.text ?? [d.relation, d.date, d.end, d.rrule].filter(Boolean).join(' ');
    return {
      id: `${d.taskId ?? ''}#${n}`,
      taskId: d.taskId,
      relation: d.relation,
      date: d.date,
      end: d.end,
      due: d.due,
      time: d.time,
      rrule: d.rrule,
      duration: d.duration ?? null,
      tentative: d.tentative,
      emphasized: d.emphasized,
      text,
      lead: d.taskId === null ? (found?.lead ?? []) : (tasks.get(d.taskId)?.lead ?? []),
      line: found?.line ?? 1,
      column: found?.column ?? 1,
    };
  });
  const namedDates = (truth.namedDates ?? []).map((n) => ({ name: n.name, date: n.date, text: n.name, line: 1, column: 1 }));
  return { ...parsed, deadlines, namedDates };
}
