import { describe, expect, it } from 'vitest';
import {
  headCode,
  headKeywords,
  headMessage,
  keyFingerprint,
  readHeadCode,
  readHeadKeywords,
} from '../../../../renderer/core/journal/journalHead';
import {
  caseGenesisHash,
  chainLinks,
  contentHashOf,
  type ChainedEntry,
  type JournalContent,
} from '../../../../renderer/core/journal/journalChain';
import { verifyJournalChain } from '../../../../renderer/core/journal/verifyJournalChain';

const hash = '3f9ac21b7d04e5a1'.repeat(4);
const caseKey = '0123456789abcdef'.repeat(2);

describe('the check code a report prints', () => {
  it('is the entry and the first 64 bits of its hash, in groups of four', () => {
    expect(headCode({ seq: 45, hash })).toBe('45-3f9a-c21b-7d04-e5a1');
  });

  it('is read back however a person types or pastes it', () => {
    for (const typed of [
      '45-3f9a-c21b-7d04-e5a1',
      ' 45 3F9A C21B 7D04 E5A1 ',
      'check code 45-3f9a-c21b-7d04-e5a1',
      `entry 45, ${hash}`,
    ]) {
      expect(readHeadCode(typed)).toMatchObject({
        seq: 45,
        hash: expect.stringMatching(/^3f9ac21b7d04e5a1/),
      });
    }
    expect(readHeadCode('45-3f9a-c21b')).toBeUndefined(); // too short to tell journals apart
    expect(readHeadCode('no code here')).toBeUndefined();
  });

  it('round-trips the signed head kept in a PDF’s metadata', () => {
    const head = { caseKey, seq: 45, hash, signature: 'ab'.repeat(64), publicKey: 'cd'.repeat(32) };
    expect(readHeadKeywords(`/Keywords (${headKeywords(head)})`)).toEqual(head);
  });
});

describe('what is signed', () => {
  it('names its purpose and the case, so a signature is never good for anything else', () => {
    expect(new TextDecoder().decode(headMessage({ caseKey, seq: 3, hash }))).toBe(
      `{"caseKey":"${caseKey}","hash":"${hash}","purpose":"Incident Notebook journal head","seq":3}`,
    );
  });

  it('gives a key a short fingerprint to compare by eye', () => {
    expect(keyFingerprint('00'.repeat(32))).toMatch(/^[0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4}$/);
  });
});

describe('hash scheme 2: entries bound to their case', () => {
  const bound = (seq: number, summary: string): JournalContent => ({
    seq,
    kind: 'note',
    summary,
    author: 'person',
    occurredAt: seq,
    writtenAt: seq,
    scheme: 2,
    caseKey,
  });
  const chain = (contents: JournalContent[]): ChainedEntry[] => {
    const entries: ChainedEntry[] = [];
    for (const content of contents) entries.push({ ...content, ...chainLinks(content, entries.at(-1)) });
    return entries;
  };

  it('starts from the case’s identity and verifies only under that case', () => {
    const entries = chain([bound(1, 'one'), bound(2, 'two')]);
    expect(entries[0]?.previousHash).toBe(caseGenesisHash(caseKey));
    expect(verifyJournalChain(entries, caseKey)).toMatchObject({ intact: true, entries: 2 });
    expect(verifyJournalChain(entries, 'ff'.repeat(16))).toMatchObject({
      intact: false,
      problem: { breakKind: 'moved', seq: 1 },
    });
  });

  it('keeps scheme 1 hashes as they were, and refuses a scheme 1 entry after binding began', () => {
    const old: JournalContent = {
      seq: 1,
      kind: 'note',
      summary: 'entry 1',
      author: 'person',
      occurredAt: 1000,
      writtenAt: 1000,
    };
    expect(contentHashOf(old)).toBe('fa34fc2c96f83c676d229911fbe6621dde40a4153618210c7e58d3afe6eae3a2');
    const mixed = chain([old, bound(2, 'bound')]);
    expect(mixed[1]?.previousHash).toBe(mixed[0]?.hash); // the first bound entry commits to the old head
    expect(verifyJournalChain(mixed, caseKey)).toMatchObject({ intact: true });
    const unbound = chain([old, bound(2, 'bound'), { ...old, seq: 3, summary: 'slipped in the old way' }]);
    expect(verifyJournalChain(unbound, caseKey)).toMatchObject({
      intact: false,
      problem: { breakKind: 'inserted', seq: 3 },
    });
  });
});
