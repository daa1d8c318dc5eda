// The benchmark corpus: documents derived from every .txt/.md fixture, with dates shifted,
// numbers changed and unit names swapped, so that no two files are the same (and none is a
// fixture) while each still reads like a real document to the parser. Deterministic: the
// same seed, version and fixtures give the same bytes; a corpus already on disk with the
// same manifest is reused.
//
//   node scripts/bench-corpus.mjs [--mb=20] [--dir=.bench/corpus-20] [--one=.bench/one-20mb.txt]
//
// Used by scripts/bench.mjs; runnable alone to look at the documents.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Bump when the generator's output changes, so old corpora are rebuilt. */
export const CORPUS_VERSION = 2;
export const DEFAULT_SEED = 0x6261_7563; // "bauc"
export const MB = 1_000_000;
/** The CLI refuses inputs over 20 × 1024 × 1024 bytes; the single file stays under it. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** mulberry32: small, fast, good enough to vary test data. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const int = (rand, lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));

function shuffle(rand, items) {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

// Names swapped among themselves (a permutation per document, so distinct units stay distinct).
const PROVINCES = [
  'Lào Cai', 'Lai Châu', 'An Giang', 'Bình Định', 'Nam Định', 'Sơn La', 'Quảng Ngãi', 'Đồng Nai',
  'Đắk Lắk', 'Tây Ninh', 'Thái Nguyên', 'Thanh Hóa', 'Ninh Bình', 'Nghệ An', 'Lạng Sơn', 'Khánh Hòa',
  'Hà Tĩnh', 'Hà Giang', 'Gia Lai', 'Cà Mau', 'Điện Biên', 'Quảng Trị', 'Lâm Đồng', 'Tuyên Quang',
  'Cao Bằng', 'Phú Thọ', 'Bắc Ninh', 'Hưng Yên', 'Quảng Ninh', 'Đồng Tháp', 'Vĩnh Long', 'Yên Bái',
];
const DEPARTMENTS = [
  'Sở Nội vụ', 'Sở Tài chính', 'Sở Tư pháp', 'Sở Y tế', 'Sở Xây dựng', 'Sở Công Thương',
  'Sở Khoa học và Công nghệ', 'Sở Nông nghiệp và Môi trường', 'Sở Giáo dục và Đào tạo',
  'Sở Văn hóa, Thể thao và Du lịch', 'Sở Dân tộc và Tôn giáo', 'Sở Ngoại vụ',
];
const upper = (s) => s.toLocaleUpperCase('vi');
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const NAMES = [...PROVINCES, ...DEPARTMENTS];
const NAME_ALT = [...NAMES, ...NAMES.map(upper)].sort((a, b) => b.length - a.length).map(escape).join('|');

// One pass over the text; the first alternative that matches at a position wins, so a
// value is never changed twice. A run of 2+ spaces after the match (a column gap in a
// flattened table) is resized so the columns after it stay where they were.
const VARY = new RegExp(
  [
    `(?<!\\d)(?<d>\\d{1,2})(?<s>[/.-])(?<m>\\d{1,2})\\k<s>(?<y>\\d{4})(?!\\d)`, // 12/02/2026
    `(?<!\\d)(?<d2>\\d{1,2})(?<a2>\\s{1,3}tháng\\s{1,3})(?<m2>\\d{1,2})(?<b2>\\s{1,3}năm\\s{1,3})(?<y2>\\d{4})(?!\\d)`, // 12 tháng 02 năm 2026
    `(?<=[Tt]háng\\s{1,3})(?<m3>\\d{1,2})(?<b3>/|\\s{1,3}năm\\s{1,3})(?<y3>\\d{4})(?!\\d)`, // tháng 02/2026, tháng 02 năm 2026
    `(?<=(?:[Nn]gày|[Tt]ừ|đến|[Tt]rước)\\s{1,3})(?<d5>\\d{1,2})\\/(?<m5>\\d{1,2})(?![\\d/])`, // từ 01/12
    `(?<!\\d)(?<y4>(?:19|20)\\d\\d)(?!\\d)`, // 2026
    `(?<!\\d)(?<n>\\d{1,5})(?=[/-]\\p{Lu})`, // 131-KL/BCĐ, 1047/KH-UBND
    `(?<!\\d)(?<q>\\d{2,4})(?=\\s(?:triệu|tỷ|người|đồng|hộ|ngày|%))`, // 500 triệu, 30 ngày
    `(?<name>${NAME_ALT})`,
  ]
    .map((alt) => `(?:${alt})`)
    .join('|') + '(?<pad> {2,})?',
  'gu',
);

const pad2 = (n, like) => String(n).padStart(like.length >= 2 ? 2 : 1, '0');

/** One varied copy of a fixture's text. */
export function vary(text, rand) {
  const dayShift = int(rand, -400, 400);
  const yearShift = int(rand, -2, 2);
  const monthShift = Math.round(dayShift / 30);
  const map = new Map();
  const names = [PROVINCES, DEPARTMENTS].flatMap((list) => {
    const to = shuffle(rand, list);
    return list.map((from, i) => [from, to[i]]);
  });
  for (const [from, to] of names) {
    map.set(from, to);
    map.set(upper(from), upper(to));
  }
  const shiftDate = (d, m, y) => {
    const date = new Date(Date.UTC(Number(y) + yearShift, Number(m) - 1, Number(d) + dayShift));
    return [date.getUTCDate(), date.getUTCMonth() + 1, date.getUTCFullYear()];
  };
  return text.replace(VARY, (match, ...args) => {
    const g = args.at(-1);
    let out;
    if (g.d !== undefined) {
      const [d, m, y] = shiftDate(g.d, g.m, g.y);
      out = `${pad2(d, g.d)}${g.s}${pad2(m, g.m)}${g.s}${y}`;
    } else if (g.d2 !== undefined) {
      const [d, m, y] = shiftDate(g.d2, g.m2, g.y2);
      out = `${pad2(d, g.d2)}${g.a2}${pad2(m, g.m2)}${g.b2}${y}`;
    } else if (g.m3 !== undefined) {
      const months = Number(g.y3) * 12 + Number(g.m3) - 1 + monthShift + 12 * yearShift;
      out = `${pad2((months % 12) + 1, g.m3)}${g.b3}${Math.floor(months / 12)}`;
    } else if (g.d5 !== undefined) {
      const [d, m] = shiftDate(g.d5, g.m5, 2000 - yearShift);
      out = `${pad2(d, g.d5)}/${pad2(m, g.m5)}`;
    } else if (g.y4 !== undefined) {
      out = String(Number(g.y4) + yearShift);
    } else if (g.n !== undefined) {
      out = String(int(rand, 1, g.n.length >= 3 ? 4999 : 199));
    } else if (g.q !== undefined) {
      out = String(int(rand, 10 ** (g.q.length - 1), 10 ** g.q.length - 1));
    } else {
      out = map.get(g.name) ?? g.name;
    }
    if (g.pad === undefined) return out;
    const core = match.length - g.pad.length;
    return out + ' '.repeat(Math.max(2, g.pad.length - (out.length - core)));
  });
}

// Fixtures stored in UTF-16 or a legacy encoding are left out: the variations work on text,
// and read as UTF-8 such a file has nothing they can change.
const UTF8 = new TextDecoder('utf-8', { fatal: true });

export function fixtureTexts() {
  const dir = join(root, 'fixtures');
  return readdirSync(dir)
    .filter((name) => /\.(txt|md)$/u.test(name))
    .sort()
    .flatMap((name) => {
      let text;
      try {
        text = UTF8.decode(readFileSync(join(dir, name)));
      } catch {
        return [];
      }
      return [{ name, ext: extname(name), stem: basename(name, extname(name)), text }];
    });
}

function fixturesHash(fixtures) {
  const h = createHash('sha256');
  for (const f of fixtures) h.update(f.name).update('\0').update(f.text).update('\0');
  return h.digest('hex').slice(0, 16);
}

/** A seed for document i: independent of how many documents came before. */
const docSeed = (seed, i) => (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) + Math.imul(i + 1, 0xc2b2ae35)) >>> 0;

function readManifest(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

const sameManifest = (a, b) => a !== null && ['version', 'seed', 'target', 'fixtures', 'kind'].every((k) => a[k] === b[k]);

/**
 * A directory of at least `mb` MB of varied documents, round-robin over the fixtures.
 * Returns { dir, files, bytes, reused }.
 */
export function ensureCorpus({ dir, mb, seed = DEFAULT_SEED, log = () => undefined }) {
  const fixtures = fixtureTexts();
  const manifestFile = `${dir}.json`;
  const want = { kind: 'dir', version: CORPUS_VERSION, seed, target: mb * MB, fixtures: fixturesHash(fixtures) };
  const have = readManifest(manifestFile);
  if (sameManifest(have, want) && existsSync(dir) && readdirSync(dir).length === have.files) return { dir, ...have, reused: true };
  const started = performance.now();
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const seen = new Set();
  let bytes = 0;
  let files = 0;
  for (let i = 0; bytes < want.target; i++) {
    const f = fixtures[i % fixtures.length];
    const rand = prng(docSeed(seed, i));
    let data = Buffer.from(vary(f.text, rand), 'utf8');
    let hash = createHash('sha256').update(data).digest('hex');
    // A document the variations could not change enough is varied again with the same stream;
    // one that stays the same after many tries (too few numbers and names) is left out.
    for (let tries = 0; seen.has(hash) && tries < 64; tries++) {
      data = Buffer.from(vary(f.text, rand), 'utf8');
      hash = createHash('sha256').update(data).digest('hex');
    }
    if (seen.has(hash)) continue;
    seen.add(hash);
    writeFileSync(join(dir, `${String(i).padStart(6, '0')}-${f.stem}${f.ext}`), data);
    bytes += data.length;
    files++;
  }
  const manifest = { ...want, files, bytes, distinctSha256: seen.size };
  writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
  log(`generated ${dir}: ${files} files, ${(bytes / MB).toFixed(1)} MB, ${seen.size} distinct sha256 in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return { dir, ...manifest, reused: false };
}

/**
 * One long text: varied .txt documents one after another, pages separated by a form feed
 * the way a PDF-to-text dump separates them, up to just under the CLI's 20 MiB input limit.
 */
export function ensureOneFile({ file, seed = DEFAULT_SEED, log = () => undefined }) {
  const fixtures = fixtureTexts().filter((f) => f.ext === '.txt');
  const manifestFile = `${file}.json`;
  const want = { kind: 'one', version: CORPUS_VERSION, seed, target: MAX_INPUT_BYTES - 64 * 1024, fixtures: fixturesHash(fixtures) };
  const have = readManifest(manifestFile);
  if (sameManifest(have, want) && existsSync(file)) return { file, ...have, reused: true };
  const started = performance.now();
  const parts = [];
  let bytes = 0;
  let docs = 0;
  for (let i = 0; ; i++) {
    const f = fixtures[i % fixtures.length];
    const part = Buffer.from(`${vary(f.text, prng(docSeed(seed ^ 0x5eed, i))).trimEnd()}\n\f\n`, 'utf8');
    if (bytes + part.length > want.target) break;
    parts.push(part);
    bytes += part.length;
    docs++;
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, Buffer.concat(parts));
  const manifest = { ...want, files: 1, docs, bytes };
  writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
  log(`generated ${file}: ${docs} documents, ${(bytes / MB).toFixed(1)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return { file, ...manifest, reused: false };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const arg = (name, dflt) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? dflt;
  const mb = Number(arg('mb', '20'));
  ensureCorpus({ dir: join(root, arg('dir', `.bench/corpus-${mb}`)), mb, log: console.log });
  ensureOneFile({ file: join(root, arg('one', '.bench/one-20mb.txt')), log: console.log });
}
