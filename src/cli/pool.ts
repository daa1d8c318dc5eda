/**
 * Parsing on several threads. A directory of thousands of documents is parsed by a few
 * worker threads (src/cli/worker.ts), each reading and parsing whole files; the main thread
 * hands out paths and takes the documents back in input order, so the output is the same
 * bytes as a sequential run. At most a few documents are in flight per thread, so memory
 * stays flat in the number of inputs.
 *
 * Threads are used when the run has at least MIN_FILES files, more than one CPU is
 * available, and the worker script exists (it does in the built CLI, not when the sources
 * run under tsx). BAU_CU_JOBS=N caps the number of threads (1 = no threads).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import type { Lang, ParsedDocument, Warning } from '../types.js';
import { COLLECT_EVERY, fullCollector } from './collect.js';
import { MAX_SPARE_BYTES } from './line-encoder.js';
import type { CliMessageCode } from './messages.js';

/**
 * A thread's young generation: V8 grows it up to 48 MB under a steady allocation rate, which
 * a parse of thousands of small documents is. At 12 MB the scavenges stay as cheap and peak
 * RSS over the 20 MB corpus falls from about 200 to 160 MB (same speed).
 */
const YOUNG_GENERATION_MB = 12;

/** Below this many files, starting threads (about 40 ms each) costs more than it saves. */
export const MIN_FILES = 16;
const MAX_THREADS = 4;

export interface JobRequest {
  id: number;
  path: string;
  lang: Lang;
  acceptJson: boolean;
  /** Buffers of lines already written, moved back to be filled again (see ParsePool.recycle). */
  spares: ArrayBuffer[];
}

/**
 * A document as it crosses from a thread: its JSON line, UTF-8 encoded, and what the main
 * thread reads. The bytes are what `parse --ndjson` writes, and their buffer is moved to the
 * main thread, not copied (a string of JSON would be copied, then encoded again to be written).
 */
export interface DocumentText {
  sha256: string;
  warnings: Warning[];
  /** `JSON.stringify(document) + "\n"` in UTF-8; the view holds exactly these bytes (its buffer may be longer). */
  line: Uint8Array;
}

/** Buffers kept for reuse: enough for every document in flight. */
const MAX_SPARES = 64;
/** Buffers handed back with each job, so that they spread over the threads. */
const SPARES_PER_JOB = 2;

export type JobResult =
  | { id: number; ok: true; docs: Array<ParsedDocument | DocumentText>; report: boolean }
  | { id: number; ok: false; input: { code: CliMessageCode; params: Record<string, string | number> } }
  | { id: number; ok: false; unexpected: { name: string; message: string; stack: string | null } };

/** Number of threads for `files` files: 0 means parse on the main thread. */
export function threadsFor(files: number, workerUrl: URL | null, env: NodeJS.ProcessEnv = process.env): number {
  if (workerUrl === null || files < MIN_FILES) return 0;
  const cap = env.BAU_CU_JOBS === undefined || env.BAU_CU_JOBS === '' ? MAX_THREADS : Number.parseInt(env.BAU_CU_JOBS, 10);
  // node:os and node:worker_threads are loaded only by a run that may use threads (~1 ms
  // of every cold start otherwise).
  const n = Math.min(Number.isFinite(cap) ? cap : MAX_THREADS, process.getBuiltinModule('node:os').availableParallelism(), MAX_THREADS);
  if (n < 2) return 0;
  return existsSync(fileURLToPath(workerUrl)) ? n : 0;
}

export class ParsePool {
  private readonly workers: Worker[] = [];
  /** Jobs handed to each thread and not yet answered. */
  private readonly pending: number[] = [];
  private readonly waiting = new Map<number, { resolve: (r: JobResult) => void; reject: (e: unknown) => void }>();
  private nextId = 0;
  /**
   * Buffers of lines that have been written, waiting to go back to a thread. A moved buffer
   * lives outside the JavaScript heap, and V8 frees it only when a collection finds its
   * view dead; the main thread allocates little, so collections are rare there and tens of
   * megabytes of written lines used to wait for one. Reused, the lines of a run take a fixed
   * set of buffers, whatever the number of files.
   */
  private readonly spares: ArrayBuffer[] = [];
  private readonly collect = fullCollector();
  private answered = 0;

  constructor(size: number, workerUrl: URL) {
    const { Worker } = process.getBuiltinModule('node:worker_threads');
    for (let k = 0; k < size; k++) {
      const worker = new Worker(workerUrl, { resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
      worker.on('message', (result: JobResult) => {
        this.pending[k]! -= 1;
        if (++this.answered % COLLECT_EVERY === 0) this.collect?.();
        const w = this.waiting.get(result.id);
        this.waiting.delete(result.id);
        w?.resolve(result);
      });
      // A thread that dies fails the jobs it held; the run goes on with the others' results.
      worker.on('error', (error) => this.failAll(error));
      this.workers.push(worker);
      this.pending.push(0);
    }
  }

  /**
   * Parse one file on the thread with the fewest jobs waiting: documents differ in size,
   * and a thread given a long one would otherwise hold its queue while the others idle.
   */
  run(path: string, lang: Lang, acceptJson: boolean): Promise<JobResult> {
    const id = this.nextId++;
    let k = 0;
    for (let j = 1; j < this.workers.length; j++) if (this.pending[j]! < this.pending[k]!) k = j;
    this.pending[k]! += 1;
    const worker = this.workers[k] as Worker;
    const spares = this.spares.splice(0, SPARES_PER_JOB);
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.postMessage({ id, path, lang, acceptJson, spares } satisfies JobRequest, spares);
    });
  }

  /**
   * Hands back the buffer of a line that has been written and is no longer referenced:
   * it is moved to a thread with a later job and filled again there.
   */
  recycle(buffer: ArrayBuffer): void {
    if (buffer.byteLength === 0 || buffer.byteLength > MAX_SPARE_BYTES || this.spares.length >= MAX_SPARES) return;
    this.spares.push(buffer);
  }

  private failAll(error: unknown): void {
    for (const w of this.waiting.values()) w.reject(error);
    this.waiting.clear();
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
