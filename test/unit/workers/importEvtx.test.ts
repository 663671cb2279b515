// Importing a Windows .evtx as the app does (import worker code, fake-indexeddb): the original
// bytes are the evidence, its text — one line of XML per event — is derived from them whenever it
// is read, and excerpts quote each event's EventRecordID.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NotebookDatabase } from '../../../renderer/db/schema';
import { caseAttackSources, caseEvidence, caseLogins, createCase } from '../../../renderer/db/queries';
import { readEvidenceFile, readEvidenceLines, readEvidenceText } from '../../../renderer/db/evidenceFiles';
import { evidenceLines, evidenceLinesAreDerived } from '../../../renderer/db/evidenceLines';
import { sha256OfBlob } from '../../../renderer/db/evidenceVerification';
import { importFile } from '../../../renderer/workers/importFile';
import { reanalyzeEvidence } from '../../../renderer/workers/reanalyzeEvidence';
import { formatById } from '../../../renderer/core/logs/formatRegistry';
import { collectReportEvidence } from '../../../renderer/core/report/reportEvidence';
import { markedDirty, recordOffsets, repeatedChunks } from '../../support/evtxEdits';

const fixture = (name: string) => new Uint8Array(readFileSync(resolve('test/fixtures/windows/evtx', name)));
const goldenTicket = fixture('ID4624-Success_login_with_Golden_ticket.evtx');
const failedRdp = fixture('ID4625-failed_login_with_denied_access_due_to_account_restriction.evtx');
const time = { year: 2026, timeZone: 'UTC' };

async function newCase() {
  const db = new NotebookDatabase(`import-evtx-${Math.random()}`);
  const caseId = await createCase(db, { title: 't', server: '', description: '', noticedBy: '' });
  return { db, caseId };
}

const run = (db: NotebookDatabase, caseId: number, bytes: Uint8Array, name = 'Security.evtx') =>
  importFile(
    db,
    { caseId, file: new File([bytes.slice()], name), time },
    () => undefined,
    new AbortController().signal,
  );

describe('importing a Windows .evtx', () => {
  it('keeps the .evtx itself as the evidence and shows its events one per line', async () => {
    const { db, caseId } = await newCase();
    const { summary } = await run(db, caseId, goldenTicket);
    expect(summary).toMatchObject({ format: 'windows-evtx', lines: 10, events: 10, unrecognized: 0 });
    const [evidence] = await caseEvidence(db, caseId);
    expect(evidence).toMatchObject({
      formatId: 'windows-evtx',
      formatLabel: 'Windows event log file (.evtx)',
    });
    const stored = await readEvidenceFile(db, evidence!.id);
    expect(new Uint8Array(await stored!.arrayBuffer())).toEqual(goldenTicket);
    expect(await sha256OfBlob(stored!)).toBe(evidence!.sha256);

    const text = await readEvidenceText(db, evidence!.id);
    const lines = text!.split('\n');
    expect(lines).toHaveLength(11);
    expect(
      lines.slice(0, 10).every((line) => /^<Event xmlns=.*<EventID>4624<\/EventID>.*<\/Event>$/.test(line)),
    ).toBe(true);
    expect(await readEvidenceLines(db, evidence!.id, 3, 4)).toEqual(lines.slice(2, 4));
    const shown = await evidenceLines(db, evidence!.id, 9, 40);
    expect(shown?.map((line) => line.line)).toEqual([9, 10]);
    expect(shown?.[0]?.text).toBe(lines[8]);
    expect(await evidenceLinesAreDerived(db, evidence!.id)).toBe(true);
  });

  it('finds the successful logons from the attacking address, each quoting its event', async () => {
    const { db, caseId } = await newCase();
    await run(db, caseId, goldenTicket);
    const logins = await caseLogins(db, caseId);
    expect(logins).toHaveLength(10);
    expect(new Set(logins.map((login) => login.ip))).toEqual(new Set(['10.23.23.9']));
    expect(logins.map((login) => login.user).sort()).toContain('not_existing_user');
    expect(logins.map((login) => login.line).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    for (const login of logins) expect(login.text).toMatch(/^<Event .*<EventRecordID>\d+<\/EventRecordID>/);
  });

  it("quotes each event in the report's excerpt as one readable line with its EventRecordID", async () => {
    const { db, caseId } = await newCase();
    await run(db, caseId, failedRdp, 'FS03-Security.evtx');
    const [evidence] = await caseEvidence(db, caseId);
    const found = collectReportEvidence(
      [
        {
          name: evidence!.name,
          text: (await readEvidenceText(db, evidence!.id))!,
          format: formatById(evidence!.formatId)!,
          time,
        },
      ],
      ['10.23.23.9'],
    );
    const excerpt = found.byAddress.get('10.23.23.9')!.lines;
    expect(excerpt).toHaveLength(2);
    expect(excerpt[0]).toMatch(
      /^2021-10-23T21:50:11\.666Z 4625 failed logon from 10\.23\.23\.9 \(logon type 10: .*; EventRecordID 90907\)$/,
    );
    expect((await caseAttackSources(db, caseId))[0]).toMatchObject({ ip: '10.23.23.9', failures: 2 });
  });

  it('reads it again from the stored bytes to the same analysis (a restore recomputes it so)', async () => {
    const { db, caseId } = await newCase();
    const big = repeatedChunks(goldenTicket, 20); // 1.3 MB: above the size at which plain logs are compressed
    const imported = await run(db, caseId, big);
    const [evidence] = await caseEvidence(db, caseId);
    const again = await reanalyzeEvidence((await readEvidenceFile(db, evidence!.id))!, evidence!);
    expect(again.sha256).toBe(evidence!.sha256);
    expect(again.analysis.summary).toEqual(imported.summary);
    expect(again.stored.encoding).toBe('identity');
    expect(await readEvidenceLines(db, evidence!.id, 200, 200)).toEqual([
      (await readEvidenceText(db, evidence!.id))!.split('\n')[199],
    ]);
  });

  it('keeps the note on what was skipped with the evidence', async () => {
    const { db, caseId } = await newCase();
    const kerberos = fixture('ID4771-Kerberos_brutforce_with_valid_user.evtx');
    const cut = markedDirty(kerberos).slice(0, 4096 + recordOffsets(kerberos)[30]! + 100);
    const { summary } = await run(db, caseId, cut);
    expect(summary.lines).toBe(30);
    const [evidence] = await caseEvidence(db, caseId);
    expect(evidence!.readingNotes).toEqual([
      expect.stringMatching(
        /^Windows was still writing this log .* 30 records were read and 24 skipped: 24 records cut off where the file ends/,
      ),
    ]);
  });
});
