// The last lines of a picked file, for the time question: an auth.log that begins with RFC 3339
// stamps (which carry a zone) can go on in classic stamps ("Nov 21 10:48:21", no year, no zone)
// after rsyslog's settings changed, and the first lines alone would say no question is needed.
// Only plain files: a .gz would have to be unpacked whole to reach its end.
import { isGzip } from '../core/file/evidenceText';
import { detectTextEncoding } from '../core/text/textEncoding';

/** Enough for a few hundred lines; little to read even from a slow disk. */
const tailBytes = 64 * 1024;

/**
 * The lines in the last 64 KiB of `file` but its first (the end of a line that began before, or
 * the file's first line, which the detection sample has anyway), decoded as the import decodes
 * the file (UTF-8, or UTF-16 as Windows PowerShell writes a redirected log), which its first
 * block (`firstBytes`, already read by the caller) shows; none for a .gz.
 */
export async function readTailLines(file: Blob, firstBytes: Uint8Array): Promise<string[]> {
  if (file.size === 0 || isGzip(firstBytes)) return [];
  const encoding = detectTextEncoding(firstBytes);
  let start = Math.max(0, file.size - tailBytes);
  if (encoding !== 'utf-8' && start % 2 === 1) start += 1; // UTF-16 code units begin at even offsets
  const text = new TextDecoder(encoding).decode(await file.slice(start).arrayBuffer());
  const lines = text.split('\n').map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
  return lines.slice(1).filter((line) => line !== '');
}
