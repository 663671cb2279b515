// `analyze --events` prints one line per event, but only once every file has been read: a file
// refused half-way (a .gz cut short, a format we do not read) must not leave its events on a
// script's standard output as if they were the case (DECISIONS.md: one file refused, the whole
// run prints nothing). The lines wait in a temporary file, not in memory — a million events are
// 150 MB — and are copied out at the end, or deleted.
import { once } from 'node:events';
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export type EventSpool = {
  /** Keeps the text for later; waits when the disk is slower than the parser. */
  write(text: string): Promise<void>;
  /** Every text written, in order, onto `out` (which stays open); then the spool is gone. */
  deliver(out: Writable): Promise<void>;
  /** Forgets everything written (the run failed). Safe to call more than once. */
  discard(): Promise<void>;
};

export async function createEventSpool(): Promise<EventSpool> {
  // mkdtemp makes a folder only this user may enter; the events quote the log.
  const folder = await mkdtemp(join(tmpdir(), 'incident-notebook-events-'));
  const path = join(folder, 'events.jsonl');
  const file: WriteStream = createWriteStream(path, { mode: 0o600 });
  let failure: Error | undefined;
  file.on('error', (error) => (failure ??= error));

  const closed = async () => {
    if (!file.closed) {
      file.end();
      await once(file, 'close').catch(() => undefined);
    }
  };
  const removed = () => rm(folder, { recursive: true, force: true });

  return {
    async write(text) {
      if (failure) throw failure;
      if (!file.write(text)) {
        // Whichever comes first; the other listener is taken off again (a million writes would
        // otherwise leave a million 'error' listeners behind).
        const waited = new AbortController();
        const { signal } = waited;
        await Promise.race([once(file, 'drain', { signal }), once(file, 'error', { signal })]).finally(() =>
          waited.abort(),
        );
      }
      if (failure) throw failure;
    },
    async deliver(out) {
      try {
        await closed();
        if (failure) throw failure;
        await pipeline(createReadStream(path), out, { end: false });
      } finally {
        await removed();
      }
    },
    async discard() {
      if (!file.destroyed) file.destroy();
      if (!file.closed) await once(file, 'close').catch(() => undefined);
      await removed();
    },
  };
}
