import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NotebookDatabase } from '../../../renderer/db/schema';
import { caseAttackSources, caseEvidence, caseLogins, createCase } from '../../../renderer/db/queries';
import { importFile } from '../../../renderer/workers/importFile';

const sampleLog = readFileSync(resolve('assets/sample-auth.log'));
const utc2026 = { year: 2026, timeZone: 'UTC' };

async function newCase() {
  const db = new NotebookDatabase(`import-test-${Math.random()}`);
  const caseId = await createCase(db, { title: 't', server: '', description: '', noticedBy: '' });
  return { db, caseId };
}

const run = (db: NotebookDatabase, caseId: number, file: File, signal = new AbortController().signal) =>
  importFile(db, { caseId, file, time: utc2026 }, () => undefined, signal);

describe('importing one evidence file', () => {
  it('stores the evidence with its SHA-256 and the attack it shows', async () => {
    const { db, caseId } = await newCase();
    const { summary } = await run(db, caseId, new File([sampleLog], 'auth.log'));
    expect(summary.lines).toBe(4000);
    const [evidence] = await caseEvidence(db, caseId);
    expect(evidence?.sha256).toBe('587e4dda408f2a39e42f6f2eddf94253f4a2dfb509c430a2e18090660cc6cb3e');
    expect(evidence?.status).toBe('complete');
    const attacker = (await caseAttackSources(db, caseId)).find((source) => source.ip === '34.23.190.173');
    expect(attacker?.failures).toBe(25);
    const flagged = (await caseLogins(db, caseId)).filter((login) =>
      login.flags.includes('from-attacking-address'),
    );
    expect(flagged.map((login) => login.line)).toEqual([2826, 3021, 3520]);
  });

  it('refuses a file already in the case and keeps the first one', async () => {
    const { db, caseId } = await newCase();
    await run(db, caseId, new File([sampleLog], 'auth.log'));
    await expect(run(db, caseId, new File([sampleLog], 'copy-of-auth.log'))).rejects.toThrow(
      /already in this case \(imported as "auth\.log"/,
    );
    expect((await caseEvidence(db, caseId)).map((file) => file.name)).toEqual(['auth.log']);
    expect(await db.evidence.count()).toBe(1);
  });

  it('tells two servers\' auth.log apart: the second is "auth.log (2)", in its logins and the journal too', async () => {
    const { db, caseId } = await newCase();
    await run(db, caseId, new File([sampleLog], 'auth.log'));
    const other = readFileSync(resolve('test/fixtures/sshd/attacker-succeeds.log'));
    await run(db, caseId, new File([other], 'auth.log'));
    expect((await caseEvidence(db, caseId)).map((file) => file.name)).toEqual(['auth.log', 'auth.log (2)']);
    const files = new Set((await caseLogins(db, caseId)).map((login) => login.file));
    expect(files).toEqual(new Set(['auth.log', 'auth.log (2)']));
    const added = (await db.journal.toArray()).filter((entry) => entry.kind === 'evidence').at(-1);
    expect(added?.summary).toMatch(
      /^Evidence added: auth\.log \(2\) \(the file auth\.log; the case already has one of that name\)/,
    );
  });

  it('explains an empty file, a binary file and an unknown format, and keeps nothing', async () => {
    const { db, caseId } = await newCase();
    await expect(run(db, caseId, new File([], 'empty.log'))).rejects.toThrow(/is empty/);
    await expect(
      run(db, caseId, new File([new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1])], 'a.out')),
    ).rejects.toThrow(/not a text log/);
    await expect(run(db, caseId, new File(['hello\nworld\n'], 'notes.txt'))).rejects.toThrow(
      /does not look like a log/,
    );
    expect(await db.evidence.count()).toBe(0);
  });

  it('keeps nothing from a cancelled import', async () => {
    const { db, caseId } = await newCase();
    const controller = new AbortController();
    controller.abort();
    const big = new File([sampleLog, sampleLog, sampleLog], 'auth.log');
    await expect(run(db, caseId, big, controller.signal)).rejects.toThrow(/cancelled/);
    expect(await db.evidence.count()).toBe(0);
    expect(await db.attackSources.count()).toBe(0);
  });

  it('reads invalid UTF-8 and lines of a megabyte without failing', async () => {
    const { db, caseId } = await newCase();
    const header = 'Nov 20 10:00:00 srv01 sshd[1]: Failed password for root from 198.51.100.7 port 22 ssh2\n';
    const garbage = new Uint8Array([0xff, 0xfe, 0xc3, 0x28, 0x0a]);
    const longLine = 'Nov 20 10:00:01 srv01 sshd[1]: ' + 'x'.repeat(1024 * 1024) + '\n';
    const { summary } = await run(db, caseId, new File([header, garbage, longLine, header], 'odd.log'));
    expect(summary.lines).toBe(4);
    const [source] = await caseAttackSources(db, caseId);
    expect(source?.failures).toBe(2);
  });
});
