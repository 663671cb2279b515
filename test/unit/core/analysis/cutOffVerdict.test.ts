import { describe, expect, it } from 'vitest';
import type { AccessVerdict } from '../../../../renderer/core/analysis/accessVerdict';
import { withCutOffs } from '../../../../renderer/core/analysis/cutOffVerdict';

const cut = { file: 'auth.log.2.gz', line: 1200, time: Date.UTC(2026, 10, 20, 3, 12) };
const verdict = (status: AccessVerdict['status'], reason: string): AccessVerdict => ({
  status,
  reason,
  evidence: [],
  collectNext: [],
});

describe('the verdict when a file was read only up to its damage', () => {
  it('never says "no one got in" for the time after the cut', () => {
    const said = withCutOffs(
      verdict('no-access', 'No one got in: these logs show no successful login at all.'),
      [cut],
    );
    expect(said.status).toBe('unknown');
    expect(said.reason).toBe(
      'Cannot tell for the time after 20 Nov 03:12 (UTC): "auth.log.2.gz" is a damaged copy read only up to the damage, ' +
        'so a login after that would not be in the evidence. Up to then, no one got in: these logs show no successful login at all.',
    );
    expect(said.collectNext).toEqual([
      'Copy "auth.log.2.gz" from the server again: only 1,200 lines of it could be read.',
    ]);
  });

  it('still says someone got in when a login before the cut shows it', () => {
    const gotIn = verdict('access', 'Someone got in: login as admin from 203.0.113.7.');
    expect(withCutOffs(gotIn, [cut])).toBe(gotIn);
  });

  it('adds the gap to a verdict that waits for answers', () => {
    const said = withCutOffs(
      verdict('to-check', 'No login came from an attacking address, but one login needs your answer.'),
      [cut],
    );
    expect(said.status).toBe('to-check');
    expect(said.reason).toMatch(/needs your answer\. Cannot tell for the time after 20 Nov 03:12 \(UTC\)/);
  });
});
