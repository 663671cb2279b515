// Streams one log file from disk through the core analyzer: 64 KiB chunks, gunzipped when it is a
// rotated .gz, UTF-8 decoded as it goes (a broken byte becomes U+FFFD, never an exception), the
// format detected from the first lines — the same steps as the app's import worker.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { AuthEvent } from '../../renderer/core/logs/authEvent';
import type { LogFormat, TimeAssumptions } from '../../renderer/core/logs/logFormat';
import type { LogAnalysis, LogAnalyzer } from '../../renderer/core/analysis/logAnalyzer';
import { createLogAnalyzer } from '../../renderer/core/analysis/logAnalyzer';
import { detectFormat, detectionSampleLines, logFormats } from '../../renderer/core/logs/formatRegistry';
import { defaultYear, firstClassicMonth } from '../../renderer/core/time/defaultYear';
import { createEvidenceText, type EvidenceText } from '../../renderer/workers/evidenceText';
import { ImportProblem } from '../../renderer/workers/importProblem';
import { CliError } from './cliError';

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

  const start = (format: LogFormat, sample: readonly string[]): void => {
    const time: TimeAssumptions = {
      year: options.year ?? defaultYear(modified.getTime(), firstClassicMonth(sample), options.timeZone),
      timeZone: options.timeZone,
    };
    analyzer = createLogAnalyzer({
      file: path,
      format,
      time,
      onEvent: options.onEvents ? (event) => batch.push(event) : undefined,
    });
  };

  const feed = async (text: string, last: boolean): Promise<void> => {
    if (analyzer === undefined) {
      pending += text;
      if (!last && !hasSample(pending)) return;
      const sample = sampleOf(pending);
      start(formatOf(path, sample, pending.length === 0), sample);
      text = pending;
      pending = '';
    }
    analyzer?.push(text);
    if (options.onEvents && batch.length > 0) await options.onEvents(batch.splice(0));
  };

  let text: EvidenceText | undefined;
  const texts: string[] = [];
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: chunkBytes })) {
      text ??= createEvidenceText(chunk as Buffer, path, (piece) => texts.push(piece));
      text.push(chunk as Buffer);
      await feed(texts.splice(0).join(''), false);
    }
    text?.end();
  } catch (error) {
    if (error instanceof ImportProblem) throw new CliError(error.message);
    if (error instanceof CliError || !isFsError(error)) throw error;
    throw new CliError(`cannot read "${path}": ${describeFsError(error)}`);
  }
  await feed(texts.splice(0).join(''), true);
  if (analyzer === undefined) throw new CliError(`"${path}" could not be read`);
  const analysis = analyzer.finish();
  if (options.onEvents && batch.length > 0) await options.onEvents(batch.splice(0));
  return analysis;
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
