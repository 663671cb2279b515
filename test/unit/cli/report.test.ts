// `report` run as a person would: a child process over the sample log, then the documents it wrote
// read back with a real mail parser and pdftotext.
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const scratch = mkdtempSync(join(resolve('.tmp'), 'cli-report-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

type Run = { code: number; stdout: string; stderr: string };

function report(...args: string[]): Promise<Run> {
  return new Promise((done) => {
    execFile(
      'node_modules/.bin/tsx',
      ['main/cli/index.ts', 'report', ...args],
      { timeout: 120_000 },
      (error, stdout, stderr) => {
        done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
      },
    );
  });
}

let run: Run;
const out = join(scratch, 'out');

beforeAll(async () => {
  run = await report(
    'assets/sample-auth.log',
    '--out',
    out,
    '--year',
    '2026',
    '--tz',
    'UTC',
    '--org',
    'Example Office',
    '--from',
    'it@example-office.test',
    '--known',
    '38.158.13.0/24,12.92.127.208',
    '--mask-users',
    'admin,alice,bob,deploy',
    '--whois-dir',
    'test/fixtures/report-whois',
  );
}, 120_000);

describe('report on the command line', () => {
  it('writes summary.pdf and one .eml per abuse mailbox, and lists addresses without an owner', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      'abuse-abuse@vnpt.example.eml',
      'abuse-network-abuse@google.example.eml',
      'summary.pdf',
    ]);
    expect(run.stdout).toContain('abuse-network-abuse@google.example.eml: 108.173.74.38, 34.23.190.173');
    expect(run.stdout).toContain('owner not looked up: 54.246.117.204');
  });

  it('writes drafts a mail parser reads: headers, polite body in UTC, the excerpt attached', async () => {
    const mail = await simpleParser(readFileSync(join(out, 'abuse-network-abuse@google.example.eml')));
    expect(mail.headers.get('x-unsent')).toBe('1');
    expect(mail.to && 'text' in mail.to ? mail.to.text : '').toBe('network-abuse@google.example');
    expect(mail.from?.text).toContain('it@example-office.test');
    expect(mail.subject).toMatch(/^Failed login attempts from 2 addresses in your network/);
    expect(mail.text).toContain('What we saw (all times in UTC, +00:00):');
    expect(mail.attachments[0]?.contentType).toBe('text/plain');
    const everything = `${mail.text}\n${mail.attachments.map((file) => file.content.toString('utf8')).join('\n')}`;
    expect(everything).toContain('34.23.190.173');
    for (const secret of ['38.158.13.55', '12.92.127.208', 'srv01']) expect(everything).not.toContain(secret);
    for (const user of ['admin', 'alice', 'bob', 'deploy'])
      expect(everything).not.toMatch(new RegExp(`(?<![\\w-])${user}(?![\\w-])`));
  });

  it('writes a summary PDF with the window in UTC and the verdict', () => {
    const text = execFileSync('pdftotext', ['-layout', join(out, 'summary.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain('Management summary');
    expect(text).toMatch(/In UTC \(the time abuse desks use\): from 2026-11-19/);
    expect(text).toContain('Verdict: Attack not yet confirmed; possible break-in');
    expect(text).toContain('VNPT Corp');
  });

  it('reads a log saved as UTF-16 by Windows PowerShell 5.1 like the UTF-8 original', async () => {
    const wide = join(scratch, 'auth-utf16.log');
    writeFileSync(wide, Buffer.from('\ufeff' + readFileSync('assets/sample-auth.log', 'utf8'), 'utf16le'));
    const wideOut = join(scratch, 'out-utf16');
    const args = ['--year', '2026', '--tz', 'UTC', '--known', '38.158.13.0/24,12.92.127.208'];
    const again = await report(wide, '--out', wideOut, ...args, '--whois-dir', 'test/fixtures/report-whois');
    expect(again.stderr).toBe('');
    expect(readdirSync(wideOut).sort()).toEqual(readdirSync(out).sort());
    expect(again.stdout).toContain('abuse-network-abuse@google.example.eml: 108.173.74.38, 34.23.190.173');
  }, 120_000);

  it('refuses a known-good entry that is not an address', async () => {
    const bad = await report('assets/sample-auth.log', '--out', out, '--known', 'office');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('report: --known: "office" is not an address or a CIDR range');
  });
});
