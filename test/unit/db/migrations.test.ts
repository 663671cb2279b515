import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { NotebookDatabase } from '../../../renderer/db/schema';
import { appendJournalEntry, caseJournal, verifyCaseJournal } from '../../../renderer/db/journal';
import { chainUnhashedJournalEntries } from '../../../renderer/db/journalMigration';

/** The schema exactly as release v3 declared it, to write a database the way that release did. */
function openAsVersion3(name: string): Dexie {
  const old = new Dexie(name);
  old.version(1).stores({
    cases: '++id, updatedAt',
    evidence: '++id, caseId, [caseId+sha256], status',
    attackSources: '++id, caseId, evidenceId, [caseId+ip]',
    logins: '++id, caseId, evidenceId, time',
    notableEvents: '++id, caseId, evidenceId, time',
  });
  old.version(2).stores({ journal: '++id, caseId, &[caseId+seq]' });
  old.version(3).stores({ settings: '&name', evidenceFiles: '&evidenceId, caseId' });
  return old;
}

const v3Entry = (caseId: number, seq: number, summary: string, extra: object = {}) => ({
  caseId,
  seq,
  kind: 'note',
  summary,
  author: 'person',
  occurredAt: seq * 1000,
  writtenAt: seq * 1000,
  ...extra,
});

describe('opening a database written by the previous version (v3)', () => {
  it('keeps every case and journal entry and chains the old entries (migration chainUnhashedJournalEntries)', async () => {
    const name = `migration-test-${Math.random()}`;
    const old = openAsVersion3(name);
    await old.table('cases').add({
      title: 'Old case',
      server: 'srv01',
      description: '',
      noticedBy: '',
      status: 'open',
      createdAt: 1,
      updatedAt: 1,
    });
    const firstId = await old.table('journal').add(v3Entry(1, 1, 'written by v3'));
    await old.table('journal').add(v3Entry(1, 2, 'a correction', { kind: 'correction', corrects: firstId }));
    await old.table('journal').add(v3Entry(2, 1, 'another case'));
    await old.table('settings').put({ name: 'name', value: 'Dana' });
    old.close();

    const db = new NotebookDatabase(name);
    await expect(db.cases.toArray()).resolves.toMatchObject([{ title: 'Old case', server: 'srv01' }]);
    await expect(db.settings.get('name')).resolves.toEqual({ name: 'name', value: 'Dana' });
    const journal = await caseJournal(db, 1);
    expect(journal.map((entry) => entry.summary)).toEqual(['written by v3', 'a correction']);
    expect(journal[1]).toMatchObject({ correctsSeq: 1, previousHash: journal[0]?.hash });
    await expect(verifyCaseJournal(db, 1)).resolves.toMatchObject({ intact: true, entries: 2 });
    await expect(verifyCaseJournal(db, 2)).resolves.toMatchObject({ intact: true, entries: 1 });

    // The new version's tables and chain work on the migrated data.
    await appendJournalEntry(db, 1, { kind: 'note', summary: 'written by v4' });
    await expect(verifyCaseJournal(db, 1)).resolves.toMatchObject({ intact: true, entries: 3 });
    db.close();
  });
});

/** The schema as v8 declared it (v5 was never released). */
function openAsVersion8(name: string): Dexie {
  const old = openAsVersion3(name);
  old.version(4).stores({ journal: '++id, caseId, &[caseId+seq]' });
  old.version(6).stores({ addressLookups: '++id, caseId, [caseId+ip]' });
  old
    .version(7)
    .stores({ attemptTimelines: '&evidenceId, caseId', caseDecisions: '++id, caseId, &[caseId+topic]' });
  old.version(8).stores({
    reportEdits: '++id, caseId, &[caseId+key]',
    correspondence: '++id, caseId, [caseId+abuseEmail]',
  });
  return old;
}

describe('opening a database written by v8 (migration markYearsWrittenInLogs)', () => {
  it('says "year as written in the log" for logs that write their year, and leaves the others', async () => {
    const name = `migration-test-${Math.random()}`;
    const old = openAsVersion8(name);
    const evidence = (name: string, formatId: string, yearSource?: string) => ({
      caseId: 1,
      name,
      formatId,
      timeZone: 'Europe/Berlin',
      year: 2026,
      status: 'complete',
      ...(yearSource === undefined ? {} : { yearSource }),
    });
    await old
      .table('evidence')
      .bulkAdd([
        evidence('fail2ban.log', 'fail2ban', 'file-date'),
        evidence('security.csv', 'windows-csv', 'person'),
        evidence('auth.log', 'openssh', 'file-date'),
        evidence('security.xml', 'windows-xml'),
      ]);
    old.close();

    const db = new NotebookDatabase(name);
    const years = (await db.evidence.toArray()).map((record) => [record.name, record.yearSource]);
    expect(years).toEqual([
      ['fail2ban.log', 'in-log'],
      ['security.csv', 'in-log'],
      ['auth.log', 'file-date'],
      ['security.xml', undefined],
    ]);
    db.close();
  });
});

describe('chainUnhashedJournalEntries', () => {
  it('chains each case in seq order, whatever order the rows are stored in', async () => {
    const name = `migration-unit-${Math.random()}`;
    const old = openAsVersion3(name);
    await old.table('journal').bulkAdd([v3Entry(1, 2, 'second'), v3Entry(1, 1, 'first')]);
    await expect(chainUnhashedJournalEntries(old.table('journal'))).resolves.toBe(2);
    const rows = await old.table('journal').toArray();
    const first = rows.find((row) => row.seq === 1);
    const second = rows.find((row) => row.seq === 2);
    expect(second.previousHash).toBe(first.hash);
    old.close();
  });
});

describe('two copies of the app open at once', () => {
  it('closes the older copy and tells it to reload when a newer version opens the database', async () => {
    const name = `versionchange-test-${Math.random()}`;
    const { openNotebookDatabase } = await import('../../../renderer/db/schema');
    let outdated = 0;
    const page = openNotebookDatabase(() => outdated++, name);
    await page.open();
    const newer = new Dexie(name);
    newer.version(50).stores({ cases: '++id, updatedAt' });
    await newer.open(); // would hang (blocked) if the older copy kept the database open
    expect(outdated).toBe(1);
    expect(page.isOpen()).toBe(false);
    newer.close();
  });
});

describe('opening a database written by v9 (migration giveEachCaseAnIdentity)', () => {
  it('gives every case an identity and keeps every journal hash as it was (written before case binding)', async () => {
    const name = `migration-test-${Math.random()}`;
    const old = openAsVersion8(name);
    old.version(9).stores({});
    await old.table('cases').add({
      title: 'Old',
      server: '',
      description: '',
      noticedBy: '',
      status: 'open',
      createdAt: 1,
      updatedAt: 1,
    });
    old.close();
    // Written as v9 wrote entries (hash scheme 1), through the v9 database.
    const v9 = openAsVersion8(name);
    v9.version(9).stores({});
    const { chainLinks } = await import('../../../renderer/core/journal/journalChain');
    const content = {
      seq: 1,
      kind: 'note' as const,
      summary: 'written by v9',
      author: 'person' as const,
      occurredAt: 5,
      writtenAt: 5,
    };
    await v9.table('journal').add({ ...content, ...chainLinks(content, undefined), caseId: 1 });
    const hashBefore = (await v9.table('journal').toArray())[0].hash;
    v9.close();

    const db = new NotebookDatabase(name);
    expect((await db.cases.get(1))?.caseKey).toMatch(/^[0-9a-f]{32}$/);
    const [entry] = await caseJournal(db, 1);
    expect(entry).toMatchObject({ hash: hashBefore });
    expect(entry?.scheme).toBeUndefined();
    // The first entry after binding commits to the old head and names the case.
    await appendJournalEntry(db, 1, { kind: 'note', summary: 'written by v10' });
    const [, bound] = await caseJournal(db, 1);
    expect(bound).toMatchObject({
      previousHash: hashBefore,
      scheme: 2,
      caseKey: (await db.cases.get(1))?.caseKey,
    });
    await expect(verifyCaseJournal(db, 1)).resolves.toMatchObject({ intact: true, entries: 2 });
    db.close();
  });
});
