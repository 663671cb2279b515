// A quick look at a picked file before it is imported: its format, its first lines and its last
// ones, so the Import step asks for a year and a zone only where the log does not write them.
// Reads the sample format detection needs (the one the import will judge it by) and the last
// 64 KiB (see fileTail.ts).
import { createShapedText } from '../core/file/shapedText';
import { hasDetectionSample, sampleLines } from '../core/file/detectionSample';
import { chooseFormat, refuseUnreadable } from './importFile';
import { judgeFileTimes, type TimeNeeds } from './timeNeeds';
import { readTailLines } from './fileTail';
import { binaryFormatOf } from '../core/logs/formatRegistry';

/** What a file's first lines say about its times. Plain data: it crosses the worker boundary. */
export type FileTimes = {
  needs: TimeNeeds;
  formatLabel?: string;
  /** The first classic stamp as written ("Nov 21 10:48:21"), or one near the end (see TimeJudgement). */
  firstStamp?: string;
  /** Its month (0–11): with the file's date it gives the suggested year (core/time/defaultYear.ts). */
  firstMonth?: number;
  /** The last classic stamp near the end (see TimeJudgement): the year must not put it in the future. */
  lastStamp?: string;
  /** The file begins with stamps that carry their zone; the classic ones come later. */
  classicAfterZoned?: boolean;
  /** Why the file could not be judged; its import will say so again. */
  problem?: string;
};

export async function sniffFileTimes(file: Blob & { name: string }, formatId?: string): Promise<FileTimes> {
  try {
    refuseUnreadable(file);
    // A binary format (.evtx) writes its times with their zone: nothing to ask, nothing to decode.
    const binary = binaryFormatOf(new Uint8Array(await file.slice(0, 64).arrayBuffer()));
    if (binary) return { needs: 'nothing', formatLabel: binary.format.label };
    const { sample, firstBytes } = await readSample(file);
    const format = chooseFormat({ file, formatId }, sample);
    const tail = await readTailLines(file, firstBytes);
    return { ...judgeFileTimes(format, sample, tail), formatLabel: format.label };
  } catch (error) {
    return { needs: 'nothing', problem: error instanceof Error ? error.message : String(error) };
  }
}

/** The detection sample, and the file's first block (its encoding, or a .gz). */
async function readSample(
  file: Blob & { name: string },
): Promise<{ sample: string[]; firstBytes: Uint8Array }> {
  const reader = file.stream().getReader();
  try {
    const first = await reader.read();
    const firstBytes = first.value ?? new Uint8Array();
    let pending = '';
    // A damaged .gz still has its times asked about: the import refuses it and offers to read
    // the readable part, which is then read with the answer given here.
    const text = createShapedText(
      firstBytes,
      file.name,
      (chunk) => {
        pending += chunk;
      },
      { acceptDamaged: true },
    );
    for (let chunk = first; !chunk.done; chunk = await reader.read()) {
      text.push(chunk.value);
      if (hasDetectionSample(pending)) return { sample: sampleLines(pending), firstBytes };
    }
    text.end();
    return { sample: sampleLines(pending), firstBytes };
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}
