import { describe, expect, it } from 'vitest';
import { createLineSplitter } from '../../../../renderer/core/logs/lineSplitter';

function split(chunks: string[], limit?: number) {
  const lines: [string, number][] = [];
  const splitter = createLineSplitter(
    (text, start, end, lineNumber) => lines.push([text.slice(start, end), lineNumber]),
    limit,
  );
  for (const chunk of chunks) splitter.push(chunk);
  splitter.end();
  return { lines, splitter };
}

describe('createLineSplitter', () => {
  const text = 'first line\nsecond\r\n\nfourth after an empty one\r\nlast without break';
  const expected = [
    ['first line', 1],
    ['second', 2],
    ['', 3],
    ['fourth after an empty one', 4],
    ['last without break', 5],
  ];

  it('forgets a last line without a break when told the file was cut there', () => {
    const lines: string[] = [];
    const splitter = createLineSplitter((line, start, end) => lines.push(line.slice(start, end)));
    splitter.push('whole line\nFailed password for root from 203.0.11');
    splitter.dropUnfinished();
    splitter.end();
    expect(lines).toEqual(['whole line']);
    expect(splitter.lines()).toBe(1);
  });

  it('numbers lines from 1 and strips LF and CRLF', () => {
    expect(split([text]).lines).toEqual(expected);
  });

  it('gives the same lines for every way of cutting the text into chunks', () => {
    for (let cut = 0; cut <= text.length; cut += 1) {
      expect(split([text.slice(0, cut), text.slice(cut)]).lines).toEqual(expected);
    }
    expect(split([...text]).lines).toEqual(expected);
  });

  it('handles a CR and LF arriving in different chunks', () => {
    expect(split(['a\r', '\nb\r', '\n']).lines).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
  });

  it('delivers no extra empty line after a final line break, and nothing for empty input', () => {
    expect(split(['a\n']).lines).toEqual([['a', 1]]);
    expect(split(['']).lines).toEqual([]);
    expect(split([]).lines).toEqual([]);
  });

  it('cuts a line longer than the limit, counts it, and goes on with the next line', () => {
    const { lines, splitter } = split(['ok\n', 'x'.repeat(30), 'y'.repeat(30), '\nafter\n'], 40);
    expect(lines).toEqual([
      ['ok', 1],
      ['x'.repeat(30) + 'y'.repeat(10), 2],
      ['after', 3],
    ]);
    expect(splitter.tooLongLines()).toBe(1);
    expect(splitter.lines()).toBe(3);
  });

  it('cuts a too-long line that lies inside one chunk', () => {
    const { lines, splitter } = split([`a\n${'z'.repeat(50)}\nb`], 40);
    expect(lines.map(([line]) => line.length)).toEqual([1, 40, 1]);
    expect(splitter.tooLongLines()).toBe(1);
  });

  it('survives a 1 MiB + 1 line streamed in 64 KiB chunks without keeping it whole', () => {
    const chunk = 'q'.repeat(64 * 1024);
    const lines: string[] = [];
    const splitter = createLineSplitter((text, start, end) => lines.push(text.slice(start, end)));
    for (let i = 0; i < 16; i += 1) splitter.push(chunk);
    splitter.push('q\nnext line\n');
    splitter.end();
    expect(lines.map((line) => line.length)).toEqual([1024 * 1024, 9]);
    expect(splitter.tooLongLines()).toBe(1);
  });

  it('cuts a too-long last line that has no line break', () => {
    const { lines, splitter } = split(['abc', 'defgh'], 4);
    expect(lines).toEqual([['abcd', 1]]);
    expect(splitter.tooLongLines()).toBe(1);
  });
});
