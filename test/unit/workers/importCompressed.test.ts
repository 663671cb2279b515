import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { NotebookDatabase } from '../../../renderer/db/schema';
import { caseAttackSources, caseEvidence, createCase } from '../../../renderer/db/queries';
import { evidenceTextPieces, readEvidenceFile, readEvidenceLines } from '../../../renderer/db/evidenceFiles';
import { evidenceLines } from '../../../renderer/db/evidenceLines';
import { checkCaseEvidence, sha256OfBlob } from '../../../renderer/db/evidenceVerification';
import { importFile } from '../../../renderer/workers/importFile';

const sampleLog = new Uint8Array(readFileSync(resolve('assets/sample-auth.log')));
const utc2026 = { year: 2026, timeZone: 'UTC' };

async function newCase() {
  const db = new NotebookDatabase(`import-gz-test-${Math.random()}`);
  const caseId = await createCase(db, { title: 't', server: '', description: '', noticedBy: '' });
  return { db, caseId };
}

const run = (db: NotebookDatabase, caseId: number, file: File) =>
  importFile(db, { caseId, file, time: utc2026 }, () => undefined, new AbortController().signal);

describe('importing a rotated .gz log', () => {
  it('reads it through gunzip and finds what the plain log shows, keeping the .gz as evidence', async () => {
    const { db, caseId } = await newCase();
    const packed = gzipSync(sampleLog);
    const { summary } = await run(db, caseId, new File([packed], 'auth.log.2.gz'));
    expect(summary.lines).toBe(4000);
    const attacker = (await caseAttackSources(db, caseId)).find((source) => source.ip === '34.23.190.173');
    expect(attacker?.failures).toBe(25);
    const [evidence] = await caseEvidence(db, caseId);
    const stored = await readEvidenceFile(db, evidence!.id);
    expect(await sha256OfBlob(stored!)).toBe(evidence!.sha256);
    expect(new Uint8Array(await stored!.arrayBuffer())).toEqual(packed);
    expect(await readEvidenceLines(db, evidence!.id, 2826, 2826)).toEqual([
      new TextDecoder().decode(sampleLog).split('\n')[2825],
    ]);
  });

  it.each([
    ['in the middle', (packed: Uint8Array) => packed.slice(0, packed.length >> 1)],
    ['inside its trailer', (packed: Uint8Array) => packed.slice(0, packed.length - 3)],
  ])('refuses a .gz cut off %s with a clear message and keeps nothing', async (_where, cut) => {
    const { db, caseId } = await newCase();
    await expect(run(db, caseId, new File([cut(gzipSync(sampleLog))], 'auth.log.3.gz'))).rejects.toThrow(
      /compressed \(\.gz\) file that is (cut off|damaged).*nothing from it was kept; copy it from the server again/,
    );
    expect(await db.evidence.count()).toBe(0);
    expect(await db.attackSources.count()).toBe(0);
    expect(await db.evidenceFiles.count()).toBe(0);
  });

  it('refuses a .gz that unpacks to binary data', async () => {
    const { db, caseId } = await newCase();
    const binary = gzipSync(new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 10]));
    await expect(run(db, caseId, new File([binary], 'tool.gz'))).rejects.toThrow(
      /not a text log: \d+% of what it unpacks to is binary data/,
    );
  });
});

describe('keeping the original bytes', () => {
  it('stores a large log compressed, gives back the same bytes, and cuts an excerpt from one block', async () => {
    const { db, caseId } = await newCase();
    const copies = 4; // about 1.8 MB: above the size that is compressed
    const big = new Uint8Array(sampleLog.length * copies);
    for (let i = 0; i < copies; i++) big.set(sampleLog, i * sampleLog.length);
    await run(db, caseId, new File([big], 'auth.log'));
    const [evidence] = await caseEvidence(db, caseId);
    const record = await db.evidenceFiles.get(evidence!.id);
    expect(record?.encoding).toBe('gzip');
    expect(record!.bytes.size).toBeLessThan(big.length / 4);
    expect(record!.lineIndex!.length).toBe(2);
    const original = await readEvidenceFile(db, evidence!.id);
    expect(await sha256OfBlob(original!)).toBe(evidence!.sha256);
    const lines = new TextDecoder().decode(big).split('\n');
    expect(await readEvidenceLines(db, evidence!.id, 9998, 10003)).toEqual(lines.slice(9997, 10003));
    expect(await readEvidenceLines(db, evidence!.id, 1, 2)).toEqual(lines.slice(0, 2));
    // The line a block begins inside of is read whole, not from the block boundary on.
    const straddling = record!.lineIndex![1]!.firstLine;
    expect(await readEvidenceLines(db, evidence!.id, straddling, straddling)).toEqual([
      lines[straddling - 1],
    ]);
  });

  it('stores a small log as it is', async () => {
    const { db, caseId } = await newCase();
    await run(db, caseId, new File([sampleLog], 'auth.log'));
    const [evidence] = await caseEvidence(db, caseId);
    const record = await db.evidenceFiles.get(evidence!.id);
    expect(record?.encoding).toBe('identity');
    expect(await readEvidenceLines(db, evidence!.id, 4000, 4000)).toEqual([
      new TextDecoder().decode(sampleLog).split('\n')[3999],
    ]);
  });
});

describe('reading stored evidence in pieces', () => {
  it('gives a large log back as pieces of text, never one string, and checks its hash block by block', async () => {
    const { db, caseId } = await newCase();
    const copies = 4;
    const big = new Uint8Array(sampleLog.length * copies);
    for (let i = 0; i < copies; i++) big.set(sampleLog, i * sampleLog.length);
    await run(db, caseId, new File([gzipSync(big)], 'auth.log.1.gz'));
    const [evidence] = await caseEvidence(db, caseId);
    const pieces: string[] = [];
    for await (const piece of (await evidenceTextPieces(db, evidence!.id))!) pieces.push(piece);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.every((piece) => piece.length < big.length / 2)).toBe(true);
    expect(pieces.join('')).toBe(new TextDecoder().decode(big));
    // A line in the last block of a .gz kept as imported, which has no entry point but its start.
    const lines = new TextDecoder().decode(big).split('\n');
    expect(await readEvidenceLines(db, evidence!.id, 15_990, 15_991)).toEqual(lines.slice(15_989, 15_991));
    expect(await evidenceLines(db, evidence!.id, 15_999, 5)).toEqual([
      { line: 15_999, text: lines[15_998] },
      { line: 16_000, text: lines[15_999] },
    ]);
    const [check] = await checkCaseEvidence(db, caseId);
    expect(check!.outcome).toBe('matches');
  });
});
