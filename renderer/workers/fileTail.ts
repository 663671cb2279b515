// The last lines of a picked file, for the time question: an auth.log that begins with RFC 3339
// stamps (which carry a zone) can go on in classic stamps ("Nov 21 10:48:21", no year, no zone)
// after rsyslog's settings changed, and the first lines alone would say no question is needed.
// Only plain files: a .gz would have to be unpacked whole to reach its end.
import { isGzip } from './evidenceText';

/** Enough for a few hundred lines; little to read even from a slow disk. */
const tailBytes = 64 * 1024;

/**
 * The lines in the last 64 KiB of `file` but its first (the end of a line that began before, or
 * the file's first line, which the detection sample has anyway); none for a .gz.
 */
export async function readTailLines(file: Blob): Promise<string[]> {
  if (file.size === 0 || isGzip(new Uint8Array(await file.slice(0, 2).arrayBuffer()))) return [];
  const text = new TextDecoder('utf-8').decode(
    await file.slice(Math.max(0, file.size - tailBytes)).arrayBuffer(),
  );
  const lines = text.split('\n').map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
  return lines.slice(1).filter((line) => line !== '');
}
