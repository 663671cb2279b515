// Reads a log file once more for what the report documents need beyond the analysis (the excerpt
// lines, the chart, the evidence hash), as the analysis read it: 64 KiB at a time, gunzipped and
// decoded on the way (core/file/shapedText.ts), an .evtx through its own reader. A 2 GB log is
// never one buffer or one string (fs.readFile stops at 2 GiB, a string at 512 Mi characters).
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { binaryFormatOf } from '../../renderer/core/logs/formatRegistry';
import { createShapedText } from '../../renderer/core/file/shapedText';
import { CliError } from './cliError';

const chunkBytes = 64 * 1024;

export type StreamedEvidence = { size: number; sha256: string };

/**
 * Pushes the file's text to `onText` piece by piece and returns its size and SHA-256 (of the
 * bytes as they are on disk). `acceptDamaged`: a damaged .gz gives its text up to the damage.
 */
export function streamEvidenceText(
  path: string,
  onText: (text: string) => void,
  { acceptDamaged = false } = {},
): StreamedEvidence {
  const hash = createHash('sha256');
  const buffer = Buffer.allocUnsafe(chunkBytes);
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    const firstRead = readSync(fd, buffer);
    const firstBytes = buffer.subarray(0, firstRead).slice();
    const binary = binaryFormatOf(firstBytes);
    const reader = binary?.createTextReader(path);
    const text = reader ? undefined : createShapedText(firstBytes, path, onText, { acceptDamaged });
    for (let read = firstRead; read > 0; read = readSync(fd, buffer)) {
      const bytes = buffer.subarray(0, read);
      hash.update(bytes);
      if (reader) reader.push(bytes, onText);
      else text!.push(bytes);
    }
    if (reader) {
      const { problem } = reader.end(onText);
      if (problem !== undefined) throw new CliError(problem);
    } else text!.end();
    return { size, sha256: hash.digest('hex') };
  } finally {
    closeSync(fd);
  }
}
