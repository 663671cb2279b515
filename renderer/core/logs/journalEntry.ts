// One systemd journal entry, whichever way journalctl wrote it (-o json, -o json-seq, -o export):
// the message in MESSAGE, the program in SYSLOG_IDENTIFIER (or _COMM), the pid in SYSLOG_PID/_PID
// and the time in __REALTIME_TIMESTAMP (microseconds since the epoch, so no time question).
import type { AuthEvent } from './authEvent';
import type { SshdReader } from './sshdConnections';
import type { ServiceReaders } from './serviceMessages';

export type JournalFields = {
  message: string;
  program: string | undefined;
  /** As written; checked here. */
  pid: string | undefined;
  realtime: string | undefined;
};

const sshdNames: ReadonlySet<string> = new Set(['sshd', 'sshd-session', 'sshd-auth']);

/** Emits what the entry says about logins; false when it says nothing (or cannot be read). */
export function readJournalEntry(
  fields: JournalFields,
  lineNumber: number,
  readers: { sshd: SshdReader; services: ServiceReaders },
  emit: (event: AuthEvent) => void,
): boolean {
  const { sshd, services } = readers;
  const micros = Number(fields.realtime);
  if (fields.program === undefined || !Number.isFinite(micros)) return false;
  const time = Math.floor(micros / 1000);
  // A process id is a positive whole number; anything else written there names none.
  const written = Number(fields.pid ?? 0);
  const pid = Number.isSafeInteger(written) && written > 0 ? written : 0;
  if (sshdNames.has(fields.program)) {
    return sshd.read(fields.message, 0, fields.message.length, pid, time, lineNumber, emit);
  }
  const reader = services.readerFor(fields.program);
  const event = reader?.(fields.message, 0, time, lineNumber, pid);
  if (!event) return false;
  if (pid) event.pid = pid;
  emit(event);
  return true;
}
