// Windows' own OpenSSH server (sshd.exe) logs to the OpenSSH/Operational channel: each event's
// "payload" is the very message sshd writes to syslog on Linux ("Failed password for invalid user
// hacker from 10.23.23.9 port 60096 ssh2"), so the sshd reader reads it, with the event's time.
import type { AuthEvent } from './authEvent';
import type { WindowsRecord } from './windowsEvents';
import { createSshdReader } from './sshdConnections';

export type OpenSshChannel = {
  /** True when the record is an OpenSSH event; its events, if any, go to `emit`. */
  read(record: WindowsRecord, emit: (event: AuthEvent) => void): boolean | undefined;
  finish(emit: (event: AuthEvent) => void): void;
};

/** True for a record of Windows' OpenSSH server, by its provider or channel. */
export function isOpenSshRecord(record: Pick<WindowsRecord, 'provider' | 'channel'>): boolean {
  return record.provider === 'OpenSSH' || (record.channel?.startsWith('OpenSSH/') ?? false);
}

export function createOpenSshChannel(): OpenSshChannel {
  const sshd = createSshdReader();
  return {
    /** undefined: not an OpenSSH record; false: one, but not about logins. */
    read(record, emit) {
      if (!isOpenSshRecord(record)) return undefined;
      const payload = record.data.get('payload');
      const process = record.data.get('process') ?? 'sshd';
      if (payload === undefined || !process.startsWith('sshd') || Number.isNaN(record.time)) return false;
      // Windows' sshd keeps one process per connection too, but the export names none of them.
      return sshd.read(payload, 0, payload.length, 0, record.time, record.line, emit);
    },
    finish: (emit) => sshd.finish(emit),
  };
}
