import { describe, expect, it } from 'vitest';
import { noSkippedRecords, skippedRecordsNote } from '../../../../../renderer/core/logs/evtx/skippedRecords';

const skipped = (counts: Partial<ReturnType<typeof noSkippedRecords>>) => ({
  ...noSkippedRecords(),
  ...counts,
});

describe('the note on skipped .evtx records', () => {
  it('says nothing about a closed file read whole', () => {
    expect(skippedRecordsNote(noSkippedRecords(), 54, false)).toBeUndefined();
  });

  it('says calmly that a live copy was read whole', () => {
    expect(skippedRecordsNote(noSkippedRecords(), 54, true)).toBe(
      'Windows was still writing this log when it was copied (normal for a copy of a live log); ' +
        '54 records were read, all there were.',
    );
  });

  it('says in one sentence how many records were skipped and why', () => {
    expect(skippedRecordsNote(skipped({ cut: 24 }), 30, true)).toBe(
      'Windows was still writing this log when it was copied (normal for a copy of a live log); 30 records ' +
        'were read and 24 skipped: 24 records cut off where the file ends (the copy stopped inside a chunk).',
    );
    expect(skippedRecordsNote(skipped({ checksum: 54, unreadable: 1 }), 1, false)).toBe(
      '1 record was read and 55 skipped: 54 records in a chunk whose checksum does not match (changed or ' +
        'damaged after Windows wrote it) and 1 record whose content could not be read.',
    );
  });

  it('names blocks that should hold records and could not be read at all', () => {
    expect(skippedRecordsNote(skipped({ unreadableChunks: 2 }), 1_200, false)).toBe(
      '1,200 records were read; 2 blocks of 64 KB where records belong could not be read at all ' +
        '(how many records they held is not known).',
    );
  });
});
