// Turns an evidence file's bytes, as they stream in, into text: gunzips a rotated ".gz" log on
// the way (fflate, streaming, so a large archive is never whole in memory) and decodes it in the
// encoding its first plain bytes show — UTF-8, or the UTF-16 Windows PowerShell 5.1 writes (see
// core/text/textEncoding.ts); a broken byte becomes U+FFFD, never an exception.
import { Gunzip } from 'fflate';
import { detectTextEncoding, type TextEncodingName } from '../core/text/textEncoding';
import { ImportProblem } from './importProblem';

export type EvidenceText = {
  push(bytes: Uint8Array): void;
  /** Flushes the decoder; throws an ImportProblem when a .gz file ends early. */
  end(): void;
  compressed: boolean;
};

/**
 * `bytes` when the UTF-8 decoder, holding nothing from before, made `text` of them and all of them
 * are ASCII — then text.charCodeAt(i) is bytes[i] for every i and the analyzer may read the bytes
 * (LogAnalyzer.push). Decided from the text, without a loop over the bytes in JavaScript: every
 * byte that is not ASCII either joins others into fewer characters or becomes U+FFFD (a byte the
 * decoder keeps for the next piece makes the text shorter too).
 */
function asciiOf(text: string, bytes: Uint8Array): Uint8Array | undefined {
  return text.length === bytes.length && !text.includes('\uFFFD') ? bytes : undefined;
}

export function isGzip(firstBytes: Uint8Array): boolean {
  return firstBytes.length >= 2 && firstBytes[0] === 0x1f && firstBytes[1] === 0x8b;
}

export function createEvidenceText(
  firstBytes: Uint8Array,
  fileName: string,
  /** `ascii`: the bytes `text` was decoded from, when every one of them is ASCII (see asciiOf). */
  onText: (text: string, ascii?: Uint8Array) => void,
  /** Sees the plain bytes (after gunzip) and their encoding: for the binary check and the line index. */
  onPlainBytes?: (bytes: Uint8Array, encoding: TextEncodingName) => void,
): EvidenceText {
  // Chosen on the first plain bytes: for a .gz, the encoding of what it unpacks to.
  let decoding: { encoding: TextEncodingName; decoder: TextDecoder } | undefined;
  let midCharacter = false; // the decoder may hold the first bytes of a character
  const plain = (bytes: Uint8Array) => {
    if (bytes.length === 0) return;
    if (!decoding) {
      const encoding = detectTextEncoding(bytes);
      decoding = { encoding, decoder: new TextDecoder(encoding) };
    }
    onPlainBytes?.(bytes, decoding.encoding);
    const text = decoding.decoder.decode(bytes, { stream: true });
    const utf8 = decoding.encoding === 'utf-8';
    if (text !== '') onText(text, utf8 && !midCharacter ? asciiOf(text, bytes) : undefined);
    // An ASCII byte ends any character in progress: after one, the decoder holds nothing.
    midCharacter = bytes[bytes.length - 1]! >= 0x80;
  };
  const flush = () => {
    const rest = decoding?.decoder.decode() ?? '';
    if (rest !== '') onText(rest);
  };
  if (!isGzip(firstBytes)) return { compressed: false, push: plain, end: flush };
  let memberSize = 0; // bytes out of the current gzip member, for the trailer check
  let members = 1;
  let tail: Uint8Array = new Uint8Array(0); // the last 4 compressed bytes seen: the trailer's ISIZE
  const gunzip = new Gunzip((chunk) => {
    memberSize += chunk.length;
    plain(chunk);
  });
  gunzip.onmember = () => {
    members += 1;
    memberSize = 0;
  };
  const truncated = () =>
    new ImportProblem(
      `"${fileName}" is a compressed (.gz) file that is damaged or ends early (cut off while being copied?). ` +
        'Nothing from it was kept. Copy it from the server again, or unpack it there and import the plain log.',
    );
  return {
    compressed: true,
    push(bytes) {
      try {
        gunzip.push(bytes);
      } catch (error) {
        throw error instanceof ImportProblem ? error : truncated();
      }
      if (bytes.length >= 4) tail = bytes.slice(bytes.length - 4);
      else tail = concatTail(tail, bytes);
    },
    end() {
      try {
        gunzip.push(new Uint8Array(0), true);
      } catch (error) {
        throw error instanceof ImportProblem ? error : truncated();
      }
      // fflate does not notice a file cut inside the 8-byte trailer: compare the size it records.
      const recorded = (tail[0]! | (tail[1]! << 8) | (tail[2]! << 16) | (tail[3]! << 24)) >>> 0;
      if (members === 1 && (tail.length < 4 || recorded !== memberSize % 2 ** 32)) throw truncated();
      flush();
    },
  };
}

function concatTail(tail: Uint8Array, bytes: Uint8Array): Uint8Array {
  const joined = new Uint8Array(tail.length + bytes.length);
  joined.set(tail);
  joined.set(bytes, tail.length);
  return joined.slice(Math.max(0, joined.length - 4));
}
