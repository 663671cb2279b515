// Reads a corpus file through the real file pipeline (core/file/logReading.ts, as the import and
// the command line do) and judges each labelled line by the events found on it.
import type { AuthEvent } from '../../renderer/core/logs/authEvent';
import { createLogReading } from '../../renderer/core/file/logReading';
import { normalizeAddress } from '../../renderer/core/net/addressScope';
import { failureKinds, findsLine, type CorpusLine } from './corpusLine';

export type FileReading = {
  /** Events by line number. */
  events: Map<number, AuthEvent[]>;
  format: string;
  /** Why the file was refused, when it was. */
  refused?: string;
};

export async function readCorpusFile(name: string, bytes: Uint8Array): Promise<FileReading> {
  const events = new Map<number, AuthEvent[]>();
  const reading = createLogReading({
    fileName: name,
    firstBytes: bytes.subarray(0, 64 * 1024),
    start: () => ({
      time: { year: 2026, timeZone: 'UTC' },
      onEvent(event) {
        const onLine = events.get(event.line) ?? [];
        onLine.push({ ...event });
        events.set(event.line, onLine);
      },
    }),
  });
  try {
    for (let at = 0; at < bytes.length; at += 64 * 1024)
      await reading.push(bytes.subarray(at, at + 64 * 1024));
    const { format } = await reading.end();
    return { events, format: format.id };
  } catch (error) {
    return { events, format: '-', refused: error instanceof Error ? error.message : String(error) };
  }
}

export type LineJudgement = 'found' | 'missed' | 'false alarm' | 'quiet';

/**
 * For an attack or probe: found when an event of the right class on the line names its address,
 * or when the line's event says another line already counts the same attempt (`sameAttemptAs`:
 * Dovecot's auth check and its login process's answer) and that line's event names it.
 * For a benign line: a false alarm when any failure-class event comes from it.
 */
export function judgeLine(
  line: CorpusLine & { text: string },
  onLine: readonly AuthEvent[],
  all?: FileReading,
): LineJudgement {
  if (line.label === 'benign') {
    return onLine.some((event) => failureKinds.has(event.kind)) ? 'false alarm' : 'quiet';
  }
  if (line.label === 'out') return 'quiet';
  const wanted = line.address === undefined ? undefined : normalizeAddress(line.address);
  const names = (event: AuthEvent) => wanted === undefined || event.ip === wanted;
  if (onLine.some((event) => findsLine(line.label, event.kind) && names(event))) return 'found';
  // "Disconnected from authenticating user …" after "Disconnected from invalid user …" of the
  // same process: one attempt, counted on the first of the lines.
  const pid = /\[(\d+)\]:? /.exec(line.text)?.[1];
  if (all !== undefined && pid !== undefined && onLine.length > 0) {
    const sameProcess = (event: AuthEvent) =>
      event.pid === Number(pid) && findsLine(line.label, event.kind) && names(event);
    for (const events of all.events.values()) if (events.some(sameProcess)) return 'found';
  }
  const countedOn = onLine.filter((event) => event.sameAttemptAs !== undefined && names(event));
  for (const event of countedOn) {
    const counted = all?.events.get(event.sameAttemptAs!) ?? [];
    if (counted.some((other) => findsLine(line.label, other.kind) && names(other))) return 'found';
  }
  return 'missed';
}
