// `analyze` answers "did they get in?" with the same flags and verdict as the Logins step.
import { execFile } from 'node:child_process';
import { describe, expect, it } from 'vitest';

type Verdict = { status: string; reason: string; evidence: { file: string; line: number }[] };
type Document = { logins: { user: string; ip: string; flags: string[] }[]; verdict: Verdict };

function analyze(...files: string[]): Promise<Document> {
  return new Promise((resolve, reject) => {
    execFile(
      'node_modules/.bin/tsx',
      ['main/cli/index.ts', 'analyze', '--year', '2026', ...files],
      (error, stdout) => {
        if (error) reject(error);
        else resolve(JSON.parse(stdout) as Document);
      },
    );
  });
}

describe('analyze: logins[].flags and the verdict', { timeout: 30_000 }, () => {
  it('reports the break-in of the sample with the lines it rests on', async () => {
    const document = await analyze('assets/sample-auth.log');
    expect(document.verdict).toEqual({
      status: 'access',
      reason:
        'Someone got in: login as admin from 34.23.190.173 at 20 Nov 10:14 (UTC) after 25 wrong passwords or keys from ' +
        'that address. 2 more logins look the same. 6 other logins still need your answer (below).',
      evidence: [2826, 3021, 3520].map((line) => ({ file: 'assets/sample-auth.log', line })),
    });
    const attacker = document.logins.filter((login) => login.ip === '34.23.190.173');
    expect(attacker.every((login) => login.flags.includes('from-attacking-address'))).toBe(true);
  });

  it('flags a login from a host name that failed before (sshd with UseDNS) and says someone got in', async () => {
    const document = await analyze('test/fixtures/sshd/usedns-break-in.log');
    expect(document.logins).toEqual([
      expect.objectContaining({ ip: 'scanner.example.com', flags: ['from-attacking-address'] }),
    ]);
    expect(document.verdict).toMatchObject({ status: 'access' });
    expect(document.verdict.reason).toMatch(/^Someone got in: login as root from scanner\.example\.com/);
  });

  it('says "to-check" for the sample cut before the break-in, and "unknown" for a log that starts mid-attack', async () => {
    // Changed on purpose (issue 14): the logins during the attack are asked about, not "no-access".
    const clean = await analyze('test/fixtures/sshd/sample-before-break-in.log');
    expect(clean.verdict.status).toBe('to-check');
    expect(clean.logins.some((login) => login.flags.includes('from-attacking-address'))).toBe(false);
    const midAttack = await analyze('test/fixtures/sshd/starts-mid-attack.log');
    expect(midAttack.verdict).toMatchObject({ status: 'unknown', evidence: [] });
  });

  it('flags a login from a new address for a name the attackers tried, as one to check', async () => {
    const document = await analyze('test/fixtures/sshd/success-without-failing.log');
    expect(document.logins.find((login) => login.ip === '203.0.113.50')?.flags).toEqual([
      'user-attackers-tried',
      'new-address',
    ]);
    expect(document.verdict.status).toBe('to-check');
  });
});
