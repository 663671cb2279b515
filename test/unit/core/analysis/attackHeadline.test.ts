import { describe, expect, it } from 'vitest';
import { attackHeadline } from '../../../../renderer/core/analysis/attackHeadline';
import { analyzeFixture } from './analyzeFixture';

describe('attackHeadline', () => {
  it('says in one sentence who tried what, when, and that no attempt succeeded', () => {
    const { analysis, logins } = analyzeFixture('sample-before-break-in.log');
    expect(attackHeadline(analysis.sources, logins)).toMatch(
      /^Between 19 Nov 22:06 and 20 Nov 10:1\d \(UTC\), 11 addresses tried [\d,]+ passwords for \d+ different user names on sshd\. No attempt succeeded\.$/,
    );
  });

  it('names the login that looks like the attacker getting in', () => {
    const { analysis, logins } = analyzeFixture('attacker-succeeds.log');
    expect(attackHeadline(analysis.sources, logins)).toBe(
      'Between 21 Nov 02:14 and 04:51 (UTC), 1 address tried 12 passwords for 4 different user names on sshd. 2 logins look like the attacker getting in: admin from 203.0.113.7 at 21 Nov 03:12 (UTC).',
    );
  });

  it('says so when there were no failures at all', () => {
    expect(attackHeadline([], [])).toBe('These logs show no failed logins and no successful ones.');
  });
});
