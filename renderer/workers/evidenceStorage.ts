// Keeps the original bytes of an evidence file while it streams past, for the evidence store
// (renderer/db/evidenceFiles.ts). A large plain log is compressed on the way, one gzip member per
// block of about 1 MiB: the stored file is one valid .gz (members concatenate), only about a
// tenth of the original is held, and any block unpacks alone, so an excerpt needs no full unpack.
// Line breaks are counted in the text's encoding, which is detected again from its first bytes
// (as the decoder does), and in UTF-16 a block starts on a whole code unit.
import { gzipSync } from 'fflate';
import { codeUnitBytes, detectTextEncoding } from '../core/text/textEncoding';
import { createLineBreakCounter, type LineBreakCounter } from '../core/text/lineBreaks';
import type { EvidenceLineBlock } from '../db/schema';

/** Smaller files are kept as they are: compressing them saves nothing worth the time. */
export const compressAbove = 1024 * 1024;
const blockBytes = 1024 * 1024;

export type StoredEvidence = { encoding: 'identity' | 'gzip'; bytes: Blob; lineIndex: EvidenceLineBlock[] };

export type EvidenceStorage = {
  /** The file's own bytes, as read. */
  pushOriginal(bytes: Uint8Array): void;
  /** The text's bytes (the same as the original unless the file is a .gz). */
  pushPlain(bytes: Uint8Array): void;
  finish(): StoredEvidence;
};

/**
 * `textIsDerived`: the text is not the original's bytes — a .gz unpacks to it, an .evtx is read
 * into it (logReading.ts) — so the original is kept as it is and the line index counts the text.
 */
export function createEvidenceStorage(file: Blob, textIsDerived: boolean): EvidenceStorage {
  const compress = !textIsDerived && file.size > compressAbove;
  const lineIndex: EvidenceLineBlock[] = [];
  const parts: Uint8Array<ArrayBuffer>[] = [];
  const block = new Uint8Array(compress ? blockBytes : 0);
  let blockLength = 0;
  let storedLength = 0;
  let textOffset = 0; // text bytes before the current block
  let lines = 0; // line breaks before the current block
  let sinceEntry = blockBytes; // text bytes since the last index entry (plain store)
  let lineBreaks: { counter: LineBreakCounter; unit: 1 | 2 } | undefined; // from the first text bytes
  const countLineBreaks = (bytes: Uint8Array): number => {
    if (!lineBreaks) {
      const encoding = detectTextEncoding(bytes);
      lineBreaks = { counter: createLineBreakCounter(encoding), unit: codeUnitBytes(encoding) };
    }
    return lineBreaks.counter.count(bytes);
  };

  // Compressed store: the text is the original; each full block (an even size: whole UTF-16
  // code units) becomes one gzip member.
  function closeBlock(): void {
    if (blockLength === 0) return;
    const bytes = block.subarray(0, blockLength);
    lineIndex.push({ firstLine: lines + 1, textOffset, storedOffset: storedLength });
    const member = gzipSync(bytes, { level: 1 });
    parts.push(member);
    storedLength += member.length;
    textOffset += blockLength;
    lines += countLineBreaks(bytes);
    blockLength = 0;
  }

  return {
    pushOriginal(bytes) {
      if (!compress) return;
      for (let at = 0; at < bytes.length;) {
        const take = Math.min(blockBytes - blockLength, bytes.length - at);
        block.set(bytes.subarray(at, at + take), blockLength);
        blockLength += take;
        at += take;
        if (blockLength === blockBytes) closeBlock();
      }
    },
    pushPlain(bytes) {
      if (compress || bytes.length === 0) return;
      // Stored as is: an entry about every 1 MiB, at a chunk start, so offsets stay exact; never
      // inside a UTF-16 code unit, or the excerpt would be decoded one byte off.
      const aligned = !lineBreaks || textOffset % lineBreaks.unit === 0;
      if (sinceEntry >= blockBytes && aligned) {
        lineIndex.push({
          firstLine: lines + 1,
          textOffset,
          storedOffset: textIsDerived ? -1 : textOffset,
        });
        sinceEntry = 0;
      }
      sinceEntry += bytes.length;
      textOffset += bytes.length;
      lines += countLineBreaks(bytes);
    },
    finish() {
      if (!compress) return { encoding: 'identity', bytes: file, lineIndex };
      closeBlock();
      return { encoding: 'gzip', bytes: new Blob(parts), lineIndex };
    },
  };
}
