// What the readers of the services other than sshd share: the reader's shape, the event they
// make, and a reader made of patterns tried in order. The readers themselves live one module per
// family (mailMessages.ts, ftpMessages.ts …); serviceMessages.ts maps program names to them.
import type { AuthEvent, EventKind } from './authEvent';
import { normalizeAddress } from '../net/addressScope';

/**
 * Reads the message text[start…] of one line (after its syslog header, or after the stamp of the
 * program's own log) and returns its event. `pid` is the writing process (0: none written).
 * Readers made by a `create…` function may remember earlier lines of the same file: one attempt
 * written twice (a backend check and the front end's answer) must count once.
 */
export type ServiceReader = (
  text: string,
  start: number,
  time: number,
  line: number,
  pid?: number,
) => AuthEvent | undefined;

export type ServiceFields = {
  ip?: string;
  port?: string;
  user?: string;
  method?: string;
  count?: number;
  status?: string;
};

export function serviceEvent(
  service: string,
  kind: EventKind,
  time: number,
  line: number,
  fields: ServiceFields,
): AuthEvent {
  return {
    time,
    service,
    kind,
    ip: fields.ip === undefined || fields.ip === '' ? undefined : normalizeAddress(fields.ip),
    port: fields.port === undefined || fields.port === '' ? undefined : Number(fields.port),
    user: fields.user,
    method: fields.method,
    count: fields.count ?? 1,
    line,
    status: fields.status,
  };
}

export type Rule = {
  pattern: RegExp;
  read: (m: RegExpExecArray, time: number, line: number, pid: number) => AuthEvent | undefined;
};

/** A reader that tries its patterns in order on the message; the first that matches decides. */
export function byRules(rules: readonly Rule[]): ServiceReader {
  return (text, start, time, line, pid = 0) => {
    const message = start === 0 ? text : text.slice(start);
    for (const rule of rules) {
      const m = rule.pattern.exec(message);
      if (m) return rule.read(m, time, line, pid);
    }
    return undefined;
  };
}

/** The first reader that reads the message, for programs whose name several servers use (imapd). */
export function firstOf(...readers: readonly ServiceReader[]): ServiceReader {
  return (text, start, time, line, pid) => {
    for (const reader of readers) {
      const event = reader(text, start, time, line, pid);
      if (event !== undefined) return event;
    }
    return undefined;
  };
}

// An address as the services write it: IPv4, IPv6 (maybe IPv4-mapped). Used inside patterns.
export const addressPattern = '[0-9a-fA-F]*:[0-9a-fA-F:.]*[0-9a-fA-F]|\\d{1,3}(?:\\.\\d{1,3}){3}';

/** A user name as a service wrote it: "" and "XYZ"-style placeholders stay text, never markup. */
export function userOf(written: string | undefined): string | undefined {
  if (written === undefined) return undefined;
  const user = written.trim();
  return user === '' ? undefined : user;
}
