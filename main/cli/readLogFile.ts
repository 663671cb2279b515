// Streams one log file from disk through the core file pipeline (core/file/logReading.ts, the same
// one the app's import worker runs): 64 KiB reads, gunzipped when it is a rotated .gz, decoded as
// it goes (a broken byte becomes U+FFFD, never an exception), the format detected from the first
// lines.
import { isAscii } from 'node:buffer';
import { closeSync, openAsBlob, openSync, readSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { AuthEvent } from '../../renderer/core/logs/authEvent';
import type { LogFormat, TimeAssumptions } from '../../renderer/core/logs/logFormat';
import type { LogAnalysis } from '../../renderer/core/analysis/logAnalyzer';
import { detectFormat, logFormats } from '../../renderer/core/logs/formatRegistry';
import { futureStampFact, futureStamps, suggestYear } from '../../renderer/core/time/stampYear';
import { judgeFileTimes, timeNeeds, type TimeJudgement } from '../../renderer/workers/timeNeeds';
import { readTailLines } from '../../renderer/workers/fileTail';
import { createLogReading } from '../../renderer/core/file/logReading';
import { DamagedFileProblem, ImportProblem } from '../../renderer/core/file/importProblem';
import { damagedFileRefusal } from '../../renderer/core/file/damagedFile';
import { CliError } from './cliError';
import { assumedTimesNote } from '../../renderer/core/time/assumedTimesNote';

// Read synchronously into one reused buffer: each async read (createReadStream) is a round trip
// through libuv's thread pool, which on a busy 2-core machine cost more than parsing the lines
// (measured on 3M lines: 0.4–1.2 s for the reads alone, 0.06 s synchronously). The command line
// has nothing else to do meanwhile, and events are still written with back-pressure per chunk.
const chunkBytes = 64 * 1024;

/** How the refusal of a damaged .gz ends on the command line (the app offers a button instead). */
const acceptDamagedWords = ', or run again with --accept-damaged to read the part before the damage';

export type LogFileOptions = {
  /** Year for stamps without one; undefined = from the file's modification date (see defaultYear). */
  year: number | undefined;
  timeZone: string;
  /** Called for each event, in a batch per chunk so the caller can write with back-pressure. */
  onEvents?: (events: AuthEvent[]) => Promise<void>;
  /** Read a damaged .gz up to its damage instead of refusing it (--accept-damaged). */
  acceptDamaged?: boolean;
  /** The name logins and excerpts say they come from (default: the path as given). */
  shownName?: string;
};

/** The analysis, and how the file was read: what a second reading (report excerpts) must repeat. */
export type ReadLogFile = { analysis: LogAnalysis; format: LogFormat; time: TimeAssumptions };

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
  return (await readLogFile(path, options)).analysis;
}

export async function readLogFile(path: string, options: LogFileOptions): Promise<ReadLogFile> {
  const modified = await checkReadable(path);
  const batch: AuthEvent[] = [];
  // Set when the first lines carry their zone: classic stamps later are read with it unasked.
  let unaskedTime: TimeAssumptions | undefined;
  let readWith: TimeAssumptions | undefined;
  const buffer = Buffer.allocUnsafe(chunkBytes);
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const firstRead = readSync(fd, buffer);
    // A copy: the buffer is read into again before the format (and the tail) is judged.
    const firstBytes = buffer.slice(0, firstRead);
    const reading = createLogReading({
      fileName: path,
      firstBytes,
      chooseFormat: (sample) => formatOf(path, sample),
      async start(format, sample) {
        // Judged as the app judges it: the first lines, and the last 64 KiB of a plain file.
        const tail = await readTailLines(await openAsBlob(path), firstBytes);
        const judged = judgeFileTimes(format, sample, tail);
        const time = timeAssumptionsOf(judged, options, modified);
        readWith = time;
        if (timeNeeds(format, sample) === 'nothing') unaskedTime = time;
        if (judged.needs === 'year-and-zone')
          refuseFutureStamps(path, time, judged, options.year !== undefined);
        return {
          time,
          onEvent: options.onEvents ? (event) => batch.push(event) : undefined,
          fileName: options.shownName,
        };
      },
      asciiText: (bytes) => (isAscii(bytes) ? latin1(bytes) : undefined),
      acceptDamaged: options.acceptDamaged,
    });
    if (firstRead === 0) throw new CliError(`"${path}" is empty`);
    for (let read = firstRead; read > 0; read = readSync(fd, buffer)) {
      await reading.push(buffer.subarray(0, read));
      if (options.onEvents && batch.length > 0) await options.onEvents(batch.splice(0));
    }
    const { analysis, assumedTimes, format } = await reading.end();
    if (unaskedTime !== undefined && assumedTimes > 0) {
      const whatToDo = "run again with --tz set to the server's zone (and --year, if needed).";
      const note = assumedTimesNote(assumedTimes, unaskedTime, whatToDo);
      analysis.summary.notes = [...(analysis.summary.notes ?? []), note];
    }
    if (options.onEvents && batch.length > 0) await options.onEvents(batch.splice(0));
    return {
      analysis,
      format,
      time: readWith ?? { year: options.year ?? modified.getFullYear(), timeZone: options.timeZone },
    };
  } catch (error) {
    if (error instanceof DamagedFileProblem && error.found) {
      const { what, linesBefore } = error.found;
      throw new CliError(damagedFileRefusal(path, what, linesBefore, acceptDamagedWords));
    }
    if (error instanceof ImportProblem) throw new CliError(error.message);
    if (error instanceof CliError || !isFsError(error)) throw error;
    throw new CliError(`cannot read "${path}": ${describeFsError(error)}`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
}

/** Year and zone for stamps without them: as given, else the year from the file's date. */
function timeAssumptionsOf(
  judged: TimeJudgement,
  options: Pick<LogFileOptions, 'year' | 'timeZone'>,
  modified: Date,
): TimeAssumptions {
  const suggested = () =>
    suggestYear(modified.getTime(), judged.firstStamp, judged.lastStamp, options.timeZone, Date.now()).year;
  return { year: options.year ?? suggested(), timeZone: options.timeZone };
}

/** A year that puts lines in the future is wrong (the same rule as the app's time question). */
function refuseFutureStamps(
  path: string,
  time: TimeAssumptions,
  judged: TimeJudgement,
  yearGiven: boolean,
): void {
  const now = Date.now();
  const future = futureStamps(time, judged.firstStamp, judged.lastStamp, now);
  if (future === undefined) return;
  throw new CliError(
    `${futureStampFact(`"${path}"`, future, now, time.timeZone)} Run again with --year set to the year its ` +
      `lines were written in (${future.latestYearThatFits} is the latest that fits)` +
      (yearGiven
        ? '.'
        : "; without --year the year is taken from the file's date, which is later than they are."),
  );
}

function formatOf(path: string, sample: readonly string[]): LogFormat {
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
