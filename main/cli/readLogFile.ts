// Streams one log file from disk through the core analyzer: 64 KiB chunks, gunzipped when it is a
// rotated .gz, UTF-8 decoded as it goes (a broken byte becomes U+FFFD, never an exception), the
// format detected from the first lines — the same steps as the app's import worker.
import { isAscii } from 'node:buffer';
import { closeSync, openSync, readSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { AuthEvent } from '../../renderer/core/logs/authEvent';
import type { LogFormat, TimeAssumptions } from '../../renderer/core/logs/logFormat';
import type { LogAnalysis, LogAnalyzer } from '../../renderer/core/analysis/logAnalyzer';
import { createLogAnalyzer } from '../../renderer/core/analysis/logAnalyzer';
import { detectFormat, detectionSampleLines, logFormats } from '../../renderer/core/logs/formatRegistry';
import { defaultYear, firstClassicMonth } from '../../renderer/core/time/defaultYear';
import { createEvidenceText, type EvidenceText } from '../../renderer/workers/evidenceText';
import { detectTextEncoding } from '../../renderer/core/text/textEncoding';
import { ImportProblem } from '../../renderer/workers/importProblem';
import { CliError } from './cliError';
import { timeNeeds } from '../../renderer/workers/timeNeeds';
import { assumedTimesNote } from '../../renderer/core/time/assumedTimesNote';

// Read synchronously into one reused buffer: each async read (createReadStream) is a round trip
// through libuv's thread pool, which on a busy 2-core machine cost more than parsing the lines
// (measured on 3M lines: 0.4–1.2 s for the reads alone, 0.06 s synchronously). The command line
// has nothing else to do meanwhile, and events are still written with back-pressure per chunk.
const chunkBytes = 64 * 1024;
/** Enough text to find the first lines even when they are long; detection never waits for more. */
const detectionTextLimit = 1024 * 1024;

export type LogFileOptions = {
  /** Year for stamps without one; undefined = from the file's modification date (see defaultYear). */
  year: number | undefined;
  timeZone: string;
  /** Called for each event, in a batch per chunk so the caller can write with back-pressure. */
  onEvents?: (events: AuthEvent[]) => Promise<void>;
};

/** Fails with a CliError when the file cannot be read, so nothing is printed for half a case. */
export async function checkReadable(path: string): Promise<Date> {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new CliError(`cannot read "${path}": not a file`);
    return info.mtime;
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`cannot read "${path}": ${describeFsError(error)}`);
  }
}

export async function analyzeLogFile(path: string, options: LogFileOptions): Promise<LogAnalysis> {
  const modified = await checkReadable(path);
  let pending = '';
  let analyzer: LogAnalyzer | undefined;
  const batch: AuthEvent[] = [];

  // Set when the first lines carry their zone: classic stamps later are read with it unasked.
  let unaskedTime: TimeAssumptions | undefined;

  const start = (format: LogFormat, sample: readonly string[]): void => {
    const time = timeAssumptionsOf(sample, options, modified);
    if (timeNeeds(format, sample) === 'nothing') unaskedTime = time;
    analyzer = createLogAnalyzer({
      file: path,
      format,
      time,
      onEvent: options.onEvents ? (event) => batch.push(event) : undefined,
    });
  };

  await readLogTexts(path, async (text, last, ascii) => {
    if (analyzer === undefined) {
      pending += text;
      if (!last && !hasSample(pending)) return;
      const sample = sampleOf(pending);
      start(formatOf(path, sample, pending.length === 0), sample);
      text = pending;
      ascii = undefined;
      pending = '';
    }
    analyzer?.push(text, ascii);
    if (options.onEvents && batch.length > 0) await options.onEvents(batch.splice(0));
  });
  if (analyzer === undefined) throw new CliError(`"${path}" could not be read`);
  const analysis = analyzer.finish();
  const assumed = unaskedTime === undefined ? 0 : analyzer.assumedTimes();
  if (unaskedTime !== undefined && assumed > 0) {
    const whatToDo = "run again with --tz set to the server's zone (and --year, if needed).";
    const note = assumedTimesNote(assumed, unaskedTime, whatToDo);
    analysis.summary.notes = [...(analysis.summary.notes ?? []), note];
  }
  if (options.onEvents && batch.length > 0) await options.onEvents(batch.splice(0));
  return analysis;
}

/** Year and zone for stamps without them: as given, else the year from the file's date. */
function timeAssumptionsOf(
  sample: readonly string[],
  options: Pick<LogFileOptions, 'year' | 'timeZone'>,
  modified: Date,
): TimeAssumptions {
  return {
    year: options.year ?? defaultYear(modified.getTime(), firstClassicMonth(sample), options.timeZone),
    timeZone: options.timeZone,
  };
}

/**
 * Reads the file's text in order, gunzipped and decoded as the import worker does, and gives it
 * to `onText` piece by piece (`last` on the final call, possibly with ''); `onText` may wait
 * (back-pressure). A piece read from ASCII bytes comes with them (`ascii`), valid only until
 * `onText` returns: the buffer is read into again.
 */
async function readLogTexts(
  path: string,
  onText: (text: string, last: boolean, ascii?: Uint8Array) => Promise<void>,
): Promise<void> {
  let text: EvidenceText | undefined;
  const texts: string[] = [];
  let asciiOfText: Uint8Array | undefined; // the bytes of texts[0] when it was read as ASCII
  const buffer = Buffer.allocUnsafe(chunkBytes);
  let fd: number | undefined;
  let asciiFirst = false;
  try {
    fd = openSync(path, 'r');
    for (let read = readSync(fd, buffer); read > 0; read = readSync(fd, buffer)) {
      const chunk = buffer.subarray(0, read);
      // A file that starts with ASCII is UTF-8 text (no .gz magic, no byte-order mark, no UTF-16
      // zero bytes): the fast path below. Anything else is left entirely to createEvidenceText.
      // NUL is ASCII too, so UTF-16 of plain Latin text without a byte-order mark is ruled out here.
      if (text === undefined) {
        asciiFirst = isAscii(chunk) && detectTextEncoding(chunk) === 'utf-8';
        text = asciiFirst
          ? createAsciiFirstText((piece, ascii) => {
              if (texts.push(piece) === 1) asciiOfText = ascii;
            })
          : createEvidenceText(chunk, path, (piece) => texts.push(piece));
      }
      // The buffer is reused for the next read: createEvidenceText (gunzip) gets bytes to keep.
      text.push(asciiFirst ? chunk : chunk.slice());
      const ascii = texts.length === 1 ? asciiOfText : undefined;
      asciiOfText = undefined;
      await onText(texts.splice(0).join(''), false, ascii);
    }
    text?.end();
  } catch (error) {
    if (error instanceof ImportProblem) throw new CliError(error.message);
    if (error instanceof CliError || !isFsError(error)) throw error;
    throw new CliError(`cannot read "${path}": ${describeFsError(error)}`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  await onText(texts.splice(0).join(''), true);
}

/**
 * UTF-8 text of a file whose first chunk is ASCII, decoded exactly as createEvidenceText does (a
 * broken byte becomes U+FFFD), but an all-ASCII chunk, which is nearly every chunk of a log, is
 * copied as Latin-1 instead: TextDecoder's streaming mode took 0.4 s for 3M lines, the copy
 * 0.06 s, and ASCII reads the same either way.
 */
function createAsciiFirstText(onText: (text: string, ascii?: Uint8Array) => void): EvidenceText {
  // Created at the first non-ASCII chunk. The file began with ASCII, so a byte-order mark from
  // here on is content, as it is for a decoder that saw the whole file.
  let decoder: TextDecoder | undefined;
  let midCharacter = false; // the decoder holds the first bytes of a character
  return {
    compressed: false,
    push(bytes) {
      if (!midCharacter && isAscii(bytes)) {
        onText(
          Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1'),
          new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length),
        );
        return;
      }
      decoder ??= new TextDecoder('utf-8', { ignoreBOM: true });
      const text = decoder.decode(bytes, { stream: true });
      if (text !== '') onText(text);
      // An ASCII byte ends any character in progress, so then nothing is held back.
      midCharacter = bytes.length > 0 && bytes[bytes.length - 1]! >= 0x80;
    },
    end() {
      const rest = decoder?.decode() ?? '';
      if (rest !== '') onText(rest);
    },
  };
}

function hasSample(text: string): boolean {
  if (text.length >= detectionTextLimit) return true;
  let lines = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
    if (++lines >= detectionSampleLines) return true;
  }
  return false;
}

function sampleOf(text: string): string[] {
  return text
    .slice(0, detectionTextLimit)
    .split('\n', detectionSampleLines)
    .map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
}

function formatOf(path: string, sample: readonly string[], empty: boolean): LogFormat {
  if (empty) throw new CliError(`"${path}" is empty`);
  const format = detectFormat(sample);
  if (format) return format;
  const known = logFormats.map((candidate) => candidate.label).join(', ');
  throw new CliError(`"${path}" is not in a log format this tool reads (it reads: ${known})`);
}

function isFsError(error: unknown): boolean {
  return typeof (error as { code?: unknown } | null)?.code === 'string';
}

function describeFsError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder, not a file';
  return error instanceof Error ? error.message : String(error);
}
