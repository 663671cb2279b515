import { describe, expect, it } from 'vitest';
import { detectTextEncoding } from '../../../../renderer/core/text/textEncoding';
import { createLineBreakCounter } from '../../../../renderer/core/text/lineBreaks';

const line = 'Nov 21 03:12:09 srv01 sshd[3300]: Failed password for root from 203.0.113.7 port 41999 ssh2\n';
const utf16be = (text: string) => Buffer.from(text, 'utf16le').swap16();

describe('detectTextEncoding', () => {
  it('reads the byte-order marks of UTF-8, UTF-16LE and UTF-16BE', () => {
    expect(detectTextEncoding(Buffer.from('\ufeff' + line, 'utf8'))).toBe('utf-8');
    expect(detectTextEncoding(Buffer.from('\ufeff' + line, 'utf16le'))).toBe('utf-16le');
    expect(detectTextEncoding(utf16be('\ufeff' + line))).toBe('utf-16be');
  });

  it('takes BOM-less text that is mostly ASCII in 16-bit little-endian units for UTF-16LE', () => {
    expect(detectTextEncoding(Buffer.from(line.repeat(3), 'utf16le'))).toBe('utf-16le');
    expect(detectTextEncoding(Buffer.from('<Event>Jürgen Müller → ÄÖÜ</Event>\r\n', 'utf16le'))).toBe(
      'utf-16le',
    );
  });

  it('keeps plain ASCII and UTF-8 with multi-byte characters as UTF-8', () => {
    expect(detectTextEncoding(Buffer.from(line, 'utf8'))).toBe('utf-8');
    expect(
      detectTextEncoding(Buffer.from('Failed password for Jürgen from 2001:db8::1 — 日本\n', 'utf8')),
    ).toBe('utf-8');
    expect(detectTextEncoding(new Uint8Array())).toBe('utf-8');
    expect(detectTextEncoding(Buffer.from('a\0', 'latin1'))).toBe('utf-8'); // one unit proves nothing
  });

  it('does not take binary data for UTF-16, so it is still refused as binary', () => {
    const elf = new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    const evtx = Buffer.concat([Buffer.from('ElfFile\0', 'latin1'), Buffer.alloc(120)]);
    expect(detectTextEncoding(elf)).toBe('utf-8');
    expect(detectTextEncoding(evtx)).toBe('utf-8');
    expect(detectTextEncoding(new Uint8Array(4096))).toBe('utf-8');
    // ASCII with a run of zero units (NUL characters) is binary, not UTF-16 text.
    expect(detectTextEncoding(Buffer.concat([Buffer.from(line, 'utf16le'), Buffer.alloc(8)]))).toBe('utf-8');
  });
});

describe('createLineBreakCounter', () => {
  it('counts every 0x0A byte in UTF-8', () => {
    expect(createLineBreakCounter('utf-8').count(Buffer.from(line.repeat(4)))).toBe(4);
  });

  it('counts whole UTF-16 code units only, not a 0x0A byte inside another character', () => {
    // U+0A0D and U+0D0A hold a 0x0A byte in either byte order without being a line break.
    const text = 'a\u0a0d\u0d0ab\nc\r\n';
    expect(createLineBreakCounter('utf-16le').count(Buffer.from(text, 'utf16le'))).toBe(2);
    expect(createLineBreakCounter('utf-16be').count(utf16be(text))).toBe(2);
  });

  it('finds a UTF-16 line break split across two chunks, at any chunk boundary', () => {
    for (const [encoding, bytes] of [
      ['utf-16le', Buffer.from('\ufeff' + line.repeat(3), 'utf16le')],
      ['utf-16be', utf16be('\ufeff' + line.repeat(3))],
    ] as const) {
      for (const size of [1, 2, 3, 7, 64]) {
        const counter = createLineBreakCounter(encoding);
        let count = 0;
        for (let at = 0; at < bytes.length; at += size) count += counter.count(bytes.subarray(at, at + size));
        expect(count, `${encoding} in chunks of ${size}`).toBe(3);
      }
    }
  });
});
