// Gunzip that checks what gzip itself checks: every member's trailer (CRC-32 and length) must
// match what came out of it. A rotated log is often several members (logrotate's `delaycompress`
// plus `cat a.gz b.gz > c.gz`, or pigz): checking only the last one let a file whose last member
// was cut short be read as complete, 9 lines missing and nobody told. fflate inflates (streaming,
// so a large archive is never whole in memory) but checks no CRC; crc-32 adds it.
import { Gunzip } from 'fflate';
import CRC32 from 'crc-32';

export type GzipDamage = {
  /** Plain bytes read correctly before the damage. */
  plainBytes: number;
  /** Which member (1-based) was damaged, and how many members the file had by then. */
  member: number;
  /** In words, for the message: "cut off", "checksum does not match". */
  what: 'cut off' | 'checksum does not match' | 'not gzip data';
};

export type CheckedGunzip = {
  push(bytes: Uint8Array): void;
  /** Checks the last member; throws GzipDamaged when anything did not check out. */
  end(): void;
};

export class GzipDamaged extends Error {
  override name = 'GzipDamaged';
  constructor(readonly damage: GzipDamage) {
    super(`gzip member ${damage.member}: ${damage.what}`);
  }
}

/** The trailer after each member's compressed data: CRC-32 and length (mod 2^32), little-endian. */
const trailerBytes = 8;
/**
 * Compressed bytes kept from before the current read, so a trailer that began in an earlier read
 * can still be found (fflate keeps little unconsumed input between reads: an unfinished symbol).
 */
const keptBytes = 64 * 1024;

export function createCheckedGunzip(onPlain: (bytes: Uint8Array) => void): CheckedGunzip {
  let member = 1;
  let memberCrc = 0;
  let memberSize = 0;
  let plainBytes = 0;
  // The compressed bytes around the current read: window[0] is at offset windowStart in the file.
  let window: Uint8Array = new Uint8Array(0);
  let windowStart = 0;
  let compressedBytes = 0;
  let damaged: GzipDamage | undefined;
  // An error thrown by onPlain (the text turned out to be binary …) is the caller's, not damage.
  let fromPlain: { error: unknown } | undefined;

  const fail = (what: GzipDamage['what']): never => {
    damaged ??= { plainBytes, member, what };
    throw new GzipDamaged(damaged);
  };

  /** Checks the member that just ended against the trailer at file offset `at`. */
  const checkTrailer = (at: number): void => {
    const start = at - windowStart;
    if (start < 0 || start + trailerBytes > window.length) fail('cut off');
    const crc = readUint32(window, start);
    const size = readUint32(window, start + 4);
    if (crc !== memberCrc >>> 0 || size !== memberSize % 2 ** 32) fail('checksum does not match');
  };

  const gunzip = new Gunzip((chunk) => {
    if (chunk.length === 0) return;
    memberCrc = CRC32.buf(chunk, memberCrc);
    memberSize += chunk.length;
    plainBytes += chunk.length;
    try {
      onPlain(chunk);
    } catch (error) {
      fromPlain = { error };
      throw error;
    }
  });
  gunzip.onmember = (offset) => {
    // `offset` is where the next member's header starts: the last 8 bytes before it are the trailer.
    checkTrailer(offset - trailerBytes);
    member += 1;
    memberCrc = 0;
    memberSize = 0;
  };

  const inflate = (bytes: Uint8Array, final: boolean): void => {
    if (damaged) throw new GzipDamaged(damaged);
    try {
      gunzip.push(bytes, final);
    } catch (error) {
      if (fromPlain) throw fromPlain.error;
      if (error instanceof GzipDamaged) throw error;
      // fflate's own errors: unexpected end of data, invalid block, invalid header.
      fail(member === 1 && plainBytes === 0 && compressedBytes < 32 ? 'not gzip data' : 'cut off');
    }
  };

  return {
    push(bytes) {
      const kept = window.subarray(Math.max(0, window.length - keptBytes));
      const next = new Uint8Array(kept.length + bytes.length);
      next.set(kept);
      next.set(bytes, kept.length);
      windowStart = compressedBytes - kept.length;
      window = next;
      compressedBytes += bytes.length;
      // The copy in the window, not `bytes`: fflate keeps what it has not consumed, and the caller
      // may read into its buffer again.
      inflate(next.subarray(kept.length), false);
    },
    end() {
      inflate(new Uint8Array(0), true);
      // The last member's trailer is the file's last 8 bytes.
      if (compressedBytes < trailerBytes) fail('cut off');
      checkTrailer(compressedBytes - trailerBytes);
    },
  };
}

function readUint32(bytes: Uint8Array, at: number): number {
  return (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0;
}
