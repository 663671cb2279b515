// sshd lines are read where they lie in the chunk they arrived in (LineParser.parseAt), not cut
// out first. Whatever the chunks are, the analysis must be the one of the lines read one by one:
// a line cut into one-character chunks reaches the parser as a string of its own, a line in a
// 64 KiB chunk as a place in it. Attacker-chosen names, reused process ids, broken stamps, lines
// cut short and a lone "\r" are in the mix.
import { describe, expect, it } from 'vitest';
import type { TimeAssumptions } from '../../../../renderer/core/logs/logFormat';
import { analyzeInPieces, mixedLog } from './mixedSshdLog';

const analyze = (text: string, chunk: number, time: TimeAssumptions) => analyzeInPieces(text, chunk, time);

describe('sshd lines read inside their chunk', () => {
  const log = mixedLog(4000);
  it.each([[{ year: 2025, timeZone: 'UTC' }], [{ year: 2025, timeZone: 'Europe/Berlin' }]])(
    'give the analysis and events of the lines read one by one (%j)',
    (time) => {
      const oneByOne = analyze(log, 1, time);
      expect(analyze(log, 65_536, time)).toBe(oneByOne);
      expect(analyze(log, 1000, time)).toBe(oneByOne);
    },
  );
});
