// `journalctl -o json` (and json-seq without its separators): one JSON object per line with the
// message in MESSAGE, the program in SYSLOG_IDENTIFIER (or _COMM), the pid in SYSLOG_PID/_PID and
// the time in __REALTIME_TIMESTAMP (microseconds since the epoch, so no time question).
import type { AuthEvent } from './authEvent';
import type { LineParser, LogFormat } from './logFormat';
import { createSshdReader } from './sshdConnections';
import { createServiceReaders } from './serviceMessages';

type JournalRecord = Record<string, unknown>;

const sshdNames: ReadonlySet<string> = new Set(['sshd', 'sshd-session', 'sshd-auth']);

export const journalJsonFormat: LogFormat = {
  id: 'journal-json',
  label: 'systemd journal export (journalctl -o json)',
  carriesOwnTime: true,
  detect(sampleLines) {
    let written = 0;
    let records = 0;
    for (const line of sampleLines) {
      if (line.trim() === '') continue;
      written += 1;
      if (line.startsWith('{') && line.includes('"__REALTIME_TIMESTAMP"') && line.includes('"MESSAGE"'))
        records += 1;
    }
    return written === 0 ? 0 : records / written;
  },
  createParser(_time, counter): LineParser {
    const sshd = createSshdReader(counter);
    const services = createServiceReaders();
    return {
      parseLine(line, lineNumber, emit) {
        // Cheap prefilter: a record no login reader wants is never parsed.
        if (line.charCodeAt(0) !== 123 /* { */ || !line.includes('"MESSAGE"')) return false;
        const record = parseRecord(line);
        if (!record || typeof record.MESSAGE !== 'string') return false;
        const program = text(record.SYSLOG_IDENTIFIER) ?? text(record._COMM);
        const micros = Number(text(record.__REALTIME_TIMESTAMP));
        if (program === undefined || !Number.isFinite(micros)) return false;
        const time = Math.floor(micros / 1000);
        // A process id is a positive whole number; anything else written there names none.
        const written = Number(text(record.SYSLOG_PID) ?? text(record._PID) ?? 0);
        const pid = Number.isSafeInteger(written) && written > 0 ? written : 0;
        if (sshdNames.has(program))
          return sshd.read(record.MESSAGE, 0, record.MESSAGE.length, pid, time, lineNumber, emit);
        const reader = services.readerFor(program);
        const event: AuthEvent | undefined = reader?.(record.MESSAGE, 0, time, lineNumber, pid);
        if (!event) return false;
        if (pid) event.pid = pid;
        emit(event);
        return true;
      },
      finish: (emit) => sshd.finish(emit),
    };
  },
};

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
