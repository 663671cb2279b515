// The one file pipeline: bytes → gunzip → decode → text shape (NUL, CR-only) → detection sample →
// format → analysis. A binary format (.evtx), recognised by its first bytes, is first read into
// text (one line per record) that then goes the same way. The import worker (File chunks) and the
// command line (fs reads) are adapters that push bytes into it and add what is theirs (hashing and
// storing the original, printing): so the app and a script read every file the same way and give
// the same counts.
import type { AuthEvent } from '../logs/authEvent';
import type { LogFormat, TimeAssumptions } from '../logs/logFormat';
import type { TextEncodingName } from '../text/textEncoding';
import { createLogAnalyzer, type LogAnalysis, type LogAnalyzer } from '../analysis/logAnalyzer';
import { binaryFormatOf, detectFormat, logFormats } from '../logs/formatRegistry';
import { isGzip, type AsciiText } from './evidenceText';
import type { LineEnding } from './textShape';
import { createShapedText } from './shapedText';
import { hasDetectionSample, sampleLines } from './detectionSample';
import { DamagedFileProblem, ImportProblem } from './importProblem';
import { readingNotes } from './readingNotes';
import { utf8Bytes } from './textDecoding';
import { GzipDamaged } from './checkedGunzip';
import { damagedFileNote, damagedFileRefusal, type ReadDamage } from './damagedFile';

/** How to read the file once its format is known. */
export type ReadingStart = {
  time: TimeAssumptions;
  /** Sees every event (costs time: see createLogAnalyzer). */
  onEvent?: (event: AuthEvent) => void;
  /** The name logins are said to come from, when not the file's (the app's "auth.log (2)"). */
  fileName?: string;
};

export type LogReadingOptions = {
  fileName: string;
  /** The file's first bytes as read: they say whether it is a .gz. */
  firstBytes: Uint8Array;
  /** The format to read the file as, from its sample; throws an ImportProblem when none fits. */
  chooseFormat?: (sample: readonly string[]) => LogFormat;
  /** Called once, when the format is known: how to read its times; may wait (the database). */
  start: (format: LogFormat, sample: readonly string[]) => ReadingStart | Promise<ReadingStart>;
  /** Sees the plain bytes (after gunzip): for the stored evidence's line index. */
  onPlainBytes?: (bytes: Uint8Array, encoding: TextEncodingName) => void;
  /** A faster decoder for all-ASCII bytes, where the host has one (Node's latin1). */
  asciiText?: AsciiText;
  /**
   * Read a damaged .gz up to the damage instead of refusing it (DamagedFileProblem): only on the
   * person's choice. The result then says where it was cut (`damage`, a note, timeline.cutOff).
   */
  acceptDamaged?: boolean;
};

export type LogReadingResult = {
  format: LogFormat;
  analysis: LogAnalysis;
  /** Lines read with a year and zone assumed, not written (see LineParser.assumedTimes). */
  assumedTimes: number;
  lineEnding: LineEnding;
  compressed: boolean;
  /** Set when a damaged .gz was read up to its damage (acceptDamaged). */
  damage?: ReadDamage;
};

export type LogReading = {
  /**
   * The file's next bytes, in order. The bytes may be reused by the caller after it returns.
   * Throws a DamagedFileProblem at the damage of a .gz (unless acceptDamaged).
   */
  push(bytes: Uint8Array): Promise<void>;
  /** After the last bytes: finishes the analysis; throws an ImportProblem for a refused file. */
  end(): Promise<LogReadingResult>;
  /** Lines read so far, for progress. */
  linesRead(): number;
  /** The format, once the sample has been read. */
  format(): LogFormat | undefined;
};

export function createLogReading(options: LogReadingOptions): LogReading {
  const { fileName } = options;
  // Its signature decides, whatever format was chosen: the bytes are not text in any other one.
  const binary = binaryFormatOf(options.firstBytes);
  const derived = binary?.createTextReader(fileName);
  const chooseFormat = binary
    ? () => binary.format
    : (options.chooseFormat ?? ((sample) => detectedFormat(fileName, sample)));
  let analyzer: LogAnalyzer | undefined;
  let format: LogFormat | undefined;
  let fileNameShown = fileName;
  // Text before the format is known; then text goes straight to the analyzer.
  let pending = '';

  const text = createShapedText(
    derived ? new Uint8Array() : options.firstBytes,
    fileName,
    (piece, ascii) => {
      if (analyzer) analyzer.push(piece, ascii);
      else pending += piece;
    },
    {
      onPlainBytes: options.onPlainBytes,
      asciiText: options.asciiText,
      acceptDamaged: options.acceptDamaged,
    },
  );
  /** Lines read whole so far, before the analysis starts too (for the refusal's "after line …"). */
  const wholeLines = () => analyzer?.linesRead() ?? countLineBreaks(pending);
  /** A damaged .gz refused: one sentence, nothing kept. */
  const refusingDamage = (step: () => void): void => {
    try {
      step();
    } catch (error) {
      if (!(error instanceof GzipDamaged)) throw error;
      const found = { what: error.damage.what, linesBefore: wholeLines() };
      const otherwise = ', or import the readable part anyway';
      throw new DamagedFileProblem(
        damagedFileRefusal(fileName, found.what, found.linesBefore, otherwise),
        found,
      );
    }
  };

  const startAnalysis = async (last: boolean): Promise<void> => {
    if (analyzer || (!last && !hasDetectionSample(pending))) return;
    if (pending.trim() === '' && last) {
      throw new ImportProblem(`"${fileName}" holds no text lines: there is nothing to import.`);
    }
    const sample = sampleLines(pending);
    const chosen = chooseFormat(sample);
    const start = await options.start(chosen, sample);
    format = chosen;
    fileNameShown = start.fileName ?? fileName;
    analyzer = createLogAnalyzer({
      file: fileNameShown,
      format: chosen,
      time: start.time,
      onEvent: start.onEvent,
    });
    const held = pending;
    pending = '';
    analyzer.push(held);
  };

  const pushDerived = (piece: string) => text.push(utf8Bytes(piece));

  return {
    async push(bytes) {
      if (derived) derived.push(bytes, pushDerived);
      else refusingDamage(() => text.push(bytes));
      if (!analyzer) await startAnalysis(false);
    },
    async end() {
      const read = derived?.end(pushDerived);
      if (read?.problem !== undefined) throw new ImportProblem(read.problem);
      refusingDamage(() => text.end());
      await startAnalysis(true);
      if (!analyzer || !format) throw new ImportProblem(`"${fileName}" could not be read.`);
      const gzipDamage = text.damage();
      // The line the damage cut is missing its end (an address cut short is another address).
      const analysis = analyzer.finish({ dropUnfinishedLine: gzipDamage !== undefined });
      const damage: ReadDamage | undefined = gzipDamage && {
        what: gzipDamage.what,
        member: gzipDamage.member,
        lastLine: analysis.summary.lines,
        lastTime: analysis.timeline.logEnd,
      };
      if (damage) {
        analysis.timeline.cutOff = { file: fileNameShown, line: damage.lastLine, time: damage.lastTime };
      }
      const notes = [
        ...(damage ? [damagedFileNote(damage)] : []),
        ...(read?.notes ?? []),
        ...readingNotes({ nulCharacters: text.nulCharacters(), lineEnding: text.lineEnding() }),
      ];
      if (notes.length > 0) analysis.summary.notes = [...notes, ...(analysis.summary.notes ?? [])];
      return {
        format,
        analysis,
        assumedTimes: analyzer.assumedTimes(),
        lineEnding: text.lineEnding(),
        compressed: text.compressed,
        ...(damage ? { damage } : {}),
      };
    },
    linesRead: () => analyzer?.linesRead() ?? 0,
    format: () => format,
  };
}

/**
 * True when the text a file is read as is not its own bytes: a .gz (unpacked) or a binary format
 * (.evtx, read into lines). The stored evidence then keeps the original as it is.
 */
export function textIsDerived(firstBytes: Uint8Array): boolean {
  return isGzip(firstBytes) || binaryFormatOf(firstBytes) !== undefined;
}

/** The format the sample reads as, or a refusal that says what the file looked like. */
export function detectedFormat(fileName: string, sample: readonly string[]): LogFormat {
  const detected = detectFormat(sample);
  if (detected) return detected;
  const first = sample.find((line) => line.trim() !== '') ?? '';
  throw new ImportProblem(
    `"${fileName}" does not look like a log this app can read: no line of its start is in a format it ` +
      `knows (its first line begins "${printable(first.slice(0, 80))}"). It reads: ` +
      logFormats.map((candidate) => candidate.label).join('; ') +
      '. If you know which one it is, choose it under "Format" and import again.',
  );
}

function countLineBreaks(text: string): number {
  let lines = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lines += 1;
  return lines;
}

/** Hostile text shown in a message: control characters as \xNN, never raw. */
function printable(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.charCodeAt(0);
    out += code < 32 || code === 0x7f ? `\\x${code.toString(16).padStart(2, '0')}` : char;
  }
  return out;
}
