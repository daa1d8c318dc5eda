/**
 * Option values checked by the program itself (commander only splits argv), so that every
 * complaint is one localized line with exit 2.
 */
import type { Lang } from '../types.js';
import { UsageError } from './errors.js';

export const LANGS = ['vi', 'en'] as const satisfies readonly Lang[];
export const FORMATS = ['md', 'csv'] as const;
export const GROUPS = ['unit', 'due', 'document'] as const;

export type ChecklistFormat = (typeof FORMATS)[number];
export type GroupBy = (typeof GROUPS)[number];

/** Today's date in Vietnam (Asia/Ho_Chi_Minh), whatever the machine's time zone. */
export function todayInVietnam(now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: 'Asia/Ho_Chi_Minh',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** "--today 2026-03-01" → "2026-03-01"; a real calendar date or a UsageError. */
export function parseToday(value: string | undefined, now?: Date): string {
  if (value === undefined) return todayInVietnam(now);
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(value);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(Date.UTC(y, mo - 1, d));
    if (date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d) return value;
  }
  throw new UsageError('usage-bad-date', { value });
}

/**
 * "--alarm 3d,1d" → [{days:3},{days:1}]; a bare number means days, "1w" a week.
 * `false` (from --no-alarm) → null. Default: 3 days and 1 day before.
 */
export function parseAlarms(value: string | boolean | undefined): Array<{ days: number }> | null {
  if (value === false) return null;
  if (value === undefined || value === true) return [{ days: 3 }, { days: 1 }];
  const items = value.split(',').map((s) => s.trim());
  const alarms: Array<{ days: number }> = [];
  for (const item of items) {
    const m = /^(\d{1,3})\s*([dw]?)$/iu.exec(item);
    if (!m) throw new UsageError('usage-bad-alarm', { value });
    const n = Number(m[1]) * (m[2]?.toLowerCase() === 'w' ? 7 : 1);
    if (!alarms.some((a) => a.days === n)) alarms.push({ days: n });
  }
  return alarms;
}

export function parseWithin(value: string | undefined): number | null {
  if (value === undefined) return null;
  if (!/^\d{1,5}$/u.test(value.trim())) throw new UsageError('usage-bad-within', { value });
  return Number(value.trim());
}

export function parseChoice<T extends string>(option: string, value: string | undefined, choices: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new UsageError('usage-bad-choice', { option, value, choices: choices.join(', ') });
}

export function parseUnit(value: string | undefined): string | null {
  if (value === undefined) return null;
  if (value.trim() === '') throw new UsageError('usage-bad-unit');
  return value;
}

/**
 * The language for messages, read from argv before commander runs (help texts and
 * commander's own errors depend on it). "--lang en", "--lang=en"; the last one wins.
 */
export function langFromArgv(argv: readonly string[]): { lang: Lang; invalid: string | null } {
  let lang: Lang = 'vi';
  let invalid: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') break;
    let value: string | undefined;
    if (arg === '--lang') value = argv[i + 1];
    else if (arg.startsWith('--lang=')) value = arg.slice('--lang='.length);
    else continue;
    if (value === 'vi' || value === 'en') {
      lang = value;
      invalid = null;
    } else invalid = value ?? '';
  }
  return { lang, invalid };
}
