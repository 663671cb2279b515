// Strings for the address and user name an sshd message points at (see SshdReading): made only
// when the text differs from what the same process or the previous line wrote.
import { normalizeAddress } from '../net/addressScope';
import { detachText } from '../text/detachText';
import { looksLikeAddressAt, type SshdReading } from './sshdMessages';
import { sameText } from './textAt';

/** Slots of the per-process memory of the last address and name (a power of two). */
const nameSlots = 1024;

/**
 * Strings for the addresses and names a reading points at. An attack repeats them line after
 * line, so the string made for the same process (or for the line before) is reused when the text
 * is the same: no new string to make, and a Map lookup with it finds its hash already computed.
 * New strings are copies, so no kept string holds on to the chunk it was read from.
 */
export function createSshdNames() {
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
