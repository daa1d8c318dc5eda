// TEMPORARY STUB — replaced by the input layer (branch "decode").
export function normalizeText(text: string): string {
  return text.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n').replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/gu, ' ').replace(/[\u200B-\u200D\u2060\uFEFF]/gu, '').normalize('NFC');
}
