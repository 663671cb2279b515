// The command line and a .gz cut short (issue #15's table): refused in one sentence with exit 2,
// nothing printed before it (not even with --events); read up to the damage only with
// --accept-damaged, and then the note is in the output and the verdict cannot tell about the time
// after the cut.
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { backupLogins, cutMultiMemberGzip } from '../../support/largeLogs';

const tsx = 'node_modules/.bin/tsx';
const scratch = mkdtempSync(join(tmpdir(), 'incident-notebook-damaged-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const cutCopy = join(scratch, 'auth.log.2.gz');
writeFileSync(cutCopy, cutMultiMemberGzip([...backupLogins(120_000, 10)], 3, 300));

type Run = { code: number; stdout: string; stderr: string };

function analyze(...args: string[]): Promise<Run> {
  return cli('analyze', ...args);
}

function cli(command: string, ...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      tsx,
      ['main/cli/index.ts', command, '--year', '2026', ...args],
      { maxBuffer: 256 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

const refusal =
  /^analyze: "[^"]*auth\.log\.2\.gz" is a compressed \(\.gz\) file that is cut off .* after line 119,9\d\d: nothing from it was kept; copy it from the server again, or run again with --accept-damaged to read the part before the damage\.\n$/;

describe('analyze with a multi-member .gz whose last member is cut', { timeout: 120_000 }, () => {
  it('refuses it in one sentence with exit 2 and prints nothing else', async () => {
    const run = await analyze(cutCopy);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toMatch(refusal);
  });

  it('prints no events before the refusal with --events', async () => {
    const run = await analyze('--events', cutCopy);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toMatch(refusal);
  });

  it('reads the part before the damage with --accept-damaged, with the note and no "no one got in"', async () => {
    const run = await analyze('--accept-damaged', cutCopy);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const document = JSON.parse(run.stdout) as {
      files: { lines: number; notes?: string[] }[];
      logins: unknown[];
      verdict: { status: string; reason: string };
    };
    const [file] = document.files;
    expect(file!.lines).toBeGreaterThan(119_900);
    expect(file!.lines).toBeLessThan(120_000);
    expect(document.logins).toHaveLength(file!.lines);
    expect(file!.notes).toEqual([
      expect.stringMatching(
        `^Only the readable part of this compressed file was imported, as you chose: it is cut off .*read up to line ${file!.lines.toLocaleString('en-US')}, the last readable one`,
      ),
    ]);
    expect(document.verdict.status).toBe('unknown');
    expect(document.verdict.reason).toMatch(/^Cannot tell for the time after .*Up to then, no one got in/);
  });

  it('prints the events of the readable part with --accept-damaged --events, and the note on stderr', async () => {
    const run = await analyze('--accept-damaged', '--events', cutCopy);
    expect(run.code).toBe(0);
    const events = run.stdout.trimEnd().split('\n');
    expect(events.length).toBeGreaterThan(119_900);
    expect(events.length).toBeLessThan(120_000);
    expect(run.stderr).toMatch(
      /^note: [^\n]*auth\.log\.2\.gz: Only the readable part of this compressed file/,
    );
  });
});

const hasPdftotext = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe('report with a multi-member .gz whose last member is cut', { timeout: 120_000 }, () => {
  it('refuses it in one sentence with exit 2 and writes nothing', async () => {
    const out = join(scratch, 'refused');
    const run = await cli('report', cutCopy, '--out', out);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toMatch(
      /^report: "[^"]*auth\.log\.2\.gz" is a compressed \(\.gz\) file that is cut off .*--accept-damaged/,
    );
  });

  it.skipIf(!hasPdftotext)(
    'reports the part before the damage with --accept-damaged, and the summary never says nobody got in',
    async () => {
      const out = join(scratch, 'accepted');
      const run = await cli('report', cutCopy, '--out', out, '--accept-damaged');
      expect(run.code).toBe(0);
      const text = execFileSync('pdftotext', ['-layout', join(out, 'summary.pdf'), '-'], {
        encoding: 'utf8',
      }).replace(/\s+/g, ' ');
      expect(text).toMatch(
        /Cannot tell for the time after \d+ Nov \d\d:\d\d \(UTC\): "auth\.log\.2\.gz" is a damaged copy/,
      );
      expect(text).not.toMatch(/Nobody got in/);
    },
  );
});
