// The import hands the analyzer the bytes of a piece of text only when they ARE the text (all
// ASCII), decided from the decoded text (createEvidenceText's asciiOf): whatever is not ASCII —
// a character of several bytes, one split over two reads, a broken byte, a byte-order mark,
// UTF-16 — must come without bytes, or the sshd reader would read the wrong characters.
import { describe, expect, it } from 'vitest';
import { createEvidenceText } from '../../../renderer/core/file/evidenceText';

/** The pieces of text and whether each came with its bytes, for the given reads. */
function decode(...reads: number[][]): [string, boolean][] {
  const out: [string, boolean][] = [];
  const first = Uint8Array.from(reads[0] ?? []);
  const text = createEvidenceText(first, (piece, ascii) => {
    if (ascii !== undefined) {
      // The promise made to the analyzer: byte i is character i.
      expect(ascii.length).toBe(piece.length);
      for (let index = 0; index < piece.length; index++) expect(ascii[index]).toBe(piece.charCodeAt(index));
    }
    out.push([piece, ascii !== undefined]);
  });
  for (const read of reads) text.push(Uint8Array.from(read));
  text.end();
  return out;
}

const bytesOf = (text: string) => [...new TextEncoder().encode(text)];

describe('bytes handed on with decoded text', () => {
  it('are given for ASCII reads', () => {
    expect(decode(bytesOf('Failed password for root\n'), bytesOf('from 1.2.3.4\n'))).toEqual([
      ['Failed password for root\n', true],
      ['from 1.2.3.4\n', true],
    ]);
  });

  it('are not given for a read with a character of several bytes', () => {
    expect(decode(bytesOf('user ünï\n'))).toEqual([['user ünï\n', false]]);
  });

  it('are not given around a character split between two reads', () => {
    const euro = bytesOf('€'); // E2 82 AC
    expect(decode([...bytesOf('a'), euro[0]!, euro[1]!], [euro[2]!, ...bytesOf('bc')], bytesOf('d'))).toEqual(
      [
        ['a', false],
        ['€bc', false],
        ['d', true],
      ],
    );
  });

  it('are not given for a broken byte, whose character is U+FFFD', () => {
    expect(decode([0x61, 0x80, 0x62])).toEqual([['a\uFFFDb', false]]);
  });

  it('are not given for text after a byte-order mark or in UTF-16', () => {
    expect(decode([0xef, 0xbb, 0xbf, ...bytesOf('ab')])).toEqual([['ab', false]]);
    expect(decode([0xff, 0xfe, 0x61, 0x00, 0x62, 0x00])).toEqual([['ab', false]]);
  });
});
