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
 * Numbers keyed by runs of ASCII bytes, without making a string of them: an open-addressing
 * table over the bytes' hash, the bytes themselves kept in one growing array. What a run stands
 * for (a name's number, or -1 for "not an address") is the caller's.
 */
export type ByteTable = {
  /** The entry holding bytes[start, end), or noEntry. */
  entryOf(bytes: Uint8Array, start: number, end: number): number;
  /** A new entry for bytes[start, end) (not in the table) with `value`. */
  add(bytes: Uint8Array, start: number, end: number, value: number): number;
  /** True when the entry holds exactly bytes[start, end): cheaper than a lookup to check a guess. */
  holds(entry: number, bytes: Uint8Array, start: number, end: number): boolean;
  value(entry: number): number;
};

export function createByteTable(): ByteTable {
  let slots = new Int32Array(1024).fill(noEntry); // entry per slot; a power of two long
  let hashes = new Int32Array(256);
  let starts = new Int32Array(256);
  let lengths = new Int32Array(256);
  let values = new Float64Array(256);
  let stored = new Uint8Array(16_384);
  let storedLength = 0;
  let entries = 0;

  function hashOf(bytes: Uint8Array, start: number, end: number): number {
    let hash = 0x811c9dc5 | 0; // FNV-1a
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
      const mask = slots.length - 1;
      const hash = hashOf(bytes, start, end);
      for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
        const entry = slots[slot]!;
        if (entry === noEntry) return noEntry;
        if (hashes[entry] === hash && holds(entry, bytes, start, end)) return entry;
      }
    },
    add(bytes, start, end, value) {
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
  };
}
