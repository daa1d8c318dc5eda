/**
 * Accuracy of the parser against the hand-written truth files (test/expected/*.json):
 * precision and recall per field over all fixtures. Used by `npm run eval` (a table) and by
 * test/eval.test.ts (CI fails when a figure drops below test/eval-baseline.json).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocumentAsync } from '../../src/index.js';
import type { ParsedDocument } from '../../src/types.js';

type Json = Record<string, unknown>;
export interface Score {
  tp: number;
  fp: number;
  fn: number;
}
export interface FieldScore extends Score {
  field: string;
  precision: number;
  recall: number;
}
export interface EvalResult {
  fields: FieldScore[];
  /** One line per disagreement: "<fixture>: <field>: missing|extra|expected … got …". */
  diffs: string[];
  fixtures: number;
}

const norm = (v: unknown): string =>
  v === null || v === undefined
    ? ''
    : String(v).normalize('NFC').replace(/\s+/gu, ' ').replace(/[\s.;,]+$/u, '').trim();

const dl = (d: Json, keys: string[]) => keys.map((k) => `${k}=${norm(d[k]) || '∅'}`).join(' ');

export async function evaluate(root: string, only?: string): Promise<EvalResult> {
  const scores = new Map<string, Score>();
  const diffs: string[] = [];
  const add = (field: string, s: Partial<Score>) => {
    const cur = scores.get(field) ?? { tp: 0, fp: 0, fn: 0 };
    cur.tp += s.tp ?? 0;
    cur.fp += s.fp ?? 0;
    cur.fn += s.fn ?? 0;
    scores.set(field, cur);
  };
  const scalar = (file: string, field: string, expected: unknown, actual: unknown) => {
    const e = norm(expected);
    const a = norm(actual);
    add(field, {});
    if (e === '' && a === '') return;
    if (e === a) return add(field, { tp: 1 });
    if (a !== '') add(field, { fp: 1 });
    if (e !== '') add(field, { fn: 1 });
    diffs.push(`${file}: ${field}: expected ${JSON.stringify(expected)} got ${JSON.stringify(actual)}`);
  };
  const sets = (file: string, field: string, expected: string[], actual: string[]) => {
    const e = new Map<string, number>();
    for (const x of expected) e.set(x, (e.get(x) ?? 0) + 1);
    let tp = 0;
    const extra: string[] = [];
    for (const x of actual) {
      const n = e.get(x) ?? 0;
      if (n > 0) {
        tp++;
        e.set(x, n - 1);
      } else extra.push(x);
    }
    const missing = [...e.entries()].flatMap(([k, n]) => Array(n).fill(k) as string[]);
    add(field, { tp, fp: extra.length, fn: missing.length });
    for (const m of missing) diffs.push(`${file}: ${field}: missing ${m}`);
    for (const x of extra) diffs.push(`${file}: ${field}: extra   ${x}`);
  };

  const files = readdirSync(join(root, 'fixtures'))
    .filter((f) => /\.(txt|md|docx)$/u.test(f) && (!only || f.includes(only)))
    .sort();
  let count = 0;
  for (const f of files) {
    const stem = f.replace(/\.(txt|md|docx)$/u, '');
    let expected: Json;
    try {
      expected = JSON.parse(readFileSync(join(root, 'test/expected', `${stem}.json`), 'utf8')) as Json;
    } catch {
      continue;
    }
    count++;
    const doc: ParsedDocument = await parseDocumentAsync(readFileSync(join(root, 'fixtures', f)), { path: `fixtures/${f}` });
  const ed = (expected.document ?? {}) as Json;
  const ad = doc.document as unknown as Json;
  for (const k of ['type', 'typeName', 'layout', 'reference', 'number', 'symbol', 'place', 'subject', 'urgency']) scalar(stem, `document.${k}`, ed[k], ad[k]);
  const edate = (ed.date ?? {}) as Json;
  const adate = (doc.document.date ?? {}) as Json;
  for (const k of ['iso', 'year', 'month', 'day']) scalar(stem, `document.date.${k}`, edate[k], adate[k]);
  const ei = (ed.issuer ?? {}) as Json;
  const ai = (doc.document.issuer ?? {}) as Json;
  scalar(stem, 'document.issuer.name', ei.name, ai.name);
  scalar(stem, 'document.issuer.parent', ei.parent, ai.parent);
  const es = (ed.signer ?? {}) as Json;
  const as = (doc.document.signer ?? {}) as Json;
  for (const k of ['name', 'position', 'authority']) scalar(stem, `document.signer.${k}`, es[k], as[k]);
  sets(stem, 'document.recipients', ((ed.recipients ?? []) as string[]).map(norm), doc.document.recipients.map(norm));
  sets(stem, 'document.distribution', ((ed.distribution ?? []) as string[]).map(norm), doc.document.distribution.map(norm));
  sets(
    stem,
    'document.references',
    ((ed.references ?? []) as Json[]).map((r) => `${norm(r.reference)}@${norm(r.date)}`),
    doc.document.references.map((r) => `${norm(r.reference)}@${norm(r.date)}`),
  );
  sets(stem, 'namedDates', ((expected.namedDates ?? []) as Json[]).map((n) => `${norm(n.name).toLowerCase()}=${norm(n.date)}`), doc.namedDates.map((n) => `${norm(n.name).toLowerCase()}=${n.date}`));
  const et = (expected.tasks ?? []) as Json[];
  sets(stem, 'tasks', et.map((t) => norm(t.id)), doc.tasks.map((t) => t.id));
  sets(stem, 'tasks.lead', et.flatMap((t) => ((t.lead ?? []) as string[]).map((u) => `${norm(t.id)}: ${norm(u)}`)), doc.tasks.flatMap((t) => t.lead.map((u) => `${t.id}: ${norm(u)}`)));
  sets(stem, 'tasks.support', et.flatMap((t) => ((t.support ?? []) as string[]).map((u) => `${norm(t.id)}: ${norm(u)}`)), doc.tasks.flatMap((t) => t.support.map((u) => `${t.id}: ${norm(u)}`)));
  const edl = (expected.deadlines ?? []) as Json[];
  const adl = doc.deadlines as unknown as Json[];
  sets(stem, 'deadlines', edl.map((d) => dl(d, ['relation', 'date', 'end'])), adl.map((d) => dl(d, ['relation', 'date', 'end'])));
  sets(stem, 'deadlines.due', edl.map((d) => dl(d, ['relation', 'due', 'time', 'rrule'])), adl.map((d) => dl(d, ['relation', 'due', 'time', 'rrule'])));
  sets(stem, 'deadlines.task', edl.map((d) => dl(d, ['taskId', 'relation', 'date'])), adl.map((d) => dl(d, ['taskId', 'relation', 'date'])));
  sets(stem, 'deadlines.flags', edl.map((d) => dl(d, ['taskId', 'date', 'tentative', 'emphasized'])), adl.map((d) => dl(d, ['taskId', 'date', 'tentative', 'emphasized'])));
  }

  const fields = [...scores.entries()].map(([field, s]) => ({
    field,
    ...s,
    precision: s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp),
    recall: s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn),
  }));
  return { fields, diffs, fixtures: count };
}
