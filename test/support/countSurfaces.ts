// The logs the "one number everywhere" tests run, and the two readings they compare: the command
// line's JSON (`analyze`, in this process) and the app's import into a database of its own.
import { existsSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { File as NodeFile } from 'node:buffer';
import { Writable } from 'node:stream';
import { analyzeCommand } from '../../main/cli/analyzeCommand';
import { NotebookDatabase } from '../../renderer/db/schema';
import { openNewCase } from '../../renderer/db/caseLifecycle';
import { importFile } from '../../renderer/workers/importFile';

/** Where the third-party samples are; the tests that need them skip, saying so, when it is missing. */
export const sharedSamples = resolve('../shared/samples');
export const haveSharedSamples = existsSync(sharedSamples);
export const missingSharedSamples = `skipped: ${sharedSamples} is missing (the team's read-only samples)`;

/**
 * A representative set, one of each kind of reading (the whole set takes minutes on fake-indexeddb;
 * the command line's side of every file is checked in test/unit/cli/oneNumberEverywhere.test.ts):
 * the built-in sample, a brute force with keys and "message repeated", a syslog with pam_unix
 * failures only, Windows XML, .evtx, and files nothing about logins was understood of.
 */
export const countedLogs: { path: string; shared: boolean }[] = [
  { path: 'assets/sample-auth.log', shared: false },
  { path: 'test/fixtures/sshd/attacker-succeeds.log', shared: false },
  { path: 'test/fixtures/sshd/usedns-break-in.log', shared: false },
  { path: 'test/fixtures/windows/rdp-break-in.xml', shared: false },
  { path: 'test/fixtures/dovecot/dovecot-versions.log', shared: false },
  { path: `${sharedSamples}/sshd/OpenSSH_2k.log`, shared: true },
  { path: `${sharedSamples}/syslog/Linux_2k.log`, shared: true },
  { path: `${sharedSamples}/windows/cc0/ID4771-Kerberos_brutforce_with_valid_user.evtx`, shared: true },
  {
    path: `${sharedSamples}/windows/cc0/ID4-OpenSSH_brutforce_with_non_existing_users_sshd_logs.evtx`,
    shared: true,
  },
  { path: `${sharedSamples}/windows/cc0/ID1149-RDP_success_logins_to_multiple_hosts.evtx`, shared: true },
  { path: `${sharedSamples}/corpora/crowdsec-hub/exim-spam/exim-spam.log`, shared: true },
];

/** Every year is read as 2025: OpenSSH_2k.log's 10 Dec lies in the future of this year's 3 Dec. */
export const countedYear = 2025;

export type CliSource = {
  ip: string;
  scope: string;
  attempts: number;
  passwordsTried: number;
  unknownUserGuesses: number;
  keysOrEmptyLogins: number;
  refusals: number;
  connectionsOnly: number;
  logins: number;
};

export type CliDocument = {
  files: {
    path: string;
    lines: number;
    units?: number;
    aboutLogins?: number;
    notAboutLogins?: number;
    unreadable?: number;
  }[];
  counts: {
    attempts: number;
    passwordsTried: number;
    unknownUserGuesses: number;
    sourcesThatTried: number;
    sourcesThatOnlyConnected: number;
  };
  sources: CliSource[];
  verdict: { status: string; reason: string };
};

/** `analyze FILE` as the command line prints it, read back. */
export async function cliAnalysis(path: string): Promise<CliDocument> {
  let printed = '';
  const out = new Writable({
    write(chunk: Buffer, _encoding, done) {
      printed += chunk.toString();
      done();
    },
  });
  await analyzeCommand({ files: [path], events: false, year: countedYear, timeZone: 'UTC' }, out);
  return JSON.parse(printed) as CliDocument;
}

/** The addresses that made a login attempt, by address: what every surface lists. */
export function attackersOf(document: CliDocument): Map<string, CliSource> {
  return new Map(
    document.sources.filter((source) => source.attempts > 0).map((source) => [source.ip, source]),
  );
}

/** The file imported as a person would, into a case of its own. */
export async function appCase(path: string): Promise<{ db: NotebookDatabase; caseId: number; name: string }> {
  const db = new NotebookDatabase(`one-number-${Math.random()}`);
  const caseId = await openNewCase(
    db,
    { title: 'Failed logins', server: 'srv01', description: '', noticedBy: 'Dana' },
    'Dana',
  );
  const name = basename(path);
  const file = new NodeFile([readFileSync(path)], name) as unknown as File;
  await importFile(
    db,
    { caseId, file, time: { year: countedYear, timeZone: 'UTC' } },
    () => undefined,
    new AbortController().signal,
  );
  return { db, caseId, name };
}

/** "1,284" → 1284. */
export const numberIn = (text: string): number => Number(text.replaceAll(',', ''));
