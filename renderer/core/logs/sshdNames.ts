// The numbers (see nameBook.ts) of the address and user name an sshd message points at (see
// SshdReading). An attack repeats them line after line, so what the same process (or the line
// before) wrote is checked first: no lookup then, and for a line read from its bytes no string.
import { normalizeAddress } from '../net/addressScope';
import { looksLikeAddressAt, type SshdReading } from './sshdMessages';
import { sameText } from './textAt';
import { detachText } from '../text/detachText';
import { createByteTable, noEntry } from './nameBook';
import type { EventCounter } from './logFormat';

/** The books the numbers are from; the tally numbers its sources with the same ones. */
export type SshdNameBooks = EventCounter['books'];

/** No address or no user name in the message. */
export const noName = -1;

/** Slots of the per-process memory of the last address and name (a power of two). */
const nameSlots = 1024;

export type SshdNames = {
  /** The number of the message's address (normalized), or noName. */
  ip(reading: SshdReading, pid: number): number;
  /** The number of the message's user name, or noName. */
  user(reading: SshdReading, pid: number): number;
};

export function createSshdNames(books: SshdNameBooks): SshdNames {
  const { addresses, users } = books;
  // Bytes as written → number: the address's after normalizing (noName when it is none).
  const addressBytes = createByteTable();
  const userBytes = createByteTable();
  // What each process (by the low bits of its pid) wrote last: entries for lines read from
  // bytes, text and number for lines read as text.
  const pids = new Float64Array(nameSlots).fill(-1);
  const ipEntries = new Int32Array(nameSlots);
  const userEntries = new Int32Array(nameSlots);
  const ipTexts = new Array<string | undefined>(nameSlots);
  const ipIds = new Int32Array(nameSlots);
  const userTexts = new Array<string | undefined>(nameSlots);
  const userIds = new Int32Array(nameSlots);
  let lastIpEntry = noEntry;
  let lastUserEntry = noEntry;
  let lastIpText: string | undefined;
  let lastIpId = noName;
  let lastUserText: string | undefined;
  let lastUserId = noName;

  function slotOf(pid: number): number {
    const slot = pid & (nameSlots - 1);
    if (pids[slot] !== pid) {
      pids[slot] = pid;
      ipEntries[slot] = noEntry;
      userEntries[slot] = noEntry;
      ipTexts[slot] = undefined;
      userTexts[slot] = undefined;
    }
    return slot;
  }

  function addressOf(text: string, start: number, end: number): number {
    if (!looksLikeAddressAt(text, start, end)) return noName;
    return addresses.idOf(normalizeAddress(text.slice(start, end)));
  }

  return {
    ip(reading, pid) {
      const { text, ipStart, ipEnd, ascii } = reading;
      if (ipStart < 0) {
        const ip = reading.ip;
        return ip === undefined ? noName : addressOf(ip, 0, ip.length);
      }
      const slot = slotOf(pid);
      if (ascii !== undefined && !addressBytes.flooded()) {
        let entry = ipEntries[slot]!;
        if (entry !== noEntry && addressBytes.holds(entry, ascii, ipStart, ipEnd)) {
          return addressBytes.value(entry);
        }
        if (lastIpEntry !== noEntry && addressBytes.holds(lastIpEntry, ascii, ipStart, ipEnd)) {
          entry = lastIpEntry;
        } else {
          entry = addressBytes.entryOf(ascii, ipStart, ipEnd);
          if (entry === noEntry) {
            const id = addressOf(text, ipStart, ipEnd);
            entry = addressBytes.add(ascii, ipStart, ipEnd, id);
            if (entry === noEntry) return id; // flooded just now: names go by text from here on
          }
        }
        ipEntries[slot] = entry;
        lastIpEntry = entry;
        return addressBytes.value(entry);
      }
      const known = ipTexts[slot];
      if (known !== undefined && sameText(text, ipStart, ipEnd, known)) return ipIds[slot]!;
      if (lastIpText === undefined || !sameText(text, ipStart, ipEnd, lastIpText)) {
        // What was written, which may differ from the normalized address ("[::1]"); a copy,
        // so it does not keep the read chunk alive.
        lastIpText = detachText(text.slice(ipStart, ipEnd));
        lastIpId = addressOf(lastIpText, 0, lastIpText.length);
      }
      ipTexts[slot] = lastIpText;
      ipIds[slot] = lastIpId;
      return lastIpId;
    },
    user(reading, pid) {
      const { text, userStart, userEnd, ascii } = reading;
      if (userStart < 0) return reading.user === undefined ? noName : users.idOf(reading.user);
      const slot = slotOf(pid);
      if (ascii !== undefined && !userBytes.flooded()) {
        let entry = userEntries[slot]!;
        if (entry !== noEntry && userBytes.holds(entry, ascii, userStart, userEnd)) {
          return userBytes.value(entry);
        }
        if (lastUserEntry !== noEntry && userBytes.holds(lastUserEntry, ascii, userStart, userEnd)) {
          entry = lastUserEntry;
        } else {
          entry = userBytes.entryOf(ascii, userStart, userEnd);
          if (entry === noEntry) {
            const id = users.idOf(text.slice(userStart, userEnd));
            entry = userBytes.add(ascii, userStart, userEnd, id);
            if (entry === noEntry) return id; // flooded just now: names go by text from here on
          }
        }
        userEntries[slot] = entry;
        lastUserEntry = entry;
        return userBytes.value(entry);
      }
      const known = userTexts[slot];
      if (known !== undefined && sameText(text, userStart, userEnd, known)) return userIds[slot]!;
      if (lastUserText === undefined || !sameText(text, userStart, userEnd, lastUserText)) {
        lastUserId = users.idOf(text.slice(userStart, userEnd));
        lastUserText = users.nameOf(lastUserId); // the book's copy: holds no chunk
      }
      userTexts[slot] = lastUserText;
      userIds[slot] = lastUserId;
      return lastUserId;
    },
  };
}
