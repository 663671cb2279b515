import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AuthEvent } from '../../../../renderer/core/logs/authEvent';
import { createLogAnalyzer } from '../../../../renderer/core/analysis/logAnalyzer';
import { sshdFormat } from '../../../../renderer/core/logs/sshd';
import { attackAttempts } from '../../../../renderer/core/analysis/attackOrder';

const sampleLog = readFileSync(new URL('../../../../assets/sample-auth.log', import.meta.url), 'utf8');
const truth = JSON.parse(
  readFileSync(new URL('../../../fixtures/sshd/sample-auth.truth.json', import.meta.url), 'utf8'),
) as {
  totals: {
    failed: number;
    invalid_user: number;
    failed_password_invalid: number;
    accepted: number;
    distinct_ips: number;
  };
  top_failed_ips: [string, number][];
  compromise: { attacker_ip: string };
};

function analyze(text: string, chunkSize = 64 * 1024, onEvent?: (event: AuthEvent) => void) {
  const analyzer = createLogAnalyzer({
    file: 'sample-auth.log',
    format: sshdFormat,
    time: { year: 2026, timeZone: 'UTC' },
    onEvent,
  });
  for (let at = 0; at < text.length; at += chunkSize) analyzer.push(text.slice(at, at + chunkSize));
  return { analysis: analyzer.finish(), linesRead: analyzer.linesRead() };
}

describe('createLogAnalyzer on the shipped sample log', () => {
  const { analysis, linesRead } = analyze(sampleLog);
  const total = (pick: (source: (typeof analysis.sources)[number]) => number) =>
    analysis.sources.reduce((sum, source) => sum + pick(source), 0);

  it('counts each guess once: failed passwords plus unknown-user connections that tried none', () => {
    // In the sample every such connection tried at most one password, so the truth's line counts
    // give the number of attempts: 831 + 296 − 236.
    const { failed, invalid_user, failed_password_invalid } = truth.totals;
    expect(total(attackAttempts)).toBe(failed + invalid_user - failed_password_invalid);
    const attacker = analysis.sources.find((source) => source.ip === truth.compromise.attacker_ip);
    expect(attacker && attackAttempts(attacker)).toBe(26);
  });

  it('finds the ground truth counts: 831 failed passwords, 296 invalid users, 9 logins', () => {
    expect(total((source) => source.failures)).toBe(truth.totals.failed);
    expect(total((source) => source.invalidUsers)).toBe(truth.totals.invalid_user);
    expect(analysis.logins).toHaveLength(truth.totals.accepted);
  });

  it('counts failed passwords per address as the ground truth does', () => {
    const attackers = analysis.sources.filter((source) => source.failures > 0);
    expect(Object.fromEntries(attackers.map((source) => [source.ip, source.failures]))).toEqual(
      Object.fromEntries(truth.top_failed_ips),
    );
  });

  it('flags every login of the attacker as from-attacking-address and no other', () => {
    for (const login of analysis.logins) {
      const fromAttacker = login.ip === truth.compromise.attacker_ip;
      expect(login.flags.includes('from-attacking-address')).toBe(fromAttacker);
    }
    expect(analysis.logins.filter((login) => login.flags.includes('from-attacking-address'))).toHaveLength(3);
    expect(analysis.logins[5]).toMatchObject({
      user: 'admin',
      line: 2826,
      time: Date.parse('2026-11-20T10:14:22Z'),
    });
  });

  it('summarizes lines, events and unrecognized lines', () => {
    expect(analysis.summary).toMatchObject({ format: 'openssh', lines: 4000, tooLongLines: 0 });
    expect(linesRead).toBe(4000);
    // Each pam_unix failure line is the same attempt as the "Failed password" after it: no event.
    const pamFailureLines = sampleLog
      .split('\n')
      .filter((line) => line.includes('(sshd:auth): authentication failure')).length;
    expect(analysis.summary.events + analysis.summary.unrecognized + pamFailureLines).toBe(4000);
    expect(analysis.summary.unrecognizedSample).toHaveLength(20);
    expect(analysis.summary.unrecognizedSample[0]).toContain('CRON');
  });

  it('keeps only the rare events one by one', () => {
    const kinds = new Set(analysis.notableEvents.map((event) => event.kind));
    expect([...kinds].sort()).toEqual(['session-close', 'session-open', 'success']);
    expect(analysis.notableEvents.filter((event) => event.kind === 'success')).toHaveLength(9);
  });

  it('counts the same whatever the chunk size, and hands every event to onEvent', () => {
    let seen = 0;
    const small = analyze(sampleLog, 777, () => (seen += 1)).analysis;
    expect(small.sources).toEqual(analysis.sources);
    expect(small.logins).toEqual(analysis.logins);
    expect(seen).toBe(analysis.summary.events);
  });
});

describe('createLogAnalyzer on awkward input', () => {
  it('cuts unrecognized samples to 500 characters and counts a too-long line', () => {
    const { analysis } = analyze(`${'x'.repeat(2 * 1024 * 1024)}\nnot a log line\n`);
    expect(analysis.summary).toMatchObject({ lines: 2, events: 0, unrecognized: 2, tooLongLines: 1 });
    expect(analysis.summary.unrecognizedSample.map((line) => line.length)).toEqual([500, 14]);
  });

  it('reads an empty file as no lines at all', () => {
    expect(analyze('').analysis.summary).toMatchObject({ lines: 0, events: 0, unrecognized: 0 });
  });
});
