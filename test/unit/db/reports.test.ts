// The Report and Follow-up steps' database side, on fake-indexeddb: the case gathered from a real
// import, the person's edits kept per case, and every send, reply and tick journaled.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { File as NodeFile } from 'node:buffer';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NotebookDatabase } from '../../../renderer/db/schema';
import { openNewCase } from '../../../renderer/db/caseLifecycle';
import { caseJournal } from '../../../renderer/db/journal';
import { importFile } from '../../../renderer/workers/importFile';
import {
  gatherCaseReport,
  readReportEdits,
  saveSummaryEdit,
  tickRemediation,
} from '../../../renderer/db/reports';
import {
  caseCorrespondence,
  markDraftSent,
  overdueFollowUps,
  recordReply,
  sentHash,
} from '../../../renderer/db/correspondence';
import { recordManualAbuseContact } from '../../../renderer/db/lookups';
import { summaryReport } from '../../../renderer/core/report/summaryReport';

async function sampleCase() {
  const db = new NotebookDatabase(`reports-test-${Math.random()}`);
  const caseId = await openNewCase(
    db,
    { title: 'Failed logins', server: 'srv01', description: '', noticedBy: 'Dana' },
    'Dana',
  );
  const bytes = readFileSync(resolve('assets/sample-auth.log'));
  const file = new NodeFile([bytes], 'sample-auth.log') as unknown as File;
  await importFile(
    db,
    { caseId, file, time: { year: 2026, timeZone: 'UTC' } },
    () => undefined,
    new AbortController().signal,
  );
  return { db, caseId };
}

describe('gathering a case for its reports', () => {
  it('reads the evidence again for excerpts, host names and the chart, and groups by abuse contact', async () => {
    const { db, caseId } = await sampleCase();
    await recordManualAbuseContact(db, caseId, '34.23.190.173', 'abuse@provider.example');
    const report = await gatherCaseReport(db, caseId, Date.UTC(2026, 10, 21));
    expect(report).toBeDefined();
    if (!report) return;
    expect(report.evidence.hostNames).toEqual(['srv01']);
    expect(report.evidence.byAddress.get('34.23.190.173')?.lines.length).toBeGreaterThan(50);
    // As many attempts as the summary says (one guessed name is one attempt): 831 passwords + 60 names.
    expect(report.extras.timeline.counts.reduce((sum, count) => sum + count, 0)).toBe(891);
    expect(report.audience.recipients.map((recipient) => recipient.abuseEmail)).toEqual([
      'abuse@provider.example',
    ]);
    expect(report.extras.chainHead).toMatch(/^[0-9a-f]{64}$/);
    expect(report.extras.evidence[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(report.facts.verdict.access).toBe('suspected');
  });

  it('reads an RFC 3339 log again with the zone its record keeps, though its stamps carry their own', async () => {
    const db = new NotebookDatabase(`reports-test-${Math.random()}`);
    const caseId = await openNewCase(
      db,
      { title: 'Failed logins', server: 'web01', description: '', noticedBy: 'Dana' },
      'Dana',
    );
    const bytes = readFileSync(resolve('test/fixtures/sshd/rfc3339-session.log'));
    const file = new NodeFile([bytes], 'auth.log') as unknown as File;
    const time = { year: 2026, timeZone: 'Europe/Berlin', yearFromFileDate: true };
    await importFile(db, { caseId, file, time }, () => undefined, new AbortController().signal);
    expect(await db.evidence.toArray()).toMatchObject([{ timeZone: 'Europe/Berlin', yearSource: undefined }]);
    const report = await gatherCaseReport(db, caseId);
    expect(report?.evidence.byAddress.get('203.0.113.77')?.lines[0]).toMatch(
      /^2026-11-21T10:48:21\.123456\+01:00 /,
    );
  });

  it("tells the e-mail the server clock's zone from the log that needed one, not from a Windows export listed first", async () => {
    const db = new NotebookDatabase(`reports-test-${Math.random()}`);
    const caseId = await openNewCase(
      db,
      { title: 'Failed logins', server: 'srv01', description: '', noticedBy: 'Dana' },
      'Dana',
    );
    const add = async (path: string, name: string, timeZone: string) =>
      importFile(
        db,
        {
          caseId,
          file: new NodeFile([readFileSync(resolve(path))], name) as unknown as File,
          time: { year: 2026, timeZone },
        },
        () => undefined,
        new AbortController().signal,
      );
    await add('test/fixtures/windows/rdp-break-in.xml', 'security.xml', 'UTC');
    await add('assets/sample-auth.log', 'auth.log', 'Europe/Berlin');
    const report = await gatherCaseReport(db, caseId);
    expect(report?.logTimeZone).toBe('Europe/Berlin');
  });

  it('keeps an edited paragraph per case and goes back to the generated text on request', async () => {
    const { db, caseId } = await sampleCase();
    await saveSummaryEdit(db, caseId, 'recommendation', 'Keys only, this week.');
    const report = await gatherCaseReport(db, caseId);
    const edits = await readReportEdits(db, caseId);
    const recommendation = summaryReport(report!.facts, edits.summary, report!.extras).sections.find(
      (s) => s.id === 'recommendation',
    );
    expect(recommendation).toMatchObject({ text: 'Keys only, this week.', edited: true });
    await saveSummaryEdit(db, caseId, 'recommendation', null);
    expect((await readReportEdits(db, caseId)).summary.recommendation).toBeUndefined();
  });
});

describe('correspondence and the checklist', () => {
  it('journals a sent email with the hash of exactly what was sent, and a reply', async () => {
    const { db, caseId } = await sampleCase();
    const draft = {
      to: 'abuse@provider.example',
      from: '',
      subject: 'Failed logins',
      text: 'Hello',
      attachments: [],
    };
    const id = await markDraftSent(db, caseId, draft, ['34.23.190.173'], Date.UTC(2026, 10, 1));
    await recordReply(db, id, 'Thanks, we are looking into it.\nRegards');
    const [row] = await caseCorrespondence(db, caseId);
    expect(row?.sentSha256).toBe(sentHash(draft));
    expect(row?.replies).toHaveLength(1);
    const journal = await caseJournal(db, caseId);
    expect(journal.at(-2)?.summary).toContain(`marked as sent (SHA-256 ${sentHash(draft).slice(0, 12)}`);
    expect(journal.at(-1)?.summary).toBe(
      'Reply received from abuse@provider.example (Thanks, we are looking into it.).',
    );
    expect((await overdueFollowUps(db, Date.UTC(2026, 10, 21))).get(caseId)).toBe(1);
  });

  it('journals a ticked remediation step', async () => {
    const { db, caseId } = await sampleCase();
    await tickRemediation(db, caseId, { id: 'sshd-no-root', title: 'No direct root login' }, true);
    expect((await readReportEdits(db, caseId)).remediationDone.has('sshd-no-root')).toBe(true);
    expect((await caseJournal(db, caseId)).at(-1)).toMatchObject({
      kind: 'checklist',
      summary: 'Done: No direct root login.',
    });
  });
});
