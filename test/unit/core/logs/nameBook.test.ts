import { describe, expect, it } from 'vitest';
import { createByteTable, createNameBook, noEntry } from '../../../../renderer/core/logs/nameBook';
import { collidingNames, fnv } from './collidingNames';

const bytesOf = (text: string) => Uint8Array.from(text, (character) => character.charCodeAt(0));

describe('createNameBook', () => {
  it('numbers each name once, from 0, and gives the name back', () => {
    const book = createNameBook();
    expect([book.idOf('root'), book.idOf('admin'), book.idOf('root'), book.idOf('')]).toEqual([0, 1, 0, 2]);
    expect([book.nameOf(0), book.nameOf(1), book.nameOf(2)]).toEqual(['root', 'admin', '']);
  });
});

describe('createByteTable', () => {
  it('finds a run of bytes wherever it lies, and only the same bytes', () => {
    const table = createByteTable();
    const line = bytesOf('x 203.0.113.4 port 22 203.0.113.40 203.0.113.4');
    const entry = table.add(line, 2, 13, 7);
    expect(table.entryOf(line, 35, 46)).toBe(entry); // the same address later in the line
    expect(table.value(entry)).toBe(7);
    expect(table.entryOf(line, 22, 34)).toBe(noEntry); // one character longer
    expect(table.entryOf(line, 2, 12)).toBe(noEntry); // one character shorter
    expect(table.holds(entry, line, 35, 46)).toBe(true);
    expect(table.holds(entry, line, 22, 33)).toBe(true); // the start of 203.0.113.40
    expect(table.holds(entry, line, 23, 34)).toBe(false);
  });

  it('keeps every entry while it grows, empty runs and near-twins included', () => {
    const table = createByteTable();
    const names = Array.from({ length: 20_000 }, (_, index) => `user${index}`);
    names.push('', 'a', 'b', 'ab', 'ba');
    const entries = names.map((name, index) => table.add(bytesOf(name), 0, name.length, index));
    names.forEach((name, index) => {
      const entry = table.entryOf(bytesOf(name), 0, name.length);
      expect(entry).toBe(entries[index]);
      expect(table.value(entry)).toBe(index);
    });
    expect(table.entryOf(bytesOf('user20000'), 0, 9)).toBe(noEntry);
  });
});

describe('a byte table flooded with names that share a hash', () => {
  it('stops answering after a long chain instead of comparing every name', () => {
    const names = collidingNames();
    expect(new Set(names.map((name) => fnv(0, name))).size).toBe(1);
    const table = createByteTable(0);
    let added = 0;
    for (const name of names) {
      const bytes = bytesOf(name);
      if (table.entryOf(bytes, 0, bytes.length) !== noEntry) continue;
      if (table.add(bytes, 0, bytes.length, added) === noEntry) break;
      added += 1;
    }
    expect(table.flooded()).toBe(true);
    expect(added).toBeLessThan(100);
    expect(table.entryOf(bytesOf(names[0]!), 0, names[0]!.length)).toBe(noEntry);
    // A table with another start value sees ordinary names.
    const other = createByteTable(12_345);
    for (const name of names) other.add(bytesOf(name), 0, name.length, 1);
    expect(other.flooded()).toBe(false);
  });
});
