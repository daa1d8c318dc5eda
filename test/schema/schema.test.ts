/**
 * schema/bau-cu.schema.json against the code: every fixture's parse output validates,
 * every string is NFC, drift in either direction fails (the key lists below are checked
 * against src/types.ts by the type checker, and against the schema at run time), and the
 * schema rejects what it must (wrong enum, missing or extra field, bad date).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/index.js';
import type {
  Assignee,
  CitedDocument,
  Deadline,
  DocDate,
  DocumentInfo,
  DocumentLines,
  Duration,
  Issuer,
  NamedDate,
  ParsedDocument,
  Section,
  Signer,
  SourceInfo,
  Task,
  Warning,
} from '../../src/types.js';

const root = join(import.meta.dirname, '..', '..');
const schema = JSON.parse(readFileSync(join(root, 'schema', 'bau-cu.schema.json'), 'utf8')) as {
  additionalProperties: boolean;
  properties: Record<string, unknown>;
  required: string[];
  $defs: Record<string, { properties?: Record<string, unknown>; required?: string[]; additionalProperties?: boolean }>;
};

const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });
const validate = ajv.compile(schema);

/** Exactly the keys of T: a missing or an extra key is a type error. */
function keys<T>() {
  return <const K extends readonly (keyof T)[]>(list: K & ([keyof T] extends [K[number]] ? unknown : 'missing keys')) => list;
}

const KEYS = {
  '': keys<ParsedDocument>()(['schemaVersion', 'source', 'document', 'namedDates', 'sections', 'tasks', 'deadlines', 'warnings']),
  SourceInfo: keys<SourceInfo>()(['path', 'name', 'sha256', 'bytes', 'encoding', 'format']),
  DocDate: keys<DocDate>()(['iso', 'year', 'month', 'day', 'text', 'line']),
  Issuer: keys<Issuer>()(['name', 'parent', 'line']),
  Signer: keys<Signer>()(['name', 'position', 'authority', 'line']),
  CitedDocument: keys<CitedDocument>()(['type', 'reference', 'date', 'issuer', 'text', 'line', 'column']),
  DocumentLines: keys<DocumentLines>()(['type', 'reference', 'place', 'subject', 'urgency', 'recipients', 'distribution']),
  DocumentInfo: keys<DocumentInfo>()([
    'type', 'typeName', 'layout', 'reference', 'number', 'symbol', 'date', 'place', 'issuer', 'subject', 'urgency',
    'recipients', 'signer', 'distribution', 'references', 'lines',
  ]),
  NamedDate: keys<NamedDate>()(['name', 'date', 'text', 'line', 'column']),
  Section: keys<Section>()(['id', 'path', 'label', 'depth', 'title', 'line']),
  Assignee: keys<Assignee>()(['name', 'title']),
  Task: keys<Task>()(['id', 'path', 'label', 'depth', 'text', 'lead', 'support', 'assignees', 'output', 'line']),
  Duration: keys<Duration>()(['value', 'unit', 'workingDays']),
  Deadline: keys<Deadline>()([
    'id', 'taskId', 'relation', 'date', 'end', 'due', 'time', 'rrule', 'duration', 'tentative', 'emphasized', 'text', 'lead',
    'line', 'column',
  ]),
  Warning: keys<Warning>()(['code', 'message', 'line']),
};

const fixtures = readdirSync(join(root, 'fixtures'))
  .filter((n) => /\.(?:txt|md)$/u.test(n))
  .sort();

function parseFixture(name: string): ParsedDocument {
  const path = join('fixtures', name);
  return parseDocument(readFileSync(join(root, path)), { path });
}

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
  return out;
}

describe('JSON Schema', () => {
  it('names exactly the fields of src/types.ts, all required, no others allowed', () => {
    for (const [def, list] of Object.entries(KEYS)) {
      const node = def === '' ? schema : schema.$defs[def];
      expect(node, def).toBeDefined();
      expect(Object.keys(node?.properties ?? {}).sort(), def).toEqual([...list].sort());
      expect([...(node?.required ?? [])].sort(), def).toEqual([...list].sort());
      expect(node?.additionalProperties, def).toBe(false);
    }
  });

  it.each(fixtures)('validates the output for %s', (name) => {
    const doc = JSON.parse(JSON.stringify(parseFixture(name))) as ParsedDocument;
    const ok = validate(doc);
    expect(ok ? [] : validate.errors).toEqual([]);
    for (const s of strings(doc)) expect(s.normalize('NFC')).toBe(s);
  });

  it('validates in-memory strings and a not-a-document text', () => {
    expect(validate(parseDocument('Xin chào, hôm nay trời đẹp.'))).toBe(true);
    expect(validate(parseDocument(''))).toBe(true);
  });

  describe('rejects drift', () => {
    // A document with tasks and deadlines (seed 000: three tasks, two "trước ngày").
    const base = (): ParsedDocument => {
      const doc = JSON.parse(JSON.stringify(parseFixture('seed-000-cong-van-ubnd-lao-cai.txt'))) as ParsedDocument;
      expect(doc.tasks.length).toBeGreaterThan(0);
      expect(doc.deadlines.length).toBeGreaterThan(0);
      return doc;
    };
    const mutations: Array<[string, (d: Record<string, any>) => void]> = [
      ['an unknown document type', (d) => (d.document.type = 'cong-van-khan')],
      ['an unknown relation', (d) => (d.deadlines[0].relation = 'until')],
      ['an unknown layout', (d) => (d.document.layout = 'church')],
      ['an unknown format', (d) => (d.source.format = 'pdf')],
      ['a wrong schemaVersion', (d) => (d.schemaVersion = '2')],
      ['an extra top-level field', (d) => (d.extra = 1)],
      ['an extra task field', (d) => (d.tasks[0].priority = 'high')],
      ['a missing deadline field', (d) => delete d.deadlines[0].tentative],
      ['a non-ISO due date', (d) => (d.deadlines[0].due = '01/03/2026')],
      ['a month-precision due date', (d) => (d.deadlines[0].due = '2026-03')],
      ['month 13', (d) => (d.deadlines[0].date = '2026-13')],
      ['a time with seconds', (d) => (d.deadlines[0].time = '11:00:00')],
      ['an RRULE without FREQ', (d) => (d.deadlines[0].rrule = 'BYDAY=TH')],
      ['a short sha256', (d) => (d.source.sha256 = 'abc')],
      ['line 0', (d) => (d.tasks[0].line = 0)],
    ];
    it.each(mutations)('%s', (_, mutate) => {
      const doc = base();
      expect(validate(doc)).toBe(true);
      mutate(doc as unknown as Record<string, any>);
      expect(validate(doc)).toBe(false);
    });

    it('accepts month and year precision in date and end', () => {
      const doc = base();
      const d = doc.deadlines[0] as Deadline;
      d.date = '2026-03';
      d.end = '2026';
      d.time = '23:59';
      d.rrule = 'FREQ=WEEKLY;BYDAY=TH';
      d.duration = { value: 5, unit: 'day', workingDays: true };
      expect(validate(doc)).toBe(true);
    });
  });
});
