import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { orderForImport } from '../../../renderer/ui/importStep/importOrder';
import { NotebookDatabase } from '../../../renderer/db/schema';
import { caseEvidence, caseLogins, createCase } from '../../../renderer/db/queries';
import { importFile } from '../../../renderer/workers/importFile';

describe('the order files are imported in', () => {
  it('puts rotated logs oldest first, then the current one', () => {
    const names = ['auth.log', 'auth.log.1', 'auth.log.10.gz', 'auth.log.2.gz', 'secure', 'secure-20261115'];
    expect(orderForImport(names.map((name) => ({ name }))).map((file) => file.name)).toEqual([
      'auth.log.10.gz',
      'auth.log.2.gz',
      'auth.log.1',
      'auth.log',
      'secure',
      'secure-20261115',
    ]);
  });
});

describe('the year of a classic syslog file when the person gives none', () => {
  it('comes from the file date, one year earlier for a December log copied in January', async () => {
    const db = new NotebookDatabase(`year-${Math.random()}`);
    const caseId = await createCase(db, { title: 't', server: '', description: '', noticedBy: '' });
    const text =
      'Dec 31 23:59:30 gw01 sshd[9]: Accepted password for anna from 198.51.100.4 port 5 ssh2\n' +
      'Jan  1 00:00:30 gw01 sshd[9]: Accepted password for anna from 198.51.100.4 port 6 ssh2\n';
    const file = new File([text], 'auth.log', { lastModified: Date.parse('2027-01-02T08:00:00Z') });
    const time = { year: 1999, timeZone: 'UTC', yearFromFileDate: true };
    // Imported the day after the copy was made (a file date after today would count as none).
    const today = () => Date.parse('2027-01-03T09:00:00Z');
    await importFile(db, { caseId, file, time }, () => undefined, new AbortController().signal, today);
    const [evidence] = await caseEvidence(db, caseId);
    expect(evidence).toMatchObject({ year: 2026, yearSource: 'file-date', timeZone: 'UTC' });
    const journal = await db.journal.where('caseId').equals(caseId).toArray();
    expect(journal.map((entry) => entry.summary)).toContainEqual(
      expect.stringMatching(
        /^Evidence added: auth\.log \(.*SHA-256 [0-9a-f]{64}\): 2 lines.*year 2026 \(from the file's date\)\.$/,
      ),
    );
    const logins = await caseLogins(db, caseId);
    expect(logins.map((login) => new Date(login.time).toISOString())).toEqual([
      '2026-12-31T23:59:30.000Z',
      '2027-01-01T00:00:30.000Z',
    ]);
  });
});
