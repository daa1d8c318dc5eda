// TEMPORARY STUB — replaced by the input layer (branch "decode").
export type EncodingName = string;
export interface Decoded { text: string; encoding: EncodingName; confidence: 'high' | 'low' }
export function looksBinary(bytes: Uint8Array): boolean {
  return bytes.includes(0) && !(bytes[0] === 0xff && bytes[1] === 0xfe) && !(bytes[0] === 0xfe && bytes[1] === 0xff);
}
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder().decode(bytes.subarray(3)), encoding: 'utf-8-bom', confidence: 'high' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', confidence: 'high' };
  return { text: new TextDecoder().decode(bytes), encoding: 'utf-8', confidence: 'high' };
}
