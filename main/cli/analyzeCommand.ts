// `analyze FILE...`: the files' attack sources merged into one list and the logins flagged
// against it (default), or every recognized event as a line of JSON (--events).
import type { Writable } from 'node:stream';
import type { Login } from '../../renderer/core/analysis/attackSource';
import type { LogAnalysis } from '../../renderer/core/analysis/logAnalyzer';
import { flagLogins } from '../../renderer/core/analysis/attackTally';
import { mergeFileSources } from '../../renderer/core/analysis/crossFileAttempts';
import type { AnalyzedFile } from './analyzeOutput';
import { analysisDocumentPieces, eventLine } from './analyzeOutput';
import { analyzeLogFile, checkReadable } from './readLogFile';
import type { AttemptTimeline } from '../../renderer/core/analysis/attemptTimeline';
import { caseVerdict } from '../../renderer/core/analysis/caseVerdict';
import { defaultAttackThresholds } from '../../renderer/core/analysis/attackThresholds';
import { createEventSpool, type EventSpool } from './eventSpool';
import { writeText } from './writeText';
import { terminalText } from '../../renderer/core/text/terminalText';
import { readablePartNoteStart } from '../../renderer/core/file/damagedFile';

export type AnalyzeOptions = {
  files: string[];
  events: boolean;
  /** Read a damaged .gz up to its damage (with a note) instead of refusing the run. */
  acceptDamaged?: boolean;
  year: number | undefined;
  timeZone: string;
};

/**
 * `notes`: where a note goes that `--events` output has no place for (a damaged file read only up
 * to its damage): nothing about what was read is ever left unsaid.
 */
export async function analyzeCommand(
  options: AnalyzeOptions,
  out: Writable,
  notes?: Writable,
): Promise<void> {
  // Check every file before printing anything, so a typo in the last name prints no half result.
  for (const file of options.files) await checkReadable(file);
  const analyzed: AnalyzedFile[] = [];
  const perFileSources: Pick<LogAnalysis, 'sources' | 'twoFileAttempts'>[] = [];
  const logins: Login[] = [];
  const timelines: AttemptTimeline[] = [];
  // Events wait until every file is read: a file refused half-way must leave nothing printed.
  const spool: EventSpool | undefined = options.events ? await createEventSpool() : undefined;
  try {
    for (const file of options.files) {
      const analysis = await analyzeLogFile(file, {
        year: options.year,
        timeZone: options.timeZone,
        acceptDamaged: options.acceptDamaged,
        onEvents: spool
          ? (events) => spool.write(events.map((event) => eventLine(file, event) + '\n').join(''))
          : undefined,
      });
      analyzed.push({
        path: file,
        summary: analysis.summary,
        ...(analysis.unplacedAttempts ? { unplacedAttempts: analysis.unplacedAttempts } : {}),
      });
      perFileSources.push(analysis);
      // One at a time: a spread of 200,000 logins into push() throws RangeError.
      for (const login of analysis.logins) logins.push(login);
      timelines.push(analysis.timeline);
    }
  } catch (error) {
    await spool?.discard();
    throw error;
  }
  if (spool) {
    await spool.deliver(out);
    if (notes) await writeText(notes, damageNotes(analyzed));
    return;
  }
  // One attempt written into two files (vsftpd.log and auth.log …) counts once for the case.
  const sources = mergeFileSources(perFileSources);
  perFileSources.length = 0; // the merged list holds what is still needed
  const flagged = flagLogins(
    logins.sort((a, b) => a.time - b.time),
    sources,
  );
  logins.length = 0; // flagged holds new copies: a million logins need not be kept twice
  const formatIds = analyzed.map((file) => file.summary.format);
  const thresholds = defaultAttackThresholds;
  const files = analyzed.map((file) => ({ ...file.summary, name: file.path }));
  const verdict = caseVerdict({ logins: flagged, timelines, formatIds, files, thresholds });
  await writeText(out, analysisDocumentPieces(analyzed, sources, flagged, verdict));
}

/** "note: auth.log.2.gz: Only the readable part …", one line per file read only up to its damage. */
function* damageNotes(analyzed: readonly AnalyzedFile[]): Generator<string> {
  for (const { path, summary } of analyzed) {
    const cut = summary.notes?.find((note) => note.startsWith(readablePartNoteStart));
    if (cut) yield terminalText(`note: ${path}: ${cut}`) + '\n';
  }
}
