import { describe, expect, it } from 'vitest';
import { attackHeadline } from '../../../../renderer/core/analysis/attackHeadline';
import { analyzeFixture } from './analyzeFixture';
import { caseCounts } from '../../../../renderer/core/analysis/attackCounts';

describe('attackHeadline', () => {
  it('says in one sentence who tried what, when, and that no attempt succeeded', () => {
    const { analysis, logins } = analyzeFixture('sample-before-break-in.log');
    expect(attackHeadline(analysis.sources, logins)).toBe(
      'Between 19 Nov 22:06 and 20 Nov 10:14 (UTC), 11 addresses made 654 login attempts (612 passwords ' +
        'tried and 42 guesses of user names that do not exist) for 100 different user names on sshd. ' +
        '4 more addresses only connected, without a login attempt. No attempt succeeded.',
    );
  });

  it('counts the addresses and attempts as the count model does: one who only connected tried nothing', () => {
    const { analysis, logins } = analyzeFixture('sample-before-break-in.log');
    const counts = caseCounts(analysis.sources);
    const headline = attackHeadline(analysis.sources, logins);
    expect(headline).toContain(`${counts.sourcesThatTried} addresses made ${counts.attempts} login attempts`);
    expect(headline).toContain(`${counts.sourcesThatOnlyConnected} more addresses only connected`);
  });

  it('names the login that looks like the attacker getting in', () => {
    const { analysis, logins } = analyzeFixture('attacker-succeeds.log');
    expect(attackHeadline(analysis.sources, logins)).toBe(
      'Between 21 Nov 02:14 and 04:51 (UTC), 1 address made 12 login attempts (all passwords tried) for 4 different user names on sshd. 2 logins look like the attacker getting in: admin from 203.0.113.7 at 21 Nov 03:12 (UTC).',
    );
  });

  it('says so when there were no failures at all', () => {
    expect(attackHeadline([], [])).toBe('These logs show no failed logins and no successful ones.');
  });
});
