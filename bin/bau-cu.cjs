#!/usr/bin/env node
// Runs the bundled program, dist/cli/cli.cjs (scripts/bundle.mjs), compiled with the V8 code
// cache stored next to it when that cache belongs to this very bundle: most of the start-up
// time of a cold `bau-cu parse` is parsing and compiling the parser's code, which the cache
// skips. Without a usable cache the bundle is compiled as usual.
// CommonJS, like the bundle: Node starts a CommonJS entry without its ES module loader (~4 ms).
'use strict';
const { readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { constants, Script } = require('node:vm');

const dir = join(__dirname, '..', 'dist', 'cli');
const file = join(dir, 'cli.cjs');
const cacheFile = join(dir, 'cli.cache');

let source;
try {
  source = readFileSync(file, 'utf8');
} catch (error) {
  if (error && error.code === 'ENOENT') {
    process.stderr.write('bau-cu: chưa biên dịch — hãy chạy "npm install" (hoặc "npm run build") trong thư mục dự án.\n');
    process.exitCode = 1;
  } else throw error;
}

if (source !== undefined) {
  // The cache file starts with the bundle's build id line ("// bau-cu-build:…\n").
  const id = source.slice(0, source.indexOf('\n') + 1);
  const writing = process.env.BAU_CU_CODE_CACHE === 'write';
  let cachedData;
  if (!writing && id.startsWith('// bau-cu-build:')) {
    try {
      const bytes = readFileSync(cacheFile);
      if (bytes.subarray(0, id.length).toString('latin1') === id) cachedData = bytes.subarray(id.length);
    } catch {
      cachedData = undefined; // no cache: compile as usual
    }
  }
  // V8 runs a regular expression's first exec on bytecode it generates and optimizes for
  // it, and compiles machine code from the second exec on. For the parser's large
  // patterns that bytecode costs more to make than the machine code, and a short run
  // executes most patterns only a few times: compiling them to machine code at once saves
  // about 8 ms of a cold `bau-cu parse` (107 -> 99 ms) and changes no result. Set before
  // the bundle is compiled, so the code cache is made and checked under the same flags.
  //
  // The heap may grow by half its live size between full collections, not by up to four
  // times: a long run over thousands of files otherwise lets garbage pile up in the old
  // generation (35 -> 160 MB before V8's second full collection) and peak memory grows
  // with the number of files. Same speed; peak RSS over 20 MB of files 260 -> 220 MB,
  // over 200 MB 328 -> 260 MB. V8 reads both flags when it uses them, so setting them
  // here, after start-up, takes effect (for the parsing threads too).
  require('node:v8').setFlagsFromString('--no-regexp-tier-up --heap-growing-percent=50');
  // The CommonJS wrapper, as Node's own loader writes it (Module.wrap).
  const wrapped = `(function (exports, require, module, __filename, __dirname) { ${source}\n});`;
  // A dynamic import() left in the bundle resolves as in any module of the program.
  const importModuleDynamically = constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER;
  const script = new Script(wrapped, { filename: file, cachedData, ...(importModuleDynamically ? { importModuleDynamically } : {}) });
  if (process.env.BAU_CU_CODE_CACHE === 'debug') process.stderr.write(`bau-cu: code cache ${cachedData ? (script.cachedDataRejected ? 'rejected' : 'used') : 'absent'}\n`);
  const module = { exports: {} };
  script.runInThisContext().call(module.exports, module.exports, require('node:module').createRequire(file), module, file, dir);
  if (writing) {
    // After the sample run: the cache then holds every function that run compiled.
    process.on('exit', () => {
      try {
        writeFileSync(cacheFile, Buffer.concat([Buffer.from(id, 'latin1'), script.createCachedData()]));
      } catch {
        // a read-only installation keeps running without a cache
      }
    });
  }
}
