/**
 * The plumbing of `ics`, `checklist` and `agenda` — inputs (documents or the JSON that
 * `parse` wrote), dedupe, --unit, option checks, -o, colour — independent of what the
 * renderers print (their own tests cover that).
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasStackTrace, lines, run, sampleDir, SEED, SEED2, tempDir } from './helpers.js';

/** A directory of fixtures of every kind and the two seeds, made once for the file. */
const SAMPLE = sampleDir(16).dir;
for (const seed of [SEED, SEED2]) copyFileSync(seed, join(SAMPLE, basename(seed)));

const TODAY = ['--today', '2026-02-20'];
/** DTSTAMP may be the time of export; everything else must not depend on how input came. */
const stable = (ics: string) => ics.replace(/^DTSTAMP:.*\r?\n/gmu, '');

describe.concurrent.each(['ics', 'checklist', 'agenda'] as const)('bau-cu %s', (command) => {
  it('reads documents, directories and stdin', async () => {
    const fromFile = await run([command, ...TODAY, SEED]);
    expect(fromFile.code).toBe(0);
    const fromStdin = await run([command, ...TODAY, '-'], { input: readFileSync(SEED) });
    expect(fromStdin.code).toBe(0);
    // (Not compared with fromFile: a renderer may name the source file, which stdin lacks.)
    expect(fromStdin.stdout.length > 0).toBe(fromFile.stdout.length > 0);
    const dir = await run([command, ...TODAY, SAMPLE]);
    expect(dir.code).toBe(0);
  });

  it('accepts the JSON that parse wrote: one object, an array, NDJSON', async () => {
    const direct = await run([command, ...TODAY, SEED, SEED2]);
    const array = await run(['parse', SEED, SEED2]);
    const ndjson = await run(['parse', '--ndjson', SEED, SEED2]);
    const object = await run(['parse', '--pretty', SEED]);
    for (const json of [array.stdout, ndjson.stdout]) {
      const r = await run([command, ...TODAY, '-'], { input: json });
      expect(r.code).toBe(0);
      expect(stable(r.stdout)).toBe(stable(direct.stdout));
      expect(r.stderr).toBe(''); // warnings were printed by parse, not again
    }
    const dir = tempDir();
    writeFileSync(join(dir, 'one.json'), object.stdout);
    const single = await run([command, ...TODAY, join(dir, 'one.json'), SEED2]);
    expect(stable(single.stdout)).toBe(stable(direct.stdout));
  });

  it('counts the same document once (text and JSON of it, twice)', async () => {
    const once = await run([command, ...TODAY, SEED]);
    const json = await run(['parse', SEED]);
    const dir = tempDir();
    writeFileSync(join(dir, 'seed.json'), json.stdout);
    copyFileSync(SEED, join(dir, 'copy.txt'));
    const twice = await run([command, ...TODAY, SEED, join(dir, 'seed.json'), join(dir, 'copy.txt'), SEED]);
    expect(twice.code).toBe(0);
    expect(stable(twice.stdout)).toBe(stable(once.stdout));
  });

  it('refuses JSON that is not parse output, processing the other inputs', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'other.json'), JSON.stringify({ schemaVersion: '2', hello: 'world' }));
    const r = await run([command, ...TODAY, 'other.json', SEED], { cwd: dir });
    expect(r.code).toBe(1);
    expect(lines(r.stderr).filter((l) => l.includes(' lỗi: '))).toEqual(['bau-cu: lỗi: other.json: tệp JSON không phải kết quả của "bau-cu parse" (schemaVersion "2")']);
    const good = await run([command, ...TODAY, SEED]);
    expect(stable(r.stdout)).toBe(stable(good.stdout));
  });

  it('--unit keeps only that unit and says so when nothing matches', async () => {
    const one = await run([command, ...TODAY, '--unit', 'so tai chinh', SEED]);
    expect(one.code).toBe(0);
    expect(one.stderr).not.toContain('lưu ý');
    const none = await run([command, ...TODAY, '--unit', 'Bộ Quốc phòng', SEED, '--lang', 'en']);
    expect(none.code).toBe(0);
    expect(none.stderr).toContain('bau-cu: note: no task or deadline of the unit "Bộ Quốc phòng"');
  });

  it('checks --today (exit 2 with the usage line)', async () => {
    for (const bad of ['2026-02-30', '20/02/2026', 'tomorrow']) {
      const r = await run([command, '--today', bad, SEED]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(`--today: "${bad}" không phải ngày dạng YYYY-MM-DD`);
      expect(r.stderr).toContain(`Cách dùng: bau-cu ${command} [tùy chọn] <tệp...>`);
    }
  });

  it('-o writes the file; an input as target is refused', async () => {
    const dir = tempDir();
    const target = join(dir, `out.${command}`);
    const r = await run([command, ...TODAY, SEED, '-o', target]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(stable(readFileSync(target, 'utf8'))).toBe(stable((await run([command, ...TODAY, SEED])).stdout));
    const json = join(dir, 'seed.json');
    writeFileSync(json, (await run(['parse', SEED])).stdout);
    const refused = await run([command, ...TODAY, json, '-o', json]);
    expect(refused.code).toBe(2);
    expect(JSON.parse(readFileSync(json, 'utf8'))).toBeTruthy();
  });

  it('an unexpected error is one line with a hint; --debug adds the stack', async () => {
    // JSON that passes the shape check but holds a null deadline: the renderer throws.
    const doc = JSON.parse((await run(['parse', SEED])).stdout) as { deadlines: unknown[] };
    doc.deadlines = [null];
    const input = JSON.stringify(doc);
    const r = await run([command, ...TODAY, '-'], { input });
    expect(r.code).toBe(1);
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr).toMatch(/^bau-cu: lỗi: lỗi ngoài dự kiến: .+ \(chạy lại với --debug để xem chi tiết\)\n$/u);
    expect(hasStackTrace(r.stderr)).toBe(false);
    const debug = await run([command, ...TODAY, '-', '--debug'], { input });
    expect(debug.code).toBe(1);
    expect(hasStackTrace(debug.stderr)).toBe(true);
  });
});

describe.concurrent('command-specific options', () => {
  it('ics: --alarm, --no-alarm, --calendar-name are accepted; a bad --alarm is exit 2', async () => {
    for (const args of [['--alarm', '7d,2d,1'], ['--no-alarm'], ['--calendar-name', 'Việc của Sở Nội vụ']]) {
      const r = await run(['ics', ...TODAY, ...args, SEED]);
      expect(r.code, args.join(' ')).toBe(0);
      expect(r.stdout.startsWith('BEGIN:VCALENDAR')).toBe(true);
    }
    const bad = await run(['ics', '--alarm', 'soon', SEED, '--lang', 'en']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--alarm: invalid "soon"');
    expect(bad.stderr).toContain('Usage: bau-cu ics [options] <files...>');
  });

  it('checklist: --format csv (BOM), --group-by; bad values are exit 2', async () => {
    const csv = await run(['checklist', ...TODAY, '--format', 'csv', SEED]);
    expect(csv.code).toBe(0);
    expect(csv.stdoutBytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    for (const group of ['unit', 'due', 'document']) {
      expect((await run(['checklist', ...TODAY, '--group-by', group, SEED])).code).toBe(0);
    }
    const badFormat = await run(['checklist', '--format', 'xlsx', SEED]);
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toContain('--format: giá trị "xlsx" không hợp lệ; chọn một trong: md, csv');
    expect((await run(['checklist', '--group-by', 'week', SEED])).code).toBe(2);
  });

  it('agenda: --within N; no colour with NO_COLOR, --no-color, or into a pipe', async () => {
    expect((await run(['agenda', ...TODAY, '--within', '30', SAMPLE])).code).toBe(0);
    const bad = await run(['agenda', '--within', '-3', SEED]);
    expect(bad.code).toBe(2);
    const esc = /\u001b\[/u;
    // (FORCE_COLOR alone colours even a pipe: the checks below can fail.)
    const forced = await run(['agenda', '--today', '2026-03-20', SAMPLE], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } });
    expect(esc.test(forced.stdout)).toBe(true);
    for (const env of [{ NO_COLOR: '1', FORCE_COLOR: '1' }, { NO_COLOR: undefined }]) {
      const r = await run(['agenda', '--today', '2026-03-20', SAMPLE], { env });
      expect(esc.test(r.stdout)).toBe(false);
    }
    const noColor = await run(['agenda', '--today', '2026-03-20', '--no-color', SAMPLE], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } });
    expect(esc.test(noColor.stdout)).toBe(false);
    expect(esc.test(noColor.stderr)).toBe(false);
  });
});
