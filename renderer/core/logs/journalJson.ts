// `journalctl -o json` and `-o json-seq` (each object after an RS character, RFC 7464): one JSON
// object per line; what its fields mean is journalEntry.ts. A message journald could not store as
// UTF-8 text is written as an array of byte values.
import type { LineParser, LogFormat } from './logFormat';
import { createSshdReader } from './sshdConnections';
import { readJournalEntry } from './journalEntry';
import { createServiceReaders } from './serviceMessages';
import { createDecoder } from '../file/textDecoding';

type JournalRecord = Record<string, unknown>;

/** RFC 7464's record separator, in front of every object of `-o json-seq`. */
const recordSeparator = 0x1e;

export const journalJsonFormat: LogFormat = {
  id: 'journal-json',
  label: 'systemd journal export (journalctl -o json, -o json-seq)',
  carriesOwnTime: true,
  detect(sampleLines) {
    let written = 0;
    let records = 0;
    for (const line of sampleLines) {
      if (line.trim() === '') continue;
      written += 1;
      const start = line.charCodeAt(0) === recordSeparator ? 1 : 0;
      if (
        line.startsWith('{', start) &&
        line.includes('"__REALTIME_TIMESTAMP"') &&
        line.includes('"MESSAGE"')
      )
        records += 1;
    }
    return written === 0 ? 0 : records / written;
  },
  createParser(_time, counter): LineParser {
    const sshd = createSshdReader(counter);
    const readers = { sshd, services: createServiceReaders() };
    return {
      parseLine(line, lineNumber, emit) {
        const start = line.charCodeAt(0) === recordSeparator ? 1 : 0;
        // Cheap prefilter: a record no login reader wants is never parsed.
        if (line.charCodeAt(start) !== 123 /* { */ || !line.includes('"MESSAGE"')) return false;
        const record = parseRecord(start === 0 ? line : line.slice(start));
        const message = record === undefined ? undefined : messageOf(record.MESSAGE);
        if (!record || message === undefined) return false;
        return readJournalEntry(
          {
            message,
            program: text(record.SYSLOG_IDENTIFIER) ?? text(record._COMM),
            pid: text(record.SYSLOG_PID) ?? text(record._PID),
            realtime: text(record.__REALTIME_TIMESTAMP),
          },
          lineNumber,
          readers,
          emit,
        );
      },
      finish: (emit) => sshd.finish(emit),
    };
  },
};

/** MESSAGE as text, or as the array of byte values journald writes for text that is not UTF-8. */
function messageOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (!Array.isArray(value) || value.length > 1_000_000) return undefined;
  const bytes = new Uint8Array(value.length);
  for (let index = 0; index < value.length; index++) {
    const byte: unknown = value[index];
    if (typeof byte !== 'number' || !Number.isInteger(byte) || byte < 0 || byte > 255) return undefined;
    bytes[index] = byte;
  }
  return createDecoder('utf-8').decode(bytes);
}

function parseRecord(line: string): JournalRecord | undefined {
  try {
    const value: unknown = JSON.parse(line);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as JournalRecord)
      : undefined;
  } catch {
    return undefined;
  }
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
