// The command line and the app must give the same counts for the same file: both run
// renderer/core/analysis/logAnalyzer.ts, one through main/cli/readLogFile.ts, the other through
// the import worker's importFile.ts. This pins that on fixtures of every kind of input.
import 'fake-indexeddb/auto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { gzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { analyzeLogFile } from '../../../main/cli/readLogFile';
import { NotebookDatabase } from '../../../renderer/db/schema';
import { caseAttackSources, caseLogins, createCase } from '../../../renderer/db/queries';
import { importFile } from '../../../renderer/workers/importFile';
import { backupLogins, cutMultiMemberGzip } from '../../support/largeLogs';
import { mergeFileSources } from '../../../renderer/core/analysis/crossFileAttempts';

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

// A Windows .evtx as saved, and a copy of one cut off while Windows was writing it.
const goldenTicket = readFileSync(
  resolve('test/fixtures/windows/evtx/ID4624-Success_login_with_Golden_ticket.evtx'),
);
const cutEvtx = join(scratch, 'Security-cut.evtx');
writeFileSync(cutEvtx, goldenTicket.subarray(0, 4096 + 5000));

// A syslog file after a crash: a run of NUL bytes where the lines being written were lost.
const crashedLog = join(scratch, 'auth-after-crash.log');
const crashedLines = readFileSync(resolve('test/fixtures/sshd/attacker-succeeds.log'), 'utf8').split('\n');
crashedLines.splice(2, 0, '\0'.repeat(3000) + crashedLines[2]);
writeFileSync(crashedLog, crashedLines.join('\n'));
// A rotated .gz of three members whose last member was cut while being copied: both refuse it.
const cutGzip = join(scratch, 'auth.log.3.gz');
writeFileSync(cutGzip, cutMultiMemberGzip([...backupLogins(3000, 10)], 3, 100));

const fixtures = [
  resolve(
    'test/fixtures/windows/evtx/ID4625-failed_login_with_denied_access_due_to_account_restriction.evtx',
  ),
  resolve('test/fixtures/windows/evtx/ID4624-Success_login_with_Golden_ticket.evtx'),
  cutEvtx,
  resolve('test/fixtures/sshd/new-year-break-in.log'),
  resolve('test/fixtures/sshd/rfc3339-session.log'),
  resolve('test/fixtures/journal-json/sshd-attack.json'),
  resolve('test/fixtures/windows/rdp-break-in.xml'),
  resolve('test/fixtures/windows/rdp-break-in-getwinevent.json'),
  resolve('test/fixtures/windows/rdp-break-in-eventviewer.csv'),
  resolve('test/fixtures/windows/rdp-break-in-export-csv.csv'),
  gzipped,
  crashedLog,
  cutGzip,
  wideXml,
  wideLogNoMark,
];

const time = { year: 2026, timeZone: 'Europe/Berlin' };

// The real corpora (../shared, on our own machines and in CI only): every CrowdSec hub log, and the
// SSHGuard lines as one file (each with its synthetic header, as the conformance harness reads them).
const corpora = resolve('../shared/samples/corpora');
const hub = join(corpora, 'crowdsec-hub');
const corpusFiles = existsSync(hub)
  ? readdirSync(hub)
      .filter((test) => existsSync(join(hub, test, 'config.yaml')))
      .flatMap((test) => readdirSync(join(hub, test)).map((name) => join(hub, test, name)))
      .filter((path) => path.endsWith('.log') && readFileSync(path, 'utf8').trim() !== '')
  : [];
if (existsSync(join(corpora, 'sshguard/tests.txt'))) {
  const { readSshguardCorpus } = await import('../../conformance/sshguardCorpus');
  const lines = readSshguardCorpus(join(corpora, 'sshguard/tests.txt')).map((line) => line.text);
  const sshguardFile = join(scratch, 'sshguard-lines.log');
  writeFileSync(sshguardFile, lines.join('\n') + '\n');
  corpusFiles.push(sshguardFile);
}

describe('the command line and the app count the same', () => {
  if (corpusFiles.length === 0) it.skip('for the corpora in ../shared (not on this computer)', () => {});
  it.each([...fixtures, ...corpusFiles].map((path) => [basename(path), path]))(
    'for %s',
    async (_name, path) => {
      const cliRun = await analyzeLogFile(path, { year: time.year, timeZone: time.timeZone }).then(
        (analysis) => ({ analysis, refusal: undefined }),
        (error: Error) => ({ analysis: undefined, refusal: error.message }),
      );

      const db = new NotebookDatabase(`agree-${Math.random()}`);
      const caseId = await createCase(db, { title: 't', server: '', description: '', noticedBy: '' });
      const file = new File([readFileSync(path)], basename(path));
      const appRun = await importFile(
        db,
        { caseId, file, time },
        () => undefined,
        new AbortController().signal,
      ).then(
        (result) => ({ summary: result.summary, refusal: undefined }),
        (error: Error) => ({ summary: undefined, refusal: error.message }),
      );
      // Both read the file or both refuse it (the messages differ only in the name each host uses).
      expect(appRun.refusal === undefined).toBe(cliRun.refusal === undefined);
      const refusal = cliRun.refusal;
      const cli = cliRun.analysis!;
      const summary = appRun.summary;

      if (refusal !== undefined) return; // refused by both, with the same sentence (checked above)
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
      if (fixtures.includes(path)) expect(cli.sources.length + cli.logins.length).toBeGreaterThan(0);
      if (path === crashedLog)
        expect(summary!.notes).toEqual([expect.stringMatching(/^It holds 3,000 NUL bytes/)]);
    },
  );
});

describe('a log with a run of NUL bytes in its first 64 KiB', () => {
  it("is read by the Import step's first look too, not refused as binary", async () => {
    const { sniffFileTimes } = await import('../../../renderer/workers/sniffFileTimes');
    const times = await sniffFileTimes(new File([readFileSync(crashedLog)], 'auth.log'));
    expect(times.problem).toBeUndefined();
  });
});

describe('one attempt written into two files of the case', () => {
  it('counts once in the app, as on the command line (vsftpd.log and auth.log)', async () => {
    const paths = [resolve('test/fixtures/vsftpd/vsftpd.log'), resolve('test/fixtures/vsftpd/auth.log')];
    const options = { year: 2020, timeZone: 'Europe/Paris' };
    const cliAnalyses = await Promise.all(paths.map((path) => analyzeLogFile(path, options)));
    const cliSources = mergeFileSources(cliAnalyses);
    const db = new NotebookDatabase(`paired-${Math.random()}`);
    const caseId = await createCase(db, { title: 't', server: '', description: '', noticedBy: '' });
    for (const path of paths) {
      const file = new File([readFileSync(path)], basename(path));
      await importFile(db, { caseId, file, time: options }, () => undefined, new AbortController().signal);
    }
    const appSources = await caseAttackSources(db, caseId);
    const failures = (sources: { ip: string; failures: number }[]) =>
      sources.map((source) => [source.ip, source.failures]).sort();
    expect(failures(appSources)).toEqual(failures(cliSources));
    expect(appSources.find((source) => source.ip === '93.24.101.89')?.failures).toBe(2);
  });
});
