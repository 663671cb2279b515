// The numbers (see nameBook.ts) of the address and user name an sshd message points at (see
// SshdReading). An attack repeats them line after line, so what the same process (or the line
// before) wrote is checked first: no lookup then, and for a line read from its bytes no string.
import { readSourceName } from '../net/addressText';
import type { SshdReading } from './sshdReading';
import { sameText } from './textAt';
import { detachText } from '../text/detachText';
import { createByteTable, noEntry } from './nameBook';
import type { EventCounter } from './logFormat';

/** The books the numbers are from; the tally numbers its sources with the same ones. */
export type SshdNameBooks = EventCounter['books'];

/** No address or no user name in the message. */
export const noName = -1;

/**
 * The message writes something where its address belongs that is neither an address nor a host
 * name ("999.1.1.1", an escape sequence): the line cannot be read, and nothing counts from it.
 */
export const notASource = -2;

/** Slots of the per-process memory of the last address and name (a power of two). */
const nameSlots = 1024;

export type SshdNames = {
  /** The number of the message's address (normalized), noName, or notASource. */
  ip(reading: SshdReading, pid: number): number;
  /** The number of the message's user name, or noName. */
  user(reading: SshdReading, pid: number): number;
  /** True when the number `ip` gave is a host name (sshd with UseDNS), not an address. */
  isHostName(ip: number): boolean;
};

export function createSshdNames(books: SshdNameBooks): SshdNames {
  const { addresses, users } = books;
  // What each process (by the low bits of its pid) last wrote is forgotten when another pid
  // takes its slot.
  const pids = new Float64Array(nameSlots).fill(-1);
  // Written address → number after normalizing; a host name → its own number (a source of its
  // own, see hostName.ts); anything else → noName. Written user name → number.
  const hostNames = new Set<number>();
  const addressMemory = createNameMemory((text, start, end) => {
    const source = readSourceName(text.slice(start, end));
    if (source.kind === 'neither') return notASource;
    if (source.kind === 'address') return addresses.idOf(source.address);
    const id = addresses.idOf(source.name);
    hostNames.add(id);
    return id;
  });
  const userMemory = createNameMemory((text, start, end) => users.idOf(text.slice(start, end)));

  function slotOf(pid: number): number {
    const slot = pid & (nameSlots - 1);
    if (pids[slot] !== pid) {
      pids[slot] = pid;
      addressMemory.forget(slot);
      userMemory.forget(slot);
    }
    return slot;
  }

  return {
    ip(reading, pid) {
      const { ipStart, ipEnd } = reading;
      if (ipStart < 0) {
        const ip = reading.ip;
        return ip === undefined ? noName : addressMemory.numberOf(ip, 0, ip.length);
      }
      return addressMemory.at(reading.text, reading.ascii, ipStart, ipEnd, slotOf(pid));
    },
    user(reading, pid) {
      const { userStart, userEnd } = reading;
      if (userStart < 0) return reading.user === undefined ? noName : users.idOf(reading.user);
      return userMemory.at(reading.text, reading.ascii, userStart, userEnd, slotOf(pid));
    },
    isHostName: (ip) => hostNames.size !== 0 && hostNames.has(ip),
  };
}

/**
 * The number of what text[start, end) writes (`numberOf`), remembered per process slot and for
 * the line before: by its bytes when the line was read from them (no string then), else by its
 * text.
 */
function createNameMemory(numberOf: (text: string, start: number, end: number) => number) {
  const bytes = createByteTable();
  const entries = new Int32Array(nameSlots).fill(noEntry);
  const texts = new Array<string | undefined>(nameSlots);
  const ids = new Int32Array(nameSlots);
  let lastEntry = noEntry;
  let lastText: string | undefined;
  let lastId = noName;

  function byBytes(text: string, ascii: Uint8Array, start: number, end: number, slot: number): number {
    let entry = entries[slot]!;
    if (entry !== noEntry && bytes.holds(entry, ascii, start, end)) return bytes.value(entry);
    if (lastEntry !== noEntry && bytes.holds(lastEntry, ascii, start, end)) {
      entry = lastEntry;
    } else {
      entry = bytes.entryOf(ascii, start, end);
      if (entry === noEntry) {
        const id = numberOf(text, start, end);
        entry = bytes.add(ascii, start, end, id);
        if (entry === noEntry) return id; // flooded just now: names go by text from here on
      }
    }
    entries[slot] = entry;
    lastEntry = entry;
    return bytes.value(entry);
  }

  function byText(text: string, start: number, end: number, slot: number): number {
    const known = texts[slot];
    if (known !== undefined && sameText(text, start, end, known)) return ids[slot]!;
    if (lastText === undefined || !sameText(text, start, end, lastText)) {
      // What was written, which may differ from what it stands for ("[::1]" is "::1"); a copy,
      // so it does not keep the read chunk alive.
      lastText = detachText(text.slice(start, end));
      lastId = numberOf(lastText, 0, lastText.length);
    }
    texts[slot] = lastText;
    ids[slot] = lastId;
    return lastId;
  }

  return {
    numberOf,
    /** The number of text[start, end), the same text as ascii[start, end) when given. */
    at(text: string, ascii: Uint8Array | undefined, start: number, end: number, slot: number): number {
      return ascii !== undefined && !bytes.flooded()
        ? byBytes(text, ascii, start, end, slot)
        : byText(text, start, end, slot);
    },
    forget(slot: number): void {
      entries[slot] = noEntry;
      texts[slot] = undefined;
    },
  };
}
