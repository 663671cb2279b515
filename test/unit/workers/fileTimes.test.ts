import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { NotebookDatabase } from '../../../renderer/db/schema';
import { caseEvidence, createCase } from '../../../renderer/db/queries';
import { importFile } from '../../../renderer/workers/importFile';
import { sniffFileTimes } from '../../../renderer/workers/sniffFileTimes';

const fixture = (path: string, name = path.split('/').pop()!) =>
  new File([readFileSync(resolve('test/fixtures', path))], name);

describe('what a picked file says about its times', () => {
  it('needs a year and a zone for classic syslog, with its first stamp as written', async () => {
    expect(await sniffFileTimes(fixture('sshd/new-year-break-in.log'))).toMatchObject({
      needs: 'year-and-zone',
      firstStamp: 'Dec 31 23:58:01',
      firstMonth: 11,
    });
  });

  it('names the last classic stamp too, from the end of the file', async () => {
    const lines = Array.from(
      { length: 3000 },
      (_, at) =>
        `Dec 10 ${String(6 + Math.floor(at / 600)).padStart(2, '0')}:55:46 LabSZ sshd[24200]: Invalid user webmaster from 173.234.31.186`,
    );
    expect(await sniffFileTimes(new File([lines.join('\n') + '\n'], 'OpenSSH_2k.log'))).toMatchObject({
      firstStamp: 'Dec 10 06:55:46',
      lastStamp: 'Dec 10 10:55:46',
    });
  });

  it('reads the first lines of a .gz the same way', async () => {
    const packed = gzipSync(readFileSync(resolve('assets/sample-auth.log')));
    expect(await sniffFileTimes(new File([packed], 'auth.log.2.gz'))).toMatchObject({
      needs: 'year-and-zone',
      firstStamp: 'Nov 19 22:00:01',
    });
  });

  it('needs nothing for RFC 3339 syslog, journal and Windows exports', async () => {
    for (const path of [
      'sshd/rfc3339-session.log',
      'journal-json/sshd-attack.json',
      'windows/rdp-break-in.xml',
    ]) {
      const times = await sniffFileTimes(fixture(path));
      expect(times.needs, path).toBe('nothing');
      expect(times.problem, path).toBeUndefined();
    }
  });

  it('needs only the zone for logs that write the year but no zone', async () => {
    for (const path of [
      'fail2ban/fail2ban.log',
      'web-auth/nginx-error.log',
      'windows/rdp-break-in-eventviewer.csv',
    ]) {
      expect(await sniffFileTimes(fixture(path)), path).toMatchObject({
        needs: 'zone',
        firstStamp: undefined,
      });
    }
  });

  it('judges a file by the format chosen by hand', async () => {
    const unknown = new File(['hello\nworld\n'], 'notes.txt');
    expect(await sniffFileTimes(unknown, 'fail2ban')).toEqual({
      needs: 'zone',
      formatLabel: 'fail2ban log (fail2ban.log)',
      firstStamp: undefined,
      firstMonth: undefined,
    });
  });

  it('reports an empty, binary or unknown file as a problem instead of failing', async () => {
    expect((await sniffFileTimes(new File([], 'empty.log'))).problem).toMatch(/"empty\.log" is empty/);
    const binary = new File([new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1])], 'sshd');
    expect((await sniffFileTimes(binary)).problem).toMatch(/is not a text log/);
    expect((await sniffFileTimes(new File(['hello\nworld\n'], 'notes.txt'))).problem).toMatch(
      /does not look like a log/,
    );
  });
});

describe('the evidence record of a syslog file that writes its own zone', () => {
  it('says its times were read as written, not in the zone given', async () => {
    const db = new NotebookDatabase(`file-times-${Math.random()}`);
    const caseId = await createCase(db, { title: 't', server: '', description: '', noticedBy: '' });
    const file = fixture('sshd/rfc3339-session.log');
    const time = { year: 2026, timeZone: 'Europe/Berlin', yearFromFileDate: true };
    await importFile(db, { caseId, file, time }, () => undefined, new AbortController().signal);
    const [evidence] = await caseEvidence(db, caseId);
    expect(evidence?.yearSource).toBeUndefined();
    // Kept although its stamps carry their own zone: reading the file again needs a valid zone.
    expect(evidence?.timeZone).toBe('Europe/Berlin');
    const journal = await db.journal.where('caseId').equals(caseId).toArray();
    expect(journal.map((entry) => entry.summary)).toContainEqual(
      expect.stringMatching(/; times as written in the log\.$/),
    );
  });
});

describe('the evidence record of a log that writes the year but no zone', () => {
  it('says the year is written in the log, whatever year was suggested', async () => {
    const db = new NotebookDatabase(`file-times-${Math.random()}`);
    const caseId = await createCase(db, { title: 't', server: '', description: '', noticedBy: '' });
    const file = new File([readFileSync(resolve('test/fixtures/fail2ban/fail2ban.log'))], 'fail2ban.log', {
      lastModified: Date.parse('2030-03-01T08:00:00Z'),
    });
    const time = { year: 1999, timeZone: 'Europe/Berlin', yearFromFileDate: true };
    await importFile(db, { caseId, file, time }, () => undefined, new AbortController().signal);
    const [evidence] = await caseEvidence(db, caseId);
    expect(evidence).toMatchObject({ timeZone: 'Europe/Berlin', yearSource: 'in-log' });
    const journal = await db.journal.where('caseId').equals(caseId).toArray();
    const entry = journal.find((candidate) => candidate.kind === 'evidence');
    expect(entry?.summary).toMatch(/; times read in Europe\/Berlin \(the year is written in the log\)\.$/);
    expect(entry?.details).toMatchObject({ timeZone: 'Europe/Berlin', year: null });
  });
});

/**
 * An auth.log written with RFC 3339 stamps, then for a while with classic ones (rsyslog's format
 * changed), then, when `classicAtEnd` is false, with RFC 3339 again for well over 64 KiB.
 */
function mixedStampsLog(classicAtEnd: boolean): File {
  const zoned = (index: number) =>
    `2026-11-21T10:${String(index % 60).padStart(2, '0')}:00.000000+01:00 web01 sshd[${4000 + index}]: ` +
    `Failed password for root from 203.0.113.9 port ${50000 + index} ssh2`;
  const lines = Array.from({ length: 60 }, (_, index) => zoned(index));
  for (let index = 0; index < 5; index++) {
    lines.push(
      `Nov 21 11:0${index}:00 web01 sshd[${5000 + index}]: Failed password for admin from 198.51.100.4 port 4000${index} ssh2`,
    );
  }
  if (!classicAtEnd) for (let index = 0; index < 900; index++) lines.push(zoned(index));
  return new File([lines.join('\n') + '\n'], 'auth.log', {
    lastModified: Date.parse('2026-11-22T08:00:00Z'),
  });
}

describe('a syslog file whose first lines write their zone and later ones do not', () => {
  it('needs the question when its last lines have classic stamps, and says so', async () => {
    expect(await sniffFileTimes(mixedStampsLog(true))).toMatchObject({
      needs: 'year-and-zone',
      firstStamp: 'Nov 21 11:00:00',
      firstMonth: 10,
      classicAfterZoned: true,
    });
  });

  it('reads the last lines of a UTF-16 log as the import reads the file', async () => {
    const text = (await mixedStampsLog(true).text()).replaceAll('\n', '\r\n');
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let index = 0; index < text.length; index++) utf16[2 + index * 2] = text.charCodeAt(index);
    expect(await sniffFileTimes(new File([utf16], 'auth.log'))).toMatchObject({
      needs: 'year-and-zone',
      firstStamp: 'Nov 21 11:00:00',
      classicAfterZoned: true,
    });
  });

  it('imports with the year and zone answered, as the Import step asked', async () => {
    const db = new NotebookDatabase(`file-times-${Math.random()}`);
    const caseId = await createCase(db, { title: 't', server: '', description: '', noticedBy: '' });
    const time = { year: 2026, timeZone: 'Europe/Berlin' };
    const { summary } = await importFile(
      db,
      { caseId, file: mixedStampsLog(true), time },
      () => undefined,
      new AbortController().signal,
    );
    expect(summary.notes).toBeUndefined();
    const [evidence] = await caseEvidence(db, caseId);
    expect(evidence).toMatchObject({ timeZone: 'Europe/Berlin', year: 2026, yearSource: 'person' });
  });

  it('says how many lines were read by assumption when only lines in between are classic', async () => {
    const file = mixedStampsLog(false);
    expect(file.size).toBeGreaterThan(64 * 1024);
    expect((await sniffFileTimes(file)).needs).toBe('nothing');
    const db = new NotebookDatabase(`file-times-${Math.random()}`);
    const caseId = await createCase(db, { title: 't', server: '', description: '', noticedBy: '' });
    const time = { year: 2026, timeZone: 'Europe/Berlin' };
    const { summary } = await importFile(
      db,
      { caseId, file, time },
      () => undefined,
      new AbortController().signal,
    );
    const note =
      '5 lines of this file have a time without year or time zone (like "Nov 21 10:48:21"), although its ' +
      "first lines say their zone: they were read as 2026, in Europe/Berlin. If the server's clock was set " +
      "to another zone, those times are off by the difference: write the server's zone in the journal, and " +
      'add or subtract the difference where you quote them.';
    expect(summary.notes).toEqual([note]);
    const [evidence] = await caseEvidence(db, caseId);
    expect(evidence?.readingNotes).toEqual([note]);
    const journal = await db.journal.where('caseId').equals(caseId).toArray();
    expect(journal.find((entry) => entry.kind === 'evidence')?.summary).toContain(note);
  });
});
