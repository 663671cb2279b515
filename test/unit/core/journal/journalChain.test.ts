import { describe, expect, it } from 'vitest';
import {
  chainLinks,
  contentHashOf,
  genesisHash,
  linkHashOf,
  type ChainedEntry,
  type JournalContent,
} from '../../../../renderer/core/journal/journalChain';
import { verifyJournalChain } from '../../../../renderer/core/journal/verifyJournalChain';

function content(seq: number, summary: string): JournalContent {
  return { seq, kind: 'note', summary, author: 'person', occurredAt: 1_000 * seq, writtenAt: 1_000 * seq };
}

/** A correctly chained journal of `count` entries. */
function journal(count: number): ChainedEntry[] {
  const entries: ChainedEntry[] = [];
  for (let seq = 1; seq <= count; seq++) {
    const entryContent = content(seq, `entry ${seq}`);
    entries.push({ ...entryContent, ...chainLinks(entryContent, entries.at(-1)) });
  }
  return entries;
}

describe('appending to the hash chain', () => {
  it('links the first entry to the genesis hash and each later one to the entry before', () => {
    const [first, second] = journal(2);
    expect(first?.previousHash).toBe(genesisHash);
    expect(second?.previousHash).toBe(first?.hash);
    expect(second?.hash).toBe(linkHashOf(first?.hash ?? '', second?.contentHash ?? ''));
    expect(first?.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('hashes only the content fields, not database ids that a restore changes', () => {
    const entry = content(1, 'a note');
    expect(contentHashOf({ ...entry, id: 7, caseId: 3 } as JournalContent)).toBe(contentHashOf(entry));
  });

  it('gives a known hash for a known entry, so every machine computes the same chain', () => {
    // `sha256sum` of {"author":"person","kind":"note","occurredAt":1000,"seq":1,"summary":"entry 1","writtenAt":1000}
    expect(contentHashOf(content(1, 'entry 1'))).toBe(
      'fa34fc2c96f83c676d229911fbe6621dde40a4153618210c7e58d3afe6eae3a2',
    );
  });
});

describe('verifying the hash chain', () => {
  it('accepts an untouched journal and reports its head hash', () => {
    const entries = journal(5);
    expect(verifyJournalChain(entries)).toEqual({ intact: true, entries: 5, headHash: entries[4]?.hash });
  });

  it('accepts an empty journal', () => {
    expect(verifyJournalChain([])).toEqual({ intact: true, entries: 0, headHash: genesisHash });
  });

  it('names a changed entry', () => {
    const entries = journal(5);
    entries[2] = { ...entries[2]!, summary: 'nothing happened' };
    const verdict = verifyJournalChain(entries);
    expect(verdict).toMatchObject({ intact: false, problem: { breakKind: 'changed', seq: 3 } });
  });

  it('names a changed time even when the text is the same', () => {
    const entries = journal(3);
    entries[1] = { ...entries[1]!, occurredAt: 5 };
    expect(verifyJournalChain(entries)).toMatchObject({ problem: { breakKind: 'changed', seq: 2 } });
  });

  it('names a changed entry whose own hashes were recomputed by the one who changed it', () => {
    const entries = journal(4);
    const forged = content(2, 'forged');
    entries[1] = { ...forged, ...chainLinks(forged, entries[0]) };
    expect(verifyJournalChain(entries)).toMatchObject({ intact: false, problem: { seq: 3 } });
  });

  it('names the entry after a removed one, whether or not the seq numbers were closed up', () => {
    const gap = journal(5).filter((entry) => entry.seq !== 3);
    expect(verifyJournalChain(gap)).toMatchObject({ problem: { breakKind: 'removed', seq: 4 } });
    const renumbered = gap.map((entry, index) => ({ ...entry, seq: index + 1 }));
    expect(verifyJournalChain(renumbered)).toMatchObject({ problem: { breakKind: 'removed', seq: 3 } });
  });

  it('notices that the first entries were removed', () => {
    const entries = journal(3).slice(1);
    expect(verifyJournalChain(entries)).toMatchObject({ intact: false, problem: { breakKind: 'removed' } });
  });

  it('names a reordered entry', () => {
    const entries = journal(5);
    const swapped = [
      entries[0]!,
      entries[1]!,
      { ...entries[3]!, seq: 3 },
      { ...entries[2]!, seq: 4 },
      entries[4]!,
    ];
    expect(verifyJournalChain(swapped)).toMatchObject({ problem: { breakKind: 'reordered', seq: 3 } });
  });

  it('names an entry slipped in between two others, even one with valid hashes of its own', () => {
    const entries = journal(4);
    const intruderContent = content(3, 'slipped in');
    const intruder = { ...intruderContent, ...chainLinks(intruderContent, entries[1]) };
    const tampered = [
      entries[0]!,
      entries[1]!,
      intruder,
      { ...entries[2]!, seq: 4 },
      { ...entries[3]!, seq: 5 },
    ];
    const verdict = verifyJournalChain(tampered);
    expect(verdict).toMatchObject({ intact: false, problem: { breakKind: 'inserted', seq: 3, index: 2 } });
  });

  it('notices a correction that no longer points at the entry it corrected', () => {
    const entries = journal(2);
    const correction = { ...content(3, 'correction'), kind: 'correction' as const, correctsSeq: 1 };
    entries.push({ ...correction, ...chainLinks(correction, entries[1]) });
    expect(
      verifyJournalChain(entries.map((entry) => ({ ...entry, correctsTarget: entry.correctsSeq }))),
    ).toMatchObject({
      intact: true,
    });
    const moved = entries.map((entry) => ({
      ...entry,
      correctsTarget: entry.correctsSeq === undefined ? undefined : 2,
    }));
    expect(verifyJournalChain(moved)).toMatchObject({ problem: { breakKind: 'changed', seq: 3 } });
  });
});
