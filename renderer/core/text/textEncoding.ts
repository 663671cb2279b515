// Which text encoding a log is in, judged from its first bytes (after gunzip for a .gz).
// Windows PowerShell 5.1 writes UTF-16LE with a byte-order mark for `>` and Out-File, so
// `wevtutil qe Security /f:xml > security.xml` or `Get-WinEvent … | ConvertTo-Json > events.json`
// run there is UTF-16; every other log a small office has is UTF-8 (or plain ASCII).

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be';

/** How much of the first block the BOM-less UTF-16LE rule looks at. */
const sampleBytes = 4096;
/** Share of the sample's code units that must be Latin text for BOM-less UTF-16LE. */
const latinShare = 0.9;

/**
 * By byte-order mark: EF BB BF → UTF-8, FF FE → UTF-16LE, FE FF → UTF-16BE.
 *
 * Without a mark, UTF-16LE when, over the first 4 KiB read as 16-bit little-endian code units:
 * there are at least two units, none is U+0000 (binary files are full of zero runs), and at least
 * 90% of them are printable Latin text: U+0009, U+000A, U+000D, U+0020–U+007E or U+00A0–U+00FF,
 * i.e. an odd byte of 0 and a printable even byte (so "Jürgen" counts in full). ASCII or UTF-8
 * text has no zero bytes at all, so it never matches.
 * Everything else is UTF-8, whose decoder turns a broken byte into U+FFFD.
 */
export function detectTextEncoding(firstBytes: Uint8Array): TextEncodingName {
  const [b0, b1, b2] = firstBytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return 'utf-8';
  if (b0 === 0xff && b1 === 0xfe) return 'utf-16le';
  if (b0 === 0xfe && b1 === 0xff) return 'utf-16be';
  return looksLikeUtf16le(firstBytes) ? 'utf-16le' : 'utf-8';
}

/** Bytes per code unit: UTF-16 line breaks and block boundaries must fall on whole units. */
export function codeUnitBytes(encoding: TextEncodingName): 1 | 2 {
  return encoding === 'utf-8' ? 1 : 2;
}

function looksLikeUtf16le(bytes: Uint8Array): boolean {
  const units = Math.min(bytes.length, sampleBytes) >> 1;
  if (units < 2) return false;
  let latin = 0;
  for (let unit = 0; unit < units; unit++) {
    const low = bytes[2 * unit]!;
    const high = bytes[2 * unit + 1]!;
    if (low === 0 && high === 0) return false;
    if (high === 0 && isPrintableLatin1(low)) latin++;
  }
  return latin >= units * latinShare;
}

function isPrintableLatin1(byte: number): boolean {
  return byte === 0x09 || byte === 0x0a || byte === 0x0d || (byte >= 0x20 && byte <= 0x7e) || byte >= 0xa0;
}
