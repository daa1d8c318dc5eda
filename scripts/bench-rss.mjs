// Preloaded by scripts/bench.mjs (`node --import ./scripts/bench-rss.mjs …`) on machines
// without /usr/bin/time: records the process's peak resident set size, in KB, at exit.
import { writeFileSync } from 'node:fs';

const file = process.env.BAU_CU_BENCH_RSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
