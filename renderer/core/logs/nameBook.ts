// Addresses and user names by number. An attacked auth.log writes the same few hundred addresses
// and names millions of times; the sshd reader and the tally pass small numbers for them instead
// of strings, so remembering "which address did process 4726 write" or "which source is this"
// is an array index, and the common lines, read from their bytes, need no string at all: a name
// already in the book is found by its bytes.
import { detachText } from '../text/detachText';

export type NameBook = {
  /** The name's number (a new one, counting from 0, for a name not seen before). */
  idOf(name: string): number;
  /** The name numbered `id`. */
  nameOf(id: number): string;
};

export function createNameBook(): NameBook {
  const ids = new Map<string, number>();
  const names: string[] = [];
  return {
    idOf(name) {
      let id = ids.get(name);
      if (id === undefined) {
        id = names.length;
        // A name cut from a read chunk would keep the whole chunk alive: keep a copy.
        const own = detachText(name);
        names.push(own);
        ids.set(own, id);
      }
      return id;
    },
    nameOf: (id) => names[id]!,
  };
}

/** No value for these bytes yet (see ByteTable.entryOf). */
export const noEntry = -1;

/**
 * Probes of one lookup after which the table is taken to be flooded. Entries fill at most half
 * the slots, so by chance a lookup probes one or two; a long run means names chosen to share a
 * hash (see flooded()).
 */
const maxProbes = 64;

/**
 * Numbers keyed by runs of ASCII bytes, without making a string of them: an open-addressing
 * table over the bytes' hash, the bytes themselves kept in one growing array. What a run stands
 * for (a name's number, or -1 for "not an address") is the caller's.
 */
export type ByteTable = {
  /** The entry holding bytes[start, end), or noEntry (always, once flooded). */
  entryOf(bytes: Uint8Array, start: number, end: number): number;
  /** A new entry for bytes[start, end) (not in the table) with `value`; noEntry once flooded. */
  add(bytes: Uint8Array, start: number, end: number, value: number): number;
  /**
   * True once a lookup ran into a long chain of equal hashes. The user names in a log are the
   * attacker's: thousands of names made to share one hash would make every lookup compare them
   * all. The hash starts from a random value per table, so names cannot simply be made for it
   * in advance; and since FNV-1a is no keyed hash, a chain that grows long anyway makes the table
   * stop answering: the caller then uses a Map (whose hash V8 seeds per process).
   */
  flooded(): boolean;
  /** True when the entry holds exactly bytes[start, end): cheaper than a lookup to check a guess. */
  holds(entry: number, bytes: Uint8Array, start: number, end: number): boolean;
  value(entry: number): number;
};

/** `seed`: the hash's start value (random by default; tests fix it). */
export function createByteTable(seed: number = (Math.random() * 0x1_0000_0000) | 0): ByteTable {
  let slots = new Int32Array(1024).fill(noEntry); // entry per slot; a power of two long
  let hashes = new Int32Array(256);
  let starts = new Int32Array(256);
  let lengths = new Int32Array(256);
  let values = new Float64Array(256);
  let stored = new Uint8Array(16_384);
  let storedLength = 0;
  let entries = 0;
  let flooded = false;

  function hashOf(bytes: Uint8Array, start: number, end: number): number {
    let hash = seed; // FNV-1a, from a start value of its own
    for (let index = start; index < end; index++) hash = Math.imul(hash ^ bytes[index]!, 16_777_619);
    return hash;
  }

  function holds(entry: number, bytes: Uint8Array, start: number, end: number): boolean {
    const length = end - start;
    if (lengths[entry] !== length) return false;
    const at = starts[entry]!;
    for (let index = 0; index < length; index++)
      if (stored[at + index] !== bytes[start + index]) return false;
    return true;
  }

  function place(entry: number, hash: number): void {
    const mask = slots.length - 1;
    let slot = hash & mask;
    while (slots[slot] !== noEntry) slot = (slot + 1) & mask;
    slots[slot] = entry;
  }

  function grow(): void {
    const longer = (array: Int32Array) => {
      const grown = new Int32Array(array.length * 2);
      grown.set(array);
      return grown;
    };
    if (entries === starts.length) {
      starts = longer(starts);
      lengths = longer(lengths);
      hashes = longer(hashes);
      const grownValues = new Float64Array(values.length * 2);
      grownValues.set(values);
      values = grownValues;
    }
    if (entries * 2 >= slots.length) {
      slots = new Int32Array(slots.length * 2).fill(noEntry);
      for (let entry = 0; entry < entries; entry++) place(entry, hashes[entry]!);
    }
  }

  return {
    entryOf(bytes, start, end) {
      if (flooded) return noEntry;
      const mask = slots.length - 1;
      const hash = hashOf(bytes, start, end);
      for (let slot = hash & mask, probes = 0; ; slot = (slot + 1) & mask, probes++) {
        const entry = slots[slot]!;
        if (entry === noEntry) return noEntry;
        if (hashes[entry] === hash && holds(entry, bytes, start, end)) return entry;
        if (probes >= maxProbes) {
          flooded = true;
          return noEntry;
        }
      }
    },
    add(bytes, start, end, value) {
      if (flooded) return noEntry;
      grow();
      const length = end - start;
      if (storedLength + length > stored.length) {
        const grown = new Uint8Array(Math.max(stored.length * 2, storedLength + length));
        grown.set(stored.subarray(0, storedLength));
        stored = grown;
      }
      stored.set(bytes.subarray(start, end), storedLength);
      const entry = entries++;
      starts[entry] = storedLength;
      lengths[entry] = length;
      values[entry] = value;
      storedLength += length;
      const hash = hashOf(bytes, start, end);
      hashes[entry] = hash;
      place(entry, hash);
      return entry;
    },
    holds,
    value: (entry) => values[entry]!,
    flooded: () => flooded,
  };
}
