/**
 * From command-line operands to parsed documents. Operands are files, directories (their
 * .txt/.md/.docx files, sorted, not recursive) and "-" for stdin (read only when "-" is
 * given). `ics`, `checklist` and `agenda` also take the JSON that `parse` wrote (one
 * object, an array, or NDJSON), recognised by content, not by name. The same document
 * given twice (same `source.sha256`) counts once.
 *
 * Each input is checked before parsing — missing, unreadable, empty, whitespace-only,
 * binary (NUL bytes), over 20 MB — and a failure is reported for that input only; the
 * others are still processed.
 */
// Synchronous like the reads (readFileChecked): a run looks at one operand at a time, and
// node:fs/promises would cost a cold `bau-cu parse FILE` its loading (~0.5 ms, with the
// readline and watcher modules it pulls in).
import { closeSync, fstatSync, opendirSync, openSync, readFileSync, statSync } from 'node:fs';

// The parser, not the library's index: the index also exports the renderers, and loading
// them (an Intl.Collator built at module load among them) would cost `bau-cu parse` cold-start
// time for code it never runs. The render commands import them when they need them.
import { parseDocument, parseDocumentAsync } from '../parse.js';
import { looksBinary } from '../read/decode.js';
import { SCHEMA_VERSION, type InputFormat, type Lang, type ParsedDocument, type ParseOptions } from '../types.js';
import { errnoCode, InputError, type Reporter } from './errors.js';
import { DigestSet } from './digest-set.js';
import { InputList, type InputItem } from './input-list.js';
import { ParsePool, threadsFor, type DocumentText, type JobResult } from './pool.js';
import { t } from './messages.js';

export const MAX_INPUT_BYTES = 20 * 1024 * 1024;
const DOCUMENT_NAME = /\.(?:txt|md|docx)$/iu;
/** Inputs read ahead per thread: results wait in memory (as JSON text) until their turn. */
const READ_AHEAD_PER_THREAD = 8;

export type { InputItem };

export interface Expanded {
  items: InputList;
  /** One operand naming one file (or "-"): `parse` prints an object rather than an array. */
  single: boolean;
}

function fsReason(error: unknown, lang: Lang): string {
  const code = errnoCode(error);
  if (code === 'EACCES' || code === 'EPERM') return t('reason-permission', {}, lang);
  if (code === 'EISDIR') return t('reason-is-dir', {}, lang);
  if (code === 'ELOOP') return t('reason-loop', {}, lang);
  return code ?? (error instanceof Error ? error.message : String(error));
}

function fsError(error: unknown, lang: Lang): InputError {
  const code = errnoCode(error);
  if (code === 'ENOENT' || code === 'ENOTDIR') return new InputError('input-missing');
  return new InputError('input-unreadable', { reason: fsReason(error, lang) });
}

/**
 * Names of the documents of a directory, one at a time, in no order: .txt/.md/.docx entries
 * that are not directories. Hidden files and Word's lock files ("~$Ke hoach.docx") are not
 * documents.
 */
function* documentNames(dir: string): Generator<string> {
  const handle = opendirSync(dir);
  try {
    for (let e = handle.readSync(); e !== null; e = handle.readSync()) {
      if (e.isDirectory() || !DOCUMENT_NAME.test(e.name) || e.name.startsWith('.') || e.name.startsWith('~$')) continue;
      yield e.name;
    }
  } finally {
    handle.closeSync();
  }
}

/**
 * Operands → input items. A missing path or a directory without documents is reported
 * (exit 1) and skipped.
 */
export async function expandOperands(operands: string[], reporter: Reporter): Promise<Expanded> {
  const items = new InputList();
  let single = operands.length === 1;
  for (const operand of operands) {
    if (operand === '-') {
      items.push({ path: null, display: t('stdin', {}, reporter.lang) });
      continue;
    }
    let isDir = false;
    try {
      isDir = statSync(operand).isDirectory();
    } catch (error) {
      reporter.inputError(operand, fsError(error, reporter.lang));
      continue;
    }
    if (!isDir) {
      items.push({ path: operand, display: operand });
      continue;
    }
    single = false;
    let found: number;
    try {
      found = items.pushDirectory(operand, documentNames(operand));
    } catch (error) {
      reporter.inputError(operand, fsError(error, reporter.lang));
      continue;
    }
    if (found === 0) reporter.inputError(operand, new InputError('input-dir-empty'));
  }
  return { items, single };
}

let stdinBytes: Promise<Uint8Array> | null = null;

/** All of stdin, read once (a second "-" gets the same bytes). */
function readStdin(): Promise<Uint8Array> {
  stdinBytes ??= (async () => {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of process.stdin) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      size += buf.length;
      if (size > MAX_INPUT_BYTES) {
        process.stdin.destroy();
        throw new InputError('input-too-large', { size: '> 20', limit: 20 });
      }
      chunks.push(buf);
    }
    return Buffer.concat(chunks);
  })();
  return stdinBytes;
}

/** Size in MB, rounded up so that a file just over the limit never reads "20.0 MB". */
function megabytes(bytes: number): string {
  return (Math.ceil((bytes / (1024 * 1024)) * 10) / 10).toFixed(1);
}

/**
 * The bytes of one file, checked. Synchronous on purpose: the CLI reads one input at a time
 * and parses it right away, so nothing could run meanwhile, and the promise-based
 * open/stat/readFile/close cost four thread-pool round trips per file (a tenth of the wall
 * time over thousands of small documents) plus a FileHandle for the garbage collector.
 */
function readFileChecked(path: string, lang: Lang): Uint8Array {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    throw fsError(error, lang);
  }
  try {
    const info = fstatSync(fd);
    if (info.isDirectory()) throw new InputError('input-unreadable', { reason: t('reason-is-dir', {}, lang) });
    if (info.size > MAX_INPUT_BYTES) throw new InputError('input-too-large', { size: megabytes(info.size), limit: 20 });
    const bytes = readFileSync(fd);
    if (bytes.length > MAX_INPUT_BYTES) throw new InputError('input-too-large', { size: megabytes(bytes.length), limit: 20 });
    return bytes;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw fsError(error, lang);
  } finally {
    closeSync(fd);
  }
}

/** A .docx is a ZIP file ("PK\x03\x04"); it is binary by nature and checked by its reader. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * True when the bytes hold nothing but whitespace (ASCII spaces and line breaks, NBSP,
 * byte-order marks, and the zero bytes of UTF-16). Stops at the first other byte.
 */
export function isBlank(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (b === 0x20 || (b >= 0x09 && b <= 0x0d) || b === 0x00 || b === 0xa0) continue;
    if (b === 0xfe || b === 0xff) continue; // UTF-16 BOM
    if (b === 0xef && bytes[i + 1] === 0xbb && bytes[i + 2] === 0xbf) {
      i += 2; // UTF-8 BOM
      continue;
    }
    if (b === 0xc2 && bytes[i + 1] === 0xa0) {
      i += 1; // UTF-8 NBSP
      continue;
    }
    return false;
  }
  return true;
}

export function formatOf(path: string | null, bytes: Uint8Array): InputFormat | undefined {
  if (path && /\.docx$/iu.test(path)) return 'docx';
  if (path && /\.md$/iu.test(path)) return 'md';
  if (path === null && isZip(bytes)) return 'docx';
  return undefined;
}

/** Read one input and refuse what is not a text document (throws InputError). */
export async function readInput(item: InputItem, lang: Lang): Promise<Uint8Array> {
  const bytes = item.path === null ? await readStdin() : readFileChecked(item.path, lang);
  if (bytes.length === 0) throw new InputError('input-empty');
  if (formatOf(item.path, bytes) === 'docx' && isZip(bytes)) return bytes;
  if (looksBinary(bytes)) throw new InputError('input-binary');
  if (isBlank(bytes)) throw new InputError('input-blank');
  return bytes;
}

/** .docx bytes go through the docx reader (`parseDocumentAsync`); text formats through the synchronous parser. */
export async function parseInput(bytes: Uint8Array, options: ParseOptions): Promise<ParsedDocument> {
  if (options.format === 'docx') return parseDocumentAsync(bytes, options);
  return parseDocument(bytes, options);
}

/** A parsed document as read back from JSON: checked for the fields the commands use. */
function isParsedDocument(value: unknown): value is ParsedDocument {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  const source = v.source as Record<string, unknown> | null | undefined;
  return (
    v.schemaVersion === SCHEMA_VERSION &&
    !!source &&
    typeof source === 'object' &&
    typeof source.sha256 === 'string' &&
    !!v.document &&
    typeof v.document === 'object' &&
    Array.isArray(v.tasks) &&
    Array.isArray(v.deadlines) &&
    Array.isArray(v.namedDates) &&
    Array.isArray(v.warnings)
  );
}

/**
 * The JSON that `parse` wrote, if the bytes are that: one object, an array, or NDJSON.
 * Returns null when the bytes are not JSON at all (then they are a document to parse);
 * throws InputError when they are JSON of another shape.
 */
export function readParsedJson(bytes: Uint8Array): ParsedDocument[] | null {
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  while (start < bytes.length && (bytes[start] === 0x20 || (bytes[start]! >= 0x09 && bytes[start]! <= 0x0d))) start++;
  const first = bytes[start];
  if (first !== 0x7b && first !== 0x5b) return null; // "{" or "["
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8', start);
  let values: unknown[] | null = null;
  try {
    const whole: unknown = JSON.parse(text);
    values = Array.isArray(whole) ? whole : [whole];
  } catch {
    if (first === 0x7b) {
      try {
        values = text
          .split(/\r?\n/u)
          .filter((l) => l.trim() !== '')
          .map((l) => JSON.parse(l) as unknown);
      } catch {
        values = null;
      }
    }
  }
  if (values === null) return null; // "[DỰ THẢO]…": a document that starts with a bracket
  const bad = values.find((v) => !isParsedDocument(v));
  if (bad !== undefined || values.length === 0) {
    const version =
      bad && typeof bad === 'object' && 'schemaVersion' in bad ? JSON.stringify((bad as { schemaVersion: unknown }).schemaVersion) : '—';
    throw new InputError('input-bad-json', { version });
  }
  return values as ParsedDocument[];
}

export interface LoadOptions {
  lang: Lang;
  /** Accept the JSON that `parse` wrote (ics, checklist, agenda). */
  acceptJson: boolean;
  reporter: Reporter;
  /** Called with the expanded inputs before any is read (the -o check). */
  beforeRead?: (items: InputList) => Promise<void>;
  /** The built worker script (dist/cli/worker.js), to parse many files on several threads. */
  workerUrl?: URL | null;
}

/**
 * One input read, checked and parsed (or read back from `parse`'s JSON): its documents and
 * whether their warnings are to be reported. Throws InputError for a bad input. Runs on the
 * main thread or in a worker (src/cli/worker.ts).
 */
export async function loadItem(item: InputItem, lang: Lang, acceptJson: boolean): Promise<{ docs: ParsedDocument[]; report: boolean }> {
  const bytes = await readInput(item, lang);
  const fromJson = acceptJson ? readParsedJson(bytes) : null;
  if (fromJson) return { docs: fromJson, report: false };
  const format = formatOf(item.path, bytes);
  const parseOptions: ParseOptions = { path: item.path, lang };
  if (format) parseOptions.format = format;
  return { docs: [await parseInput(bytes, parseOptions)], report: true };
}

export interface Loaded {
  docs: ParsedDocument[];
  single: boolean;
}

/** A document handed to a command: as an object, or as the JSON text a thread produced. */
export class LoadedDocument {
  private constructor(
    readonly sha256: string,
    readonly warnings: ParsedDocument['warnings'],
    private doc: ParsedDocument | null,
    private text: string | null,
    private bytes: Uint8Array | null,
  ) {}

  static of(value: ParsedDocument | DocumentText): LoadedDocument {
    return 'line' in value && value.line instanceof Uint8Array
      ? new LoadedDocument(value.sha256, value.warnings, null, null, value.line)
      : new LoadedDocument((value as ParsedDocument).source.sha256, (value as ParsedDocument).warnings, value as ParsedDocument, null, null);
  }

  object(): ParsedDocument {
    this.doc ??= JSON.parse(this.json()) as ParsedDocument;
    return this.doc;
  }

  /** The compact JSON of the document (JSON.stringify of object()). */
  json(): string {
    if (this.text === null) {
      if (this.bytes) this.text = DECODER.decode(this.bytes.subarray(0, this.bytes.length - 1));
      else if (this.doc) this.text = JSON.stringify(this.doc);
      else throw new Error('LoadedDocument read after release()');
    }
    return this.text;
  }

  /** The document's line of `--ndjson`: its JSON and a newline, as bytes when a thread made them. */
  line(): string | Uint8Array {
    return this.bytes ?? `${this.json()}\n`;
  }

  /**
   * The buffer of the bytes a thread made, given up for reuse once the document has been
   * handled (its line written, or its JSON read). What was decoded before stays readable;
   * anything else throws from then on.
   */
  release(): ArrayBuffer | null {
    const bytes = this.bytes;
    if (bytes === null) return null;
    this.bytes = null;
    return bytes.buffer as ArrayBuffer;
  }
}

const DECODER = new TextDecoder();

/**
 * Read, check and parse every input, in order, handing each new document to `onDocument`
 * as soon as it is parsed (and awaiting it) without keeping any: memory stays that of one
 * document however many inputs there are. Failures are reported (exit 1) and skipped;
 * parser warnings are printed; a document seen before (same sha256) is dropped.
 */
export async function forEachDocument(
  operands: string[],
  options: LoadOptions,
  onDocument: (doc: LoadedDocument) => void | Promise<void>,
): Promise<{ single: boolean }> {
  const { reporter, lang } = options;
  const { items, single } = await expandOperands(operands, reporter);
  if (options.beforeRead) await options.beforeRead(items);
  const seen = new DigestSet();
  const add = async (doc: LoadedDocument, display: string, report: boolean): Promise<void> => {
    if (!seen.add(doc.sha256)) return;
    if (report) for (const w of doc.warnings) reporter.warning(display, w);
    await onDocument(doc);
    // onDocument is done with the line (written and awaited, or decoded): its buffer goes
    // back to a thread to hold a later line.
    const buffer = doc.release();
    if (buffer !== null) pool?.recycle(buffer);
  };
  const threads = threadsFor(items.fileCount, options.workerUrl ?? null);
  const pool = threads > 0 && options.workerUrl ? new ParsePool(threads, options.workerUrl) : null;
  /** Loads item k: on a thread when there is a pool (stdin stays on the main thread). */
  const start = (item: InputItem): Promise<JobResult> => {
    if (pool && item.path !== null) return pool.run(item.path, lang, options.acceptJson);
    return loadItem(item, lang, options.acceptJson).then(
      ({ docs, report }): JobResult => ({ id: -1, ok: true, docs, report }),
      (error: unknown): JobResult => {
        if (error instanceof InputError) return { id: -1, ok: false, input: { code: error.code, params: error.params } };
        throw error;
      },
    );
  };
  // With threads, inputs are read ahead (a few per thread, so that a long document does
  // not leave the other threads idle); results are taken in input order.
  const ahead = pool ? threads * READ_AHEAD_PER_THREAD : 1;
  const inFlight: Array<{ item: InputItem; job: Promise<JobResult> }> = [];
  let next = 0;
  try {
    for (let k = 0; k < items.length; k++) {
      while (next < items.length && next < k + ahead) {
        const item = items.at(next++);
        const job = start(item);
        job.catch(() => {}); // a failure is reported when its turn comes, not as an unhandled rejection
        inFlight.push({ item, job });
      }
      const { item, job } = inFlight.shift() as { item: InputItem; job: Promise<JobResult> };
      let result: JobResult;
      try {
        result = await job;
      } catch (error) {
        reporter.unexpectedForInput(item.display, error);
        continue;
      }
      if (!result.ok) {
        if ('input' in result) reporter.inputError(item.display, new InputError(result.input.code, result.input.params));
        else reporter.unexpectedForInput(item.display, Object.assign(new Error(result.unexpected.message), result.unexpected));
        continue;
      }
      for (const doc of result.docs) await add(LoadedDocument.of(doc), item.display, result.report);
    }
  } finally {
    await pool?.close();
  }
  return { single };
}

/** Every document of the inputs, in order (see forEachDocument), kept in memory. */
export async function loadDocuments(operands: string[], options: LoadOptions): Promise<Loaded> {
  const docs: ParsedDocument[] = [];
  const { single } = await forEachDocument(operands, options, (doc) => {
    docs.push(doc.object());
  });
  return { docs, single };
}
