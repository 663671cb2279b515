// One sshd line read into an SshdMessage: the message shape (sshdMessages.ts) and its address and
// user name made strings. Needs no other line of the file; what lines mean together is
// sshdConnections.ts. Strings are made only when the text differs from what the same process or
// the previous line wrote: an attack repeats them line after line.
import type { EventKind } from './authEvent';
import { normalizeAddress } from '../net/addressScope';
import { detachText } from '../text/detachText';
import {
  createSshdReading,
  looksLikeAddressAt,
  readSshdMessage,
  shape,
  type SshdReading,
} from './sshdMessages';
import { sameText } from './textAt';

/** One sshd line as read, its address and name made strings: what sshdConnections.ts needs. */
export type SshdMessage = {
  kind: EventKind;
  shape: number;
  time: number;
  line: number;
  /** Process id, 0 when the line names none. */
  pid: number;
  ip: string | undefined;
  port: number | undefined;
  user: string | undefined;
  method: string | undefined;
  count: number;
};

export function createSshdMessage(): SshdMessage {
  return {
    kind: 'other',
    shape: shape.plain,
    time: 0,
    line: 0,
    pid: 0,
    ip: undefined,
    port: undefined,
    user: undefined,
    method: undefined,
    count: 1,
  };
}

export type SshdLineReader = {
  /** Reads the sshd message text[start, end) into `out`; false when it is not about logins. */
  read(
    text: string,
    start: number,
    end: number,
    pid: number,
    time: number,
    line: number,
    out: SshdMessage,
  ): boolean;
};

export function createSshdLineReader(): SshdLineReader {
  const reading: SshdReading = createSshdReading();
  const names = createNameReuse();
  return {
    read(text, start, end, pid, time, line, out) {
      if (!readSshdMessage(text, start, end, reading)) return false;
      out.kind = reading.kind;
      out.shape = reading.shape;
      out.time = time;
      out.line = line;
      out.pid = pid;
      out.ip = names.ip(reading, pid);
      out.port = reading.port;
      out.user = names.user(reading, pid);
      out.method = reading.method;
      out.count = reading.count;
      return true;
    },
  };
}

/** Slots of the per-process memory of the last address and name (a power of two). */
const nameSlots = 1024;

/**
 * Strings for the addresses and names a reading points at. An attack repeats them line after
 * line, so the string made for the same process (or for the line before) is reused when the text
 * is the same: no new string to make, and a Map lookup with it finds its hash already computed.
 * New strings are copies, so no kept string holds on to the chunk it was read from.
 */
function createNameReuse() {
  let lastIp: string | undefined;
  let lastUser: string | undefined;
  // What each process (by the low bits of its pid) wrote last.
  const pids = new Float64Array(nameSlots).fill(-1);
  const ips = new Array<string | undefined>(nameSlots);
  const users = new Array<string | undefined>(nameSlots);

  function slotOf(pid: number): number {
    const slot = pid & (nameSlots - 1);
    if (pids[slot] !== pid) {
      pids[slot] = pid;
      ips[slot] = undefined;
      users[slot] = undefined;
    }
    return slot;
  }

  return {
    ip(reading: SshdReading, pid: number): string | undefined {
      const { text, ipStart, ipEnd } = reading;
      if (ipStart < 0) {
        const ip = reading.ip;
        return ip === undefined || !looksLikeAddressAt(ip, 0, ip.length) ? undefined : normalizeAddress(ip);
      }
      const slot = slotOf(pid);
      const known = ips[slot];
      if (known !== undefined && sameText(text, ipStart, ipEnd, known)) return known;
      if (lastIp !== undefined && sameText(text, ipStart, ipEnd, lastIp)) return (ips[slot] = lastIp);
      if (!looksLikeAddressAt(text, ipStart, ipEnd)) return undefined;
      lastIp = detachText(normalizeAddress(text.slice(ipStart, ipEnd)));
      return (ips[slot] = lastIp);
    },
    user(reading: SshdReading, pid: number): string | undefined {
      const { text, userStart, userEnd } = reading;
      if (userStart < 0) return reading.user;
      const slot = slotOf(pid);
      const known = users[slot];
      if (known !== undefined && sameText(text, userStart, userEnd, known)) return known;
      if (lastUser !== undefined && sameText(text, userStart, userEnd, lastUser))
        return (users[slot] = lastUser);
      lastUser = detachText(text.slice(userStart, userEnd));
      return (users[slot] = lastUser);
    },
  };
}
