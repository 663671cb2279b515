// Counts line breaks in a log's bytes as they stream past, for the line index that lets an
// excerpt be cut from the stored evidence later. In UTF-16 a line break is a whole code unit
// (0A 00 little-endian, 00 0A big-endian): a 0x0A byte that is half of another character
// (U+0A0D, U+0D0A, …) is not one, and a unit may be split across two chunks.
import type { TextEncodingName } from './textEncoding';

export type LineBreakCounter = {
  /** Line breaks completed by these bytes (the next bytes of the same text). */
  count(bytes: Uint8Array): number;
};

export function createLineBreakCounter(encoding: TextEncodingName): LineBreakCounter {
  if (encoding === 'utf-8') return { count: countUtf8 };
  const first = encoding === 'utf-16le' ? 0x0a : 0x00;
  const second = encoding === 'utf-16le' ? 0x00 : 0x0a;
  let held = -1; // first byte of a code unit whose second byte is in the next chunk
  return {
    count(bytes) {
      let count = 0;
      let at = 0;
      if (held >= 0 && bytes.length > 0) {
        if (held === first && bytes[0] === second) count++;
        held = -1;
        at = 1;
      }
      for (; at + 1 < bytes.length; at += 2) {
        if (bytes[at] === first && bytes[at + 1] === second) count++;
      }
      if (at < bytes.length) held = bytes[at]!;
      return count;
    },
  };
}

// UTF-8 never uses 0x0A inside a multi-byte character, so every 0x0A byte is a line break.
function countUtf8(bytes: Uint8Array): number {
  let count = 0;
  for (let at = bytes.indexOf(10); at >= 0; at = bytes.indexOf(10, at + 1)) count += 1;
  return count;
}
