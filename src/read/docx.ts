// TEMPORARY STUB — replaced by the input layer (branch "decode").
export function isDocx(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}
export async function docxToText(_bytes: Uint8Array): Promise<{ text: string; warnings: string[] }> {
  return { text: '', warnings: ['docx-unsupported'] };
}
