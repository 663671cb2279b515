// "Check against an earlier report": a report (a PDF, a backup, a code someone wrote down) names
// the journal head it was made from. Today's journal must still hold that entry at that position
// with that hash; since each hash covers everything before it, this catches a deleted newest
// entry and any rewrite before it, which no check inside the database alone can.
import type { ChainedEntry } from './journalChain';
import type { ReportedHead } from './journalHead';

export type EarlierReportOutcome = 'contained' | 'missing' | 'changed';

export type EarlierReportFinding = { outcome: EarlierReportOutcome; seq: number; message: string };

export function compareWithEarlierReport(
  entries: readonly Pick<ChainedEntry, 'seq' | 'hash'>[],
  reported: ReportedHead,
): EarlierReportFinding {
  const { seq } = reported;
  const entry = entries.find((candidate) => candidate.seq === seq);
  const lastSeq = entries.reduce((highest, candidate) => Math.max(highest, candidate.seq), 0);
  if (!entry) {
    if (lastSeq < seq) {
      const missing = lastSeq + 1 === seq ? `entry ${seq} is` : `entries ${lastSeq + 1}–${seq} are`;
      return {
        outcome: 'missing',
        seq,
        message:
          `The report carried the journal up to entry ${seq}, but the journal now ends at entry ${lastSeq}: ` +
          `${missing} missing. They were deleted after the report was made.`,
      };
    }
    return {
      outcome: 'missing',
      seq,
      message: `Entry ${seq}, the newest the report carried, is missing from the journal: it was deleted after the report was made.`,
    };
  }
  if (!entry.hash.startsWith(reported.hash)) {
    return {
      outcome: 'changed',
      seq,
      message: `Entry ${seq} is not what the report carried: it, or an entry before it, was changed after the report was made.`,
    };
  }
  const since = entries.filter((candidate) => candidate.seq > seq).length;
  return {
    outcome: 'contained',
    seq,
    message:
      `The journal still holds everything the report carried: entry ${seq} is as it was` +
      (since === 0
        ? ', and nothing was written since.'
        : `, and ${since} ${since === 1 ? 'entry was' : 'entries were'} written since.`),
  };
}
