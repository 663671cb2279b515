// Writes text to a stream with back-pressure: a pipe or a slow terminal makes the writer wait, so
// a document of 300,000 sources or a million events never piles up in memory on its way out.
import type { Writable } from 'node:stream';

/** Pieces are gathered to about this size before a write, so tiny pieces cost no call each. */
const batchCharacters = 64 * 1024;

export async function writeText(out: Writable, pieces: Iterable<string>): Promise<void> {
  let batch = '';
  for (const piece of pieces) {
    batch += piece;
    if (batch.length >= batchCharacters) {
      await writeOnce(out, batch);
      batch = '';
    }
  }
  if (batch !== '') await writeOnce(out, batch);
}

function writeOnce(out: Writable, text: string): Promise<void> {
  if (out.write(text)) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onDrain = () => {
      out.off('error', onError);
      resolve();
    };
    const onError = (error: Error) => {
      out.off('drain', onDrain);
      reject(error);
    };
    out.once('drain', onDrain);
    out.once('error', onError);
  });
}
