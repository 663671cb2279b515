// What was left out of an .evtx, by reason, and the one sentence that tells the person. A copy of
// a live log (Windows was writing it: the dirty flag, a last chunk not finished) is normal and
// said calmly; a chunk whose checksum fails is damage and said as such. Nothing is skipped silently.

export type SkippedRecords = {
  /** In a chunk whose checksum does not match: changed or damaged after Windows wrote it. */
  checksum: number;
  /** Whole records whose event could not be read (the data does not follow the format). */
  unreadable: number;
  /** Cut off where the file ends: the copy stopped inside a chunk. */
  cut: number;
  /** Counted by the file header, but in no chunk that could be read. */
  missing: number;
  /** 64 KiB blocks inside the log that are not chunks at all (how many records they held is unknown). */
  unreadableChunks: number;
};

export function noSkippedRecords(): SkippedRecords {
  return { checksum: 0, unreadable: 0, cut: 0, missing: 0, unreadableChunks: 0 };
}

const count = (value: number, one: string, many = `${one}s`) =>
  `${value.toLocaleString('en-US')} ${value === 1 ? one : many}`;

/**
 * The note for the file, in one sentence, or undefined when every record was read from a file
 * Windows had closed. `dirty`: Windows still had it open for writing when it was copied.
 */
export function skippedRecordsNote(
  skipped: SkippedRecords,
  read: number,
  dirty: boolean,
): string | undefined {
  const reasons: string[] = [];
  if (skipped.cut > 0) {
    reasons.push(
      `${count(skipped.cut, 'record')} cut off where the file ends (the copy stopped inside a chunk)`,
    );
  }
  if (skipped.missing > 0) {
    reasons.push(`${count(skipped.missing, 'record')} that its header counts but no readable chunk holds`);
  }
  if (skipped.checksum > 0) {
    reasons.push(
      `${count(skipped.checksum, 'record')} in a chunk whose checksum does not match ` +
        '(changed or damaged after Windows wrote it)',
    );
  }
  if (skipped.unreadable > 0)
    reasons.push(`${count(skipped.unreadable, 'record')} whose content could not be read`);
  const total = skipped.cut + skipped.missing + skipped.checksum + skipped.unreadable;
  if (total === 0 && skipped.unreadableChunks === 0 && !dirty) return undefined;
  const live = dirty
    ? 'Windows was still writing this log when it was copied (normal for a copy of a live log); '
    : '';
  let sentence = `${live}${count(read, 'record was', 'records were')} read`;
  if (total > 0) sentence += ` and ${total.toLocaleString('en-US')} skipped: ${listed(reasons)}`;
  if (skipped.unreadableChunks > 0) {
    sentence +=
      `; ${count(skipped.unreadableChunks, 'block')} of 64 KB where records belong could not be read at all ` +
      `(how many records ${skipped.unreadableChunks === 1 ? 'it' : 'they'} held is not known)`;
  }
  if (total === 0 && skipped.unreadableChunks === 0) sentence += ', all there were';
  return `${sentence}.`;
}

function listed(parts: readonly string[]): string {
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]!}`;
}
