// The command line and the app must give the same counts for the same file: both run
// renderer/core/analysis/logAnalyzer.ts, one through main/cli/readLogFile.ts, the other through
// the import worker's importFile.ts. This pins that on fixtures of every kind of input.
import 'fake-indexeddb/auto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { gzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { analyzeLogFile } from '../../../main/cli/readLogFile';
import { NotebookDatabase } from '../../../renderer/db/schema';
import { caseAttackSources, caseLogins, createCase } from '../../../renderer/db/queries';
import { importFile } from '../../../renderer/workers/importFile';

const scratch = mkdtempSync(join(tmpdir(), 'cli-app-'));
const gzipped = join(scratch, 'auth.log.2.gz');
writeFileSync(gzipped, gzipSync(readFileSync(resolve('assets/sample-auth.log'))));
// As Windows PowerShell 5.1's `>` writes it: UTF-16LE, with and without a byte-order mark.
const windowsXml = readFileSync(resolve('test/fixtures/windows/rdp-break-in.xml'), 'utf8');
const wideXml = join(scratch, 'security-utf16.xml');
writeFileSync(wideXml, Buffer.from('\ufeff' + windowsXml, 'utf16le'));
const wideLogNoMark = join(scratch, 'auth-utf16-no-mark.log');
writeFileSync(
  wideLogNoMark,
  Buffer.from(readFileSync(resolve('test/fixtures/sshd/attacker-succeeds.log'), 'utf8'), 'utf16le'),
);

const fixtures = [
  resolve('test/fixtures/sshd/new-year-break-in.log'),
  resolve('test/fixtures/sshd/rfc3339-session.log'),
  resolve('test/fixtures/journal-json/sshd-attack.json'),
  resolve('test/fixtures/windows/rdp-break-in.xml'),
  resolve('test/fixtures/windows/rdp-break-in-getwinevent.json'),
  resolve('test/fixtures/windows/rdp-break-in-eventviewer.csv'),
  resolve('test/fixtures/windows/rdp-break-in-export-csv.csv'),
  gzipped,
  wideXml,
  wideLogNoMark,
];

const time = { year: 2026, timeZone: 'Europe/Berlin' };

describe('the command line and the app count the same', () => {
  it.each(fixtures.map((path) => [basename(path), path]))('for %s', async (_name, path) => {
    const cli = await analyzeLogFile(path, { year: time.year, timeZone: time.timeZone });

    const db = new NotebookDatabase(`agree-${Math.random()}`);
    const caseId = await createCase(db, { title: 't', server: '', description: '', noticedBy: '' });
    const file = new File([readFileSync(path)], basename(path));
    const { summary } = await importFile(
      db,
      { caseId, file, time },
      () => undefined,
      new AbortController().signal,
    );

    expect(summary).toEqual(cli.summary);
    const counts = (sources: typeof cli.sources) =>
      sources
        .map((s) => [
          s.ip,
          s.failures,
          s.invalidUsers,
          s.refused,
          s.probes,
          s.successes,
          s.firstSeen,
          s.lastSeen,
        ])
        .sort();
    expect(counts(await caseAttackSources(db, caseId))).toEqual(counts(cli.sources));
    const logins = (list: { time: number; user: string; ip?: string }[]) =>
      list.map((login) => [login.time, login.user, login.ip ?? null]).sort();
    expect(logins(await caseLogins(db, caseId))).toEqual(logins(cli.logins));
    expect(cli.sources.length + cli.logins.length).toBeGreaterThan(0);
  });
});
