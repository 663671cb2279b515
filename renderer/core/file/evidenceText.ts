// Turns an evidence file's bytes, as they stream in, into text: gunzips a rotated ".gz" log on
// the way (checkedGunzip.ts: streaming, every member's checksum checked) and decodes it in the
// encoding its first plain bytes show — UTF-8, or the UTF-16 Windows PowerShell 5.1 writes (see
// core/text/textEncoding.ts); a broken byte becomes U+FFFD, never an exception. A damaged .gz
// (cut short, a checksum that does not match) stops the text where the damage is: refused, or,
// when the person chose to read the readable part anyway, ended there (DECISIONS.md).
import { detectTextEncoding, type TextEncodingName } from '../text/textEncoding';
import { createCheckedGunzip, GzipDamaged, type GzipDamage } from './checkedGunzip';
import { createDecoder, type StreamingDecoder } from './textDecoding';

export type EvidenceText = {
  /** Throws GzipDamaged at the damage of a .gz, unless it is read with `acceptDamaged`. */
  push(bytes: Uint8Array): void;
  /** Flushes the decoder; throws GzipDamaged when a .gz file is damaged (unless accepted). */
  end(): void;
  compressed: boolean;
  /** Where the text of a .gz read with `acceptDamaged` stopped; undefined while it is whole. */
  damage(): GzipDamage | undefined;
};

export type EvidenceTextOptions = {
  /** Sees the plain bytes (after gunzip) and their encoding: for the binary check and the line index. */
  onPlainBytes?: (bytes: Uint8Array, encoding: TextEncodingName) => void;
  /** A faster decoder for all-ASCII bytes, where the host has one (Node's latin1). */
  asciiText?: AsciiText;
  /**
   * Read a damaged .gz up to its damage instead of refusing it: the text then simply ends there
   * (its last line may be cut; logReading.ts drops it). Only ever on the person's choice.
   */
  acceptDamaged?: boolean;
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

/**
 * The text of `bytes` when every one of them is ASCII, else undefined: a host's faster way for the
 * commonest case (Node copies them as Latin-1; TextDecoder's streaming mode took 0.4 s for 3M lines,
 * the copy 0.06 s).
 */
export type AsciiText = (bytes: Uint8Array) => string | undefined;

export function isGzip(firstBytes: Uint8Array): boolean {
  return firstBytes.length >= 2 && firstBytes[0] === 0x1f && firstBytes[1] === 0x8b;
}

export function createEvidenceText(
  firstBytes: Uint8Array,
  /** `ascii`: the bytes `text` was decoded from, when every one of them is ASCII (see asciiOf). */
  onText: (text: string, ascii?: Uint8Array) => void,
  options: EvidenceTextOptions = {},
): EvidenceText {
  const { onPlainBytes, asciiText } = options;
  // Chosen on the first plain bytes: for a .gz, the encoding of what it unpacks to.
  let decoding: { encoding: TextEncodingName; decoder: StreamingDecoder } | undefined;
  let midCharacter = false; // the decoder may hold the first bytes of a character
  let encoding: TextEncodingName | undefined;
  let plainBytes = 0;
  const plain = (bytes: Uint8Array) => {
    if (bytes.length === 0) return;
    encoding ??= detectTextEncoding(bytes);
    onPlainBytes?.(bytes, encoding);
    plainBytes += bytes.length;
    if (asciiText !== undefined && encoding === 'utf-8' && !midCharacter) {
      const ascii = asciiText(bytes);
      if (ascii !== undefined) {
        onText(ascii, bytes);
        return;
      }
    }
    // Made at the first bytes the fast path did not take: from then on, a byte-order mark is
    // content unless these are the file's very first bytes, as for a decoder that saw them all.
    decoding ??= {
      encoding,
      decoder: createDecoder(encoding, { ignoreBOM: plainBytes > bytes.length }),
    };
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
  if (!isGzip(firstBytes)) return { compressed: false, push: plain, end: flush, damage: () => undefined };
  const gunzip = createCheckedGunzip(plain);
  let damage: GzipDamage | undefined;
  const damaged = (error: unknown): void => {
    if (!(error instanceof GzipDamaged) || !options.acceptDamaged) throw error;
    damage = error.damage;
  };
  return {
    compressed: true,
    push(bytes) {
      if (damage) return; // nothing after the damage is read
      try {
        gunzip.push(bytes);
      } catch (error) {
        damaged(error);
      }
    },
    end() {
      if (!damage) {
        try {
          gunzip.end();
        } catch (error) {
          damaged(error);
        }
      }
      flush();
    },
    damage: () => damage,
  };
}
