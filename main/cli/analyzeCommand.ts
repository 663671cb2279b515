// `analyze FILE...`: the files' attack sources merged into one list and the logins flagged
// against it (default), or every recognized event as a line of JSON (--events).
import type { Writable } from 'node:stream';
import type { Login } from '../../renderer/core/analysis/attackSource';
import type { LogAnalysis } from '../../renderer/core/analysis/logAnalyzer';
import { flagLogins } from '../../renderer/core/analysis/attackTally';
import { mergeFileSources } from '../../renderer/core/analysis/crossFileAttempts';
import type { AnalyzedFile } from './analyzeOutput';
import { analysisDocument, eventLine } from './analyzeOutput';
import { analyzeLogFile, checkReadable } from './readLogFile';
import type { AttemptTimeline } from '../../renderer/core/analysis/attemptTimeline';
import { caseVerdict } from '../../renderer/core/analysis/caseVerdict';
import { defaultAttackThresholds } from '../../renderer/core/analysis/attackThresholds';

export type AnalyzeOptions = {
  files: string[];
  events: boolean;
  year: number | undefined;
  timeZone: string;
};

export async function analyzeCommand(options: AnalyzeOptions, out: Writable): Promise<void> {
  // Check every file before printing anything, so a typo in the last name prints no half result.
  for (const file of options.files) await checkReadable(file);
  const analyzed: AnalyzedFile[] = [];
  const perFileSources: Pick<LogAnalysis, 'sources' | 'twoFileAttempts'>[] = [];
  const logins: Login[] = [];
  const timelines: AttemptTimeline[] = [];
  for (const file of options.files) {
    const analysis = await analyzeLogFile(file, {
      year: options.year,
      timeZone: options.timeZone,
      onEvents: options.events
        ? (events) => write(out, events.map((event) => eventLine(file, event) + '\n').join(''))
        : undefined,
    });
    analyzed.push({ path: file, summary: analysis.summary });
    perFileSources.push(analysis);
    logins.push(...analysis.logins);
    timelines.push(analysis.timeline);
  }
  if (options.events) return;
  // One attempt written into two files (vsftpd.log and auth.log …) counts once for the case.
  const sources = mergeFileSources(perFileSources);
  const flagged = flagLogins(
    logins.sort((a, b) => a.time - b.time),
    sources,
  );
  const formatIds = analyzed.map((file) => file.summary.format);
  const thresholds = defaultAttackThresholds;
  const verdict = caseVerdict({ logins: flagged, timelines, formatIds, thresholds });
  await write(out, analysisDocument(analyzed, sources, flagged, verdict));
}

function write(out: Writable, text: string): Promise<void> {
  if (out.write(text)) return Promise.resolve();
  // Wait for the reader (a pipe, a slow terminal) so a million events never pile up in memory.
  return new Promise((resolve, reject) => {
    const onDrain = () => {
      out.off('error', onError);
      resolve();
    };
    const onError = (error: Error) => {
      out.off('drain', onDrain);
      reject(error);
    };
    out.once('drain', onDrain);
    out.once('error', onError);
  });
}
