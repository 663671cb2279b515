// The complete excerpt for an abuse desk as a compressed attachment of bounded size. Three hundred
// addresses at one provider over 1.5 million lines made a 212 MB .eml that no mail server takes
// and the desktop refused to build; log lines compress about tenfold, and what does not fit in
// the stated size is offered on request instead of being sent. A zip, because every mail program
// and operating system opens one (a .gz needs a tool on older Windows).
import { Zip, ZipDeflate, strToU8 } from 'fflate';

/** The largest compressed attachment a draft carries (most mail servers take 20–25 MB in all). */
export const excerptAttachmentLimit = 10 * 1024 * 1024;

export type ExcerptArchive = {
  bytes: Uint8Array;
  /** Excerpt lines in the archive, and in the excerpt. */
  linesIncluded: number;
  linesTotal: number;
};

/**
 * `header` and then the lines (each as `lineText` writes it, which must keep its length), one
 * per line, as `fileName` in a zip of at most `limit` bytes:
 * as many whole lines as fit, then a last line that says how many were left out. The file's
 * time is fixed by `modified` (UTC ms), so the same excerpt gives the same bytes.
 */
export function zipExcerpt(
  fileName: string,
  header: string,
  lines: readonly string[],
  modified: number,
  lineText: (line: string) => string = (line) => line,
  limit = excerptAttachmentLimit,
): ExcerptArchive {
  const chunks: Uint8Array[] = [];
  let written = 0;
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
    written += chunk.length;
  });
  const file = new ZipDeflate(fileName, { level: 6 });
  file.mtime = modified;
  zip.add(file);

  // Lines go in in batches. A line is taken only if the batch with it, a batch still in the
  // compressor and the zip's directory fit (deflate grows data that does not compress by a few
  // bytes per 16 KiB at most, UTF-8 by up to three bytes a character): never over the limit.
  const batchCharacters = Math.max(1024, Math.min(256 * 1024, Math.floor(limit / 48)));
  const headroom = 3 * batchCharacters + 4096;
  let batch = header;
  let included = 0;
  for (const line of lines) {
    // What is written, what waits in the batch with this line, and a batch in the compressor.
    if (written + 3 * (batch.length + line.length + 1) + headroom > limit) break;
    batch += `${lineText(line)}\n`;
    included++;
    if (batch.length >= batchCharacters) {
      file.push(strToU8(batch));
      batch = '';
    }
  }
  const leftOut = lines.length - included;
  if (leftOut > 0)
    batch += `[… ${leftOut.toLocaleString('en-US')} more lines are not in this file (it would be over ${sizeText(limit)}); we will gladly send them on request …]\n`;
  file.push(strToU8(batch), true);
  zip.end();

  const bytes = new Uint8Array(written);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return { bytes, linesIncluded: included, linesTotal: lines.length };
}

/** "10 MB", or "256 KB" below a megabyte. */
export const sizeText = (bytes: number): string =>
  bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MB` : `${Math.round(bytes / 1024)} KB`;
