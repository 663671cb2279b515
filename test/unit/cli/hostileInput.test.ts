// The command line on huge, broken and hostile input, run as a person would: a child process over
// generated files. It never crashes, never prints half a result, says what is wrong in one
// sentence with exit code 2, and never lets a log's control characters reach the terminal or a
// text file it writes. A million logins and sources through the command line: test/bench.
import { execFile } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { backupLogins, logText } from '../../support/largeLogs';

mkdirSync(resolve('.tmp'), { recursive: true });
const scratch = mkdtempSync(join(resolve('.tmp'), 'cli-hostile-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

type Run = { code: number; stdout: string; stderr: string };

function cli(...args: string[]): Promise<Run> {
  return new Promise((done) => {
    execFile(
      'node_modules/.bin/tsx',
      ['main/cli/index.ts', ...args],
      { timeout: 120_000, maxBuffer: 256 * 1024 * 1024 },
      (error, stdout, stderr) => {
        done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
      },
    );
  });
}

// eslint-disable-next-line no-control-regex
const rawControls = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

const hostileLog = join(scratch, 'hostile.log');
writeFileSync(
  hostileLog,
  [
    'Nov 20 10:00:00 srv01 sshd[1]: Failed password for root from 1\x1b[2J\x1b[H1 port 22 ssh2',
    'Nov 20 10:00:01 srv01 sshd[2]: Failed password for root from 1.2.3.4,=1+1 port 22 ssh2',
    'Nov 20 10:00:02 srv01 sshd[3]: Failed password for root from ::ffff:=1 port 22 ssh2',
    'Nov 20 10:00:03 srv01 sshd[4]: Failed password for root from 999.1.1.1 port 22 ssh2',
    'Nov 20 10:00:04 srv01 sshd[5]: Failed password for r\u009b31moot\x1b]52;c;aGk=\x07 from 10.0.0.5 port 22 ssh2',
    'Nov 20 10:00:05 srv01 sshd[6]: Failed password for root from 2001:db8::1 port 22 ssh2',
    'Nov 20 10:00:06 srv01 sshd[7]: Failed password for root from 2001:DB8::1 port 22 ssh2',
    'Nov 20 10:00:07 srv01 sshd[8]: Failed password for root from 2001:0db8:0000::0001 port 22 ssh2',
    'Nov 20 10:00:08 srv01 sshd[9]: Failed password for root from ::ffff:10.0.0.5 port 22 ssh2',
  ].join('\n') + '\n',
);

describe('hostile text in a log', { timeout: 120_000 }, () => {
  it('reaches the terminal escaped, and one address written three ways is one source', async () => {
    const run = await cli('analyze', '--year', '2026', hostileLog);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(rawControls);
    const document = JSON.parse(run.stdout) as {
      sources: { ip: string; failures: number; users: string[] }[];
    };
    expect(document.sources.filter((source) => source.ip.includes('db8'))).toEqual([
      expect.objectContaining({ ip: '2001:db8::1', failures: 3 }),
    ]);
    // The IPv4-mapped address is the same host as the IPv4 one.
    expect(document.sources.find((source) => source.ip === '10.0.0.5')?.failures).toBe(2);
    expect(document.sources.find((source) => source.ip === '10.0.0.5')?.users).toContain(
      'r\u009b31moot\u001b]52;c;aGk=\u0007',
    );
  });

  it('is escaped in what report prints and in the notes it writes, and a non-address is no source at all', async () => {
    const out = join(scratch, 'hostile-report');
    const run = await cli('report', hostileLog, '--out', out, '--year', '2026');
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).not.toMatch(rawControls);
    // The line whose address position holds an escape sequence is unreadable: nothing counts from it.
    expect(run.stdout).not.toContain('1\\x1b[2J');
    const notes = readdirSync(out).filter((name) => name.endsWith('.txt'));
    expect(notes.sort()).toEqual(['internal-10.0.0.0_24.txt', 'internal-2001_db8___64.txt']);
    for (const note of notes) expect(readFileSync(join(out, note), 'utf8')).not.toMatch(rawControls);
  });
});

describe('a compressed log cut short', { timeout: 120_000 }, () => {
  const whole = gzipSync(Buffer.from(logText(backupLogins(20_000))));
  const cut = join(scratch, 'auth.log.2.gz');
  writeFileSync(cut, whole.subarray(0, Math.floor(whole.length / 2)));
  const good = join(scratch, 'auth.log');
  writeFileSync(good, logText(backupLogins(50)));

  it('prints no event with --events, says so in one sentence and exits with 2', async () => {
    const run = await cli('analyze', '--events', '--year', '2026', good, cut);
    expect(run.stdout).toBe('');
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain(cut);
  });

  it('makes report say in one sentence that it cannot be read, without a stack trace', async () => {
    const run = await cli('report', cut, '--out', join(scratch, 'cut-report'), '--year', '2026');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    // The same sentence as `analyze` and the app (DECISIONS.md, "Damaged input").
    expect(run.stderr).toMatch(
      /^report: ".*auth\.log\.2\.gz" is a compressed \(\.gz\) file that is cut off .*: nothing from it was kept; copy it from the server again/,
    );
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('still prints every event of good files', async () => {
    const run = await cli('analyze', '--events', '--year', '2026', good);
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(50);
  });
});
