/**
 * A parsing thread: reads, checks and parses one input per message and posts back the
 * documents or the error. Started by ParsePool (src/cli/pool.ts) when a run has many files.
 */
import { parentPort } from 'node:worker_threads';
import { InputError } from './errors.js';
import { loadItem } from './inputs.js';
import { LineEncoder } from './line-encoder.js';
import type { JobRequest, JobResult } from './pool.js';

const lines = new LineEncoder();

parentPort?.on('message', (job: JobRequest) => {
  lines.give(job.spares);
  loadItem({ path: job.path, display: job.path }, job.lang, job.acceptJson).then(
    ({ docs, report }) => {
      const texts = docs.map((d) => ({ sha256: d.source.sha256, warnings: d.warnings, line: lines.encode(`${JSON.stringify(d)}\n`) }));
      parentPort?.postMessage({ id: job.id, ok: true, docs: texts, report } satisfies JobResult, texts.map((t) => t.line.buffer as ArrayBuffer));
    },
    (error: unknown) => {
      const result: JobResult =
        error instanceof InputError
          ? { id: job.id, ok: false, input: { code: error.code, params: error.params } }
          : {
              id: job.id,
              ok: false,
              unexpected: {
                name: error instanceof Error ? error.name : 'Error',
                message: error instanceof Error ? error.message : String(error),
                stack: error instanceof Error ? (error.stack ?? null) : null,
              },
            };
      parentPort?.postMessage(result);
    },
  );
});
