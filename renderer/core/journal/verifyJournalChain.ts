// Checks a case's journal against its hash chain and names the first entry that does not fit,
// in words a person can repeat to someone else ("entry 4 was changed after it was written").
// Entries of hash scheme 2 also name their case: one that names another case was moved here.
import {
  bindingScheme,
  contentHashOf,
  firstPreviousHash,
  genesisHash,
  isBeforeCaseBinding,
  linkHashOf,
  type ChainedEntry,
} from './journalChain';

export type ChainBreak =
  | 'changed' // the entry's text, times or details differ from what was hashed
  | 'removed' // one or more entries before this one are missing
  | 'reordered' // the entry is not where it was written
  | 'inserted' // the entry was never part of the chain
  | 'moved'; // the entry was written in another case

export type ChainProblem = {
  breakKind: ChainBreak;
  /** The seq shown for the first bad entry (as stored, which may itself be forged). */
  seq: number;
  /** Index of the first bad entry in the list as given (sorted by seq). */
  index: number;
  /** One sentence for the warning. */
  message: string;
};

export type ChainVerdict =
  | { intact: true; entries: number; headHash: string }
  | { intact: false; entries: number; problem: ChainProblem };

/** An entry as verification sees it; `correctsTarget` is the seq of the row `corrects` points at. */
export type VerifiableEntry = ChainedEntry & { correctsTarget?: number | undefined };

function problem(breakKind: ChainBreak, entry: ChainedEntry, index: number, message: string): ChainProblem {
  return { breakKind, seq: entry.seq, index, message };
}

/** A scheme 2 entry naming another case, or a scheme 1 entry after case binding began. */
function bindingProblem(
  entries: readonly VerifiableEntry[],
  index: number,
  caseKey: string | undefined,
): ChainProblem | undefined {
  const entry = entries[index];
  if (!entry) return undefined;
  if (isBeforeCaseBinding(entry)) {
    // The first entry found so is reported, so looking at the one before is enough.
    const before = entries[index - 1];
    return before && !isBeforeCaseBinding(before)
      ? problem(
          'inserted',
          entry,
          index,
          `Entry ${entry.seq} was added later: it does not name its case, though the entries before it do.`,
        )
      : undefined;
  }
  if (entry.scheme !== bindingScheme) {
    return problem('changed', entry, index, `Entry ${entry.seq} was changed after it was written.`);
  }
  if (caseKey === undefined || entry.caseKey !== caseKey) {
    return problem(
      'moved',
      entry,
      index,
      `Entry ${entry.seq} belongs to another case: it was moved into this case's journal.`,
    );
  }
  return undefined;
}

/**
 * `entries` must be ordered by seq, as the database returns them; `caseKey` is the identity of the
 * case they are stored under (undefined for a case that has none, which no scheme 2 entry fits).
 */
export function verifyJournalChain(entries: readonly VerifiableEntry[], caseKey?: string): ChainVerdict {
  const found = (bad: ChainProblem): ChainVerdict => ({
    intact: false,
    entries: entries.length,
    problem: bad,
  });
  for (const [index, entry] of entries.entries()) {
    const expectedSeq = index + 1;
    if (entry.seq > expectedSeq) {
      const missing = entry.seq - expectedSeq;
      return found(
        problem(
          'removed',
          entry,
          index,
          `${missing === 1 ? 'An entry is' : `${missing} entries are`} missing before entry ${entry.seq}.`,
        ),
      );
    }
    const binding = bindingProblem(entries, index, caseKey);
    if (binding) return found(binding);
    const expectedPrevious =
      index === 0 ? firstPreviousHash(entry) : (entries[index - 1]?.hash ?? genesisHash);
    if (entry.previousHash !== expectedPrevious) {
      const laterIndex = entries.findIndex((other, at) => at > index && other.hash === entry.previousHash);
      if (laterIndex >= 0) {
        return found(
          problem(
            'reordered',
            entry,
            index,
            `Entry ${entry.seq} has been moved: it was written after an entry that now comes later.`,
          ),
        );
      }
      const earlierIndex = entries.findIndex(
        (other, at) => at < index - 1 && other.hash === entry.previousHash,
      );
      if (earlierIndex >= 0) {
        const intruder = entries[earlierIndex + 1] ?? entry;
        return found(
          problem(
            'inserted',
            intruder,
            earlierIndex + 1,
            `Entry ${intruder.seq} was added later: it was never part of the journal as written.`,
          ),
        );
      }
      if (index === 0 || entry.previousHash === genesisHash) {
        return found(problem('removed', entry, index, `Entries are missing before entry ${entry.seq}.`));
      }
      const before = entries[index - 1]?.seq ?? 0;
      return found(
        problem(
          'removed',
          entry,
          index,
          `Entry ${entry.seq} no longer follows entry ${before}: an entry between them is missing, or entry ${before} was replaced.`,
        ),
      );
    }
    if (
      contentHashOf(entry) !== entry.contentHash ||
      linkHashOf(entry.previousHash, entry.contentHash) !== entry.hash
    ) {
      return found(problem('changed', entry, index, `Entry ${entry.seq} was changed after it was written.`));
    }
    if (entry.correctsSeq !== undefined && entry.correctsTarget !== entry.correctsSeq) {
      return found(
        problem('changed', entry, index, `Entry ${entry.seq} no longer points at the entry it corrects.`),
      );
    }
  }
  const head = entries.at(-1)?.hash ?? genesisHash;
  return { intact: true, entries: entries.length, headHash: head };
}
