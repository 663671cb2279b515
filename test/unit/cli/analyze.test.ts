// Runs the command line as a person or a script would: a child process, real files, exit codes.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const tsx = 'node_modules/.bin/tsx';
const newYear = 'test/fixtures/sshd/new-year-break-in.log';
const rfc3339 = 'test/fixtures/sshd/rfc3339-session.log';
const scratch = mkdtempSync(join(tmpdir(), 'incident-notebook-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

type Run = { code: number; stdout: string; stderr: string };

function analyze(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(tsx, ['main/cli/index.ts', 'analyze', ...args], (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

type Document = {
  files: { path: string; format: string; lines: number; events: number; unrecognized: number }[];
  sources: {
    ip: string;
    scope: string;
    failures: number;
    invalidUsers: number;
    users: string[];
    firstSeen: string;
  }[];
  logins: { time: string; user: string; ip: string; method: string; service: string; flags: string[] }[];
};

describe('analyze FILE...', { timeout: 30_000 }, () => {
  it('prints files, sources and flagged logins as one JSON document', async () => {
    // 2025: a log of Dec 31 → Jan 1 read as 2026 would reach into 2027, after today (refused).
    const run = await analyze('--year', '2025', newYear);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const document = JSON.parse(run.stdout) as Document;
    expect(document.files).toEqual([
      // The two pam_unix failure lines are about logins but add no event (their Failed lines count).
      {
        path: newYear,
        format: 'openssh',
        lines: 16,
        events: 12,
        unrecognized: 2,
        // The accounting adds up: 14 about logins + 2 not about logins = 16 lines.
        unit: 'line',
        units: 16,
        aboutLogins: 14,
        notAboutLogins: 2,
        unreadable: 0,
      },
    ]);
    expect(document.sources[0]).toEqual({
      ip: '203.0.113.50',
      scope: 'documentation',
      // The count model's numbers (attackCounts.ts): the "Invalid user oracle" guess was answered
      // by a password tried for it, so it is one attempt, not two.
      attempts: 5,
      passwordsTried: 5,
      keysOrEmptyLogins: 0,
      unknownUserGuesses: 0,
      refusals: 0,
      connectionsOnly: 0,
      logins: 1,
      failures: 5, // 1 + 1 + "message repeated 3 times"; the pam_unix lines add nothing
      invalidUsers: 1,
      users: ['root', 'oracle'],
      firstSeen: '2025-12-31T23:58:10.000Z',
      lastSeen: '2026-01-01T00:02:00.000Z',
    });
    expect(document.sources.find((source) => source.ip === '2001:db8:bad::7')?.users).toEqual([
      'admin from 192.0.2.1',
    ]);
    expect(document.sources.find((source) => source.ip === '10.0.0.23')?.scope).toBe('private');
    expect(document.logins).toEqual([
      {
        time: '2026-01-01T00:02:00.000Z',
        user: 'root',
        ip: '203.0.113.50',
        method: 'password',
        service: 'sshd',
        flags: ['from-attacking-address'],
      },
      {
        time: '2026-01-01T07:45:12.000Z',
        user: 'anna',
        ip: '10.0.0.23',
        method: 'publickey',
        service: 'sshd',
        flags: [],
      },
    ]);
  });

  it('reads classic stamps in the zone given with --tz', async () => {
    const document = JSON.parse(
      (await analyze('--year', '2025', '--tz', 'Europe/Berlin', newYear)).stdout,
    ) as Document;
    expect(document.logins[0]?.time).toBe('2025-12-31T23:02:00.000Z');
  });

  it('notes classic stamps read with --tz in a file whose first lines write their zone', async () => {
    // The first 50 lines, by which a file is judged, all write their zone; one line later does not.
    const zoned = (second: number) =>
      `2026-11-21T10:48:${String(second).padStart(2, '0')}+01:00 web01 sshd[33${second}]: ` +
      `Failed password for root from 203.0.113.77 port 600${second} ssh2`;
    const lines = Array.from({ length: 55 }, (_, second) => zoned(second));
    lines.push(
      'Nov 21 10:49:00 web01 sshd[3302]: Failed password for root from 203.0.113.77 port 60002 ssh2',
    );
    const mixed = join(scratch, 'mixed-stamps.log');
    writeFileSync(mixed, lines.join('\n'));
    const document = JSON.parse((await analyze('--year', '2026', '--tz', 'Europe/Berlin', mixed)).stdout) as {
      files: { notes?: string[] }[];
    };
    expect(document.files[0]?.notes).toEqual([
      'One line of this file has a time without year or time zone (like "Nov 21 10:48:21"), although its ' +
        "first lines say their zone: it was read as 2026, in Europe/Berlin. If the server's clock was set to " +
        "another zone, those times are off by the difference: run again with --tz set to the server's zone " +
        '(and --year, if needed).',
    ]);
    expect(JSON.parse((await analyze(rfc3339)).stdout).files[0].notes).toBeUndefined();
  });

  it('merges sources across files and flags logins against the merged list', async () => {
    const document = JSON.parse((await analyze('--year', '2025', newYear, rfc3339)).stdout) as Document;
    expect(document.files.map((file) => file.path)).toEqual([newYear, rfc3339]);
    const merged = document.sources.find((source) => source.ip === '203.0.113.50');
    expect(merged).toMatchObject({ failures: 6, firstSeen: '2025-12-31T23:58:10.000Z' });
    expect(document.logins.map((login) => login.user)).toEqual(['root', 'anna', 'deploy']); // in time order
  });

  it('prints one JSON object per recognized event with --events', async () => {
    const run = await analyze('--events', '--year', '2026', rfc3339);
    const events = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(events).toHaveLength(4);
    expect(events[0]).toEqual({
      file: rfc3339,
      line: 1,
      time: '2026-11-21T09:48:21.123Z',
      service: 'sshd',
      kind: 'invalid-user',
      ip: '203.0.113.77',
      user: 'pi',
      count: 1,
    });
    expect(events.map((event) => event.kind)).toEqual([
      'invalid-user',
      'auth-failure',
      'success',
      'auth-failure',
    ]);
  });

  it('reads invalid UTF-8 as replacement characters instead of failing', async () => {
    const broken = join(scratch, 'broken-utf8.log');
    const line = 'Nov 21 10:48:21 srv01 sshd[1]: Failed password for invalid user ';
    writeFileSync(
      broken,
      Buffer.concat([
        Buffer.from(line),
        Buffer.from([0xff, 0xfe, 0xc3]),
        Buffer.from(' from 203.0.113.5 port 1 ssh2\n'),
      ]),
    );
    const run = await analyze('--year', '2026', broken);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as Document).sources[0]?.users).toEqual(['\ufffd\ufffd\ufffd']);
  });

  it('exits with 2 and one clear line for a missing file, printing nothing else', async () => {
    const run = await analyze(newYear, 'no/such/auth.log');
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: 'analyze: cannot read "no/such/auth.log": no such file\n',
    });
  });

  it('exits with 2 for a file in a format it does not read, and for an empty file', async () => {
    const letter = join(scratch, 'letter.txt');
    writeFileSync(letter, 'Dear Sir or Madam,\nplease find the log attached.\n');
    const unknown = await analyze(letter);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/is not in a log format this tool reads/);
    const empty = join(scratch, 'empty.log');
    writeFileSync(empty, '');
    expect(await analyze(empty)).toMatchObject({ code: 2, stderr: `analyze: "${empty}" is empty\n` });
  });

  it('reads a Windows .evtx as saved, and says how many records of a cut-off copy it skipped', async () => {
    const evtx =
      'test/fixtures/windows/evtx/ID4625-failed_login_with_denied_access_due_to_account_restriction.evtx';
    const run = await analyze(evtx);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const document = JSON.parse(run.stdout) as Document;
    expect(document.files).toEqual([
      {
        path: evtx,
        format: 'windows-evtx',
        lines: 2,
        events: 2,
        unrecognized: 0,
        unit: 'record',
        units: 2,
        aboutLogins: 2,
        notAboutLogins: 0,
        unreadable: 0,
      },
    ]);
    expect(document.sources).toMatchObject([{ ip: '10.23.23.9', scope: 'private', failures: 2 }]);
    const cut = join(scratch, 'Security-cut.evtx');
    const kerberos = readFileSync(
      'test/fixtures/windows/evtx/ID4771-Kerberos_brutforce_with_valid_user.evtx',
    );
    writeFileSync(cut, kerberos.subarray(0, 20_000));
    const damaged = JSON.parse((await analyze(cut)).stdout) as {
      files: { lines: number; notes?: string[] }[];
    };
    expect(damaged.files[0]!.notes).toEqual([
      expect.stringMatching(/records were read and \d+ skipped: \d+ records cut off where the file ends/),
    ]);
  });

  it('exits with 2 and a clear line for a file named .evtx that is not one', async () => {
    const fake = join(scratch, 'Security.evtx');
    writeFileSync(fake, Buffer.alloc(5000, 0x01));
    const run = await analyze(fake);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/is named like a Windows event log \(\.evtx\) but is not one/);
  });

  it.each([
    [[], /no log file given/],
    [['--year', 'last', newYear], /--year must be a year/],
    [['--tz', 'Mars/Olympus', newYear], /--tz must be a time zone/],
    [['--verbose', newYear], /Unknown option '--verbose'/],
  ])('exits with 2 and says what is wrong for usage errors (%j)', async (args, message) => {
    const run = await analyze(...args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('analyze with the two logs one FTP server writes', { timeout: 30_000 }, () => {
  it('counts an attempt in vsftpd.log and auth.log once for the case', async () => {
    const run = await analyze(
      '--year',
      '2020',
      '--tz',
      'Europe/Paris',
      'test/fixtures/vsftpd/vsftpd.log',
      'test/fixtures/vsftpd/auth.log',
    );
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const document = JSON.parse(run.stdout) as Document;
    expect(document.files.map((entry) => [entry.format, entry.events])).toEqual([
      ['vsftpd', 3],
      ['openssh', 3],
    ]);
    expect(document.sources.find((source) => source.ip === '93.24.101.89')?.failures).toBe(2);
  });
});
