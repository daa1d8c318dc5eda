// `npm run bench`: speed and memory of the real CLI, reproducible with one command.
//
//   npm run bench                  20 MB corpus, one 20 MB file, cold start (a minute or two)
//   npm run bench -- --full        also the 200 MB corpus (memory must stay flat)
//   npm run bench -- --runs=5      timed runs per throughput figure (median; default 3)
//   npm run bench -- --cold=31     runs of each cold-start command (median; default 21)
//
// Builds dist/ when it is missing or older than the sources, generates the corpora under
// .bench/ (deterministic, reused when already there), then measures:
//   - throughput: `node bin/bau-cu.cjs parse --ndjson .bench/corpus-20 > /dev/null` against a
//     floor (scripts/bench-floor.mjs: read, decode, NFC, split lines, one date regex);
//   - cold start: `bau-cu parse` on one seed fixture against `node -e 0`, alternating;
//   - peak RSS of parse --ndjson over the 20 MB corpus, the 200 MB corpus and one 20 MB file.
// Prints a table and writes it to .bench/report.md. No figure here is asserted by a test:
// timings depend on the machine; the targets are printed next to the figures.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCorpus, ensureOneFile, MB } from './bench-corpus.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => Number(args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? dflt);
const FULL = args.includes('--full');
const RUNS = opt('runs', 3);
const COLD_RUNS = opt('cold', 21);
const SEED_FIXTURE = 'fixtures/seed-000-cong-van-ubnd-lao-cai.txt';
const CLI = 'bin/bau-cu.cjs';
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

const log = (s) => process.stderr.write(`${s}\n`);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
};
const rel = (p) => relative(root, p) || '.';

// ---------------------------------------------------------------------------------------
// 1. dist/ up to date

function newestMtime(path) {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = 0;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

function ensureBuilt() {
  const out = join(root, 'dist/cli/cli.cjs');
  const sources = ['src', 'package.json', 'scripts/bundle.mjs', 'tsconfig.build.json'].map((p) => join(root, p));
  const stale = !existsSync(out) || !existsSync(join(root, 'dist/index.js')) || sources.some((p) => newestMtime(p) > statSync(out).mtimeMs);
  if (!stale) return;
  log('dist/ is missing or older than src/: npm run build');
  const r = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new Error('npm run build failed');
}

// ---------------------------------------------------------------------------------------
// Running a command: wall time, peak RSS, stdout and stderr to /dev/null (as `> /dev/null`).

/**
 * Runs `node ARGS…` with stdout and stderr going to /dev/null; returns wall-clock ms and the
 * peak resident set size in KB (from /usr/bin/time, else from scripts/bench-rss.mjs preloaded).
 */
function run(nodeArgs, { rss = false } = {}) {
  const rssFile = join(tmpdir(), `bau-cu-bench-rss-${process.pid}.txt`);
  rmSync(rssFile, { force: true });
  let cmd = process.execPath;
  let argv = nodeArgs;
  let env = process.env;
  if (rss && TIME) {
    cmd = TIME;
    argv = ['-f', '%M', '-o', rssFile, process.execPath, ...nodeArgs];
  } else if (rss) {
    argv = ['--import', './scripts/bench-rss.mjs', ...nodeArgs];
    env = { ...process.env, BAU_CU_BENCH_RSS_FILE: rssFile };
  }
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, argv, { cwd: root, env, stdio: ['ignore', 'ignore', 'ignore'] });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`node ${nodeArgs.join(' ')} exited with ${r.status ?? r.signal}`);
  const kb = rss && existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8').trim().split('\n').at(-1)) : null;
  rmSync(rssFile, { force: true });
  return { ms, kb };
}

// ---------------------------------------------------------------------------------------

function throughput(label, nodeArgs, bytes, runs) {
  const results = [];
  for (let i = 0; i < runs; i++) {
    results.push(run(nodeArgs, { rss: true }));
    log(`  ${label} run ${i + 1}/${runs}: ${(results.at(-1).ms / 1000).toFixed(2)} s, ${(results.at(-1).kb / 1024).toFixed(0)} MB RSS`);
  }
  const ms = median(results.map((r) => r.ms));
  return { ms, mbps: bytes / MB / (ms / 1000), rssMB: Math.max(...results.map((r) => r.kb ?? 0)) / 1024 };
}

function coldStart(runs) {
  const parse = [];
  const bare = [];
  // Warm the file-system cache first; then alternate so drift affects both alike.
  run([CLI, 'parse', SEED_FIXTURE]);
  run(['-e', '0']);
  for (let i = 0; i < runs; i++) {
    parse.push(run([CLI, 'parse', SEED_FIXTURE]).ms);
    bare.push(run(['-e', '0']).ms);
  }
  return { parse: median(parse), bare: median(bare) };
}

const fmt = (x, d = 1) => x.toFixed(d);
const mark = (ok) => (ok ? 'ok' : 'MISSED');

function main() {
  const started = performance.now();
  ensureBuilt();
  const c20 = ensureCorpus({ dir: join(root, '.bench/corpus-20'), mb: 20, log });
  const one = ensureOneFile({ file: join(root, '.bench/one-20mb.txt'), log });
  const c200 = FULL ? ensureCorpus({ dir: join(root, '.bench/corpus-200'), mb: 200, log }) : null;

  log(`throughput over ${rel(c20.dir)} (${c20.files} files, ${fmt(c20.bytes / MB)} MB), median of ${RUNS}`);
  const floor = throughput('floor', ['scripts/bench-floor.mjs', rel(c20.dir)], c20.bytes, RUNS);
  const parse = throughput('parse', [CLI, 'parse', '--ndjson', rel(c20.dir)], c20.bytes, RUNS);
  log(`one file ${rel(one.file)} (${fmt(one.bytes / MB)} MB)`);
  const single = throughput('one file', [CLI, 'parse', '--ndjson', rel(one.file)], one.bytes, 1);
  let big = null;
  if (c200) {
    log(`${rel(c200.dir)} (${c200.files} files, ${fmt(c200.bytes / MB)} MB)`);
    big = throughput('parse 200', [CLI, 'parse', '--ndjson', rel(c200.dir)], c200.bytes, 1);
  }
  log(`cold start, median of ${COLD_RUNS} alternating runs`);
  const cold = coldStart(COLD_RUNS);

  const ratio = floor.mbps / parse.mbps;
  const coldRatio = cold.parse / cold.bare;
  const flat = big ? big.rssMB / parse.rssMB : null;
  const rows = [
    ['parse --ndjson, 20 MB corpus', `${fmt(parse.mbps)} MB/s`, `${fmt(parse.ms / 1000, 2)} s`],
    ['floor (read, decode, NFC, lines, date regex)', `${fmt(floor.mbps)} MB/s`, `${fmt(floor.ms / 1000, 2)} s`],
    ['parse / floor', `${fmt(ratio)}× slower`, `target ≤ 3× — ${mark(ratio <= 3)}`],
    ['parse --ndjson, one 20 MB file', `${fmt(single.mbps)} MB/s`, `${fmt(single.ms / 1000, 2)} s`],
    ...(big ? [['parse --ndjson, 200 MB corpus', `${fmt(big.mbps)} MB/s`, `${fmt(big.ms / 1000, 2)} s`]] : []),
    ['cold start `bau-cu parse` (seed-000)', `${fmt(cold.parse, 0)} ms`, ''],
    ['cold start `node -e 0`', `${fmt(cold.bare, 0)} ms`, ''],
    ['cold start ratio', `${fmt(coldRatio, 2)}×`, `target ≤ 2× — ${mark(coldRatio <= 2)}`],
    ['peak RSS, 20 MB corpus', `${fmt(parse.rssMB, 0)} MB`, ''],
    ['peak RSS, 200 MB corpus', big ? `${fmt(big.rssMB, 0)} MB` : 'not run (--full)', flat === null ? '' : `${fmt(flat, 2)}× the 20 MB figure; target ≤ 1.2× — ${mark(flat <= 1.2)}`],
    ['peak RSS, one 20 MB file', `${fmt(single.rssMB, 0)} MB`, ''],
  ];
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).stdout.trim();
  const dirty = spawnSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: root, encoding: 'utf8' }).stdout.trim() !== '';
  const machine = `${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, Node ${process.version}, ${process.platform}`;
  const table = [
    '| measure | value | |',
    '| --- | --- | --- |',
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
  const report = [
    `# bau-cu benchmark`,
    '',
    `\`npm run bench${FULL ? ' -- --full' : ''}\` — ${new Date().toISOString().slice(0, 10)}, commit ${commit}${dirty ? ' (modified)' : ''}; ${machine}.`,
    `Corpus: ${c20.files} documents, ${fmt(c20.bytes / MB)} MB (seed ${c20.seed}, generator v${c20.version})${big ? `; ${c200.files} documents, ${fmt(c200.bytes / MB)} MB` : ''}; one file of ${one.docs} documents, ${fmt(one.bytes / MB)} MB. MB = 10⁶ bytes; times are medians of ${RUNS} runs (cold start: ${COLD_RUNS}).`,
    '',
    table,
    '',
  ].join('\n');
  writeFileSync(join(root, '.bench/report.md'), report);
  process.stdout.write(`\n${report}\nwritten to .bench/report.md in ${fmt((performance.now() - started) / 1000, 0)} s\n`);
}

main();
