import { describe, expect, it } from 'vitest';
import {
  defaultVerdict,
  managementSummary,
  summarySectionIds,
  verdictLine,
  type SummaryFacts,
} from '../../../../renderer/core/report/managementSummary';
import { localStamp } from '../../../../renderer/core/report/reportTime';
import {
  commandSafeAddresses,
  remediationChecklist,
} from '../../../../renderer/core/report/remediationChecklist';
import { plainText } from '../../../../renderer/core/report/plainText';
import { internalAddressNotes } from '../../../../renderer/core/report/internalNote';
import { analyseSample, sampleOwners } from './sampleCase';
import type { Login } from '../../../../renderer/core/analysis/attackSource';

const sample = analyseSample();
const facts: SummaryFacts = {
  caseTitle: 'Failed logins on srv01',
  server: 'srv01',
  organisation: 'Example Office',
  author: 'Dana',
  timeZone: 'Europe/Berlin',
  sources: sample.sources,
  logins: sample.logins,
  owners: sampleOwners,
  knownGood: ['38.158.13.0/24'],
  verdict: defaultVerdict(sample.logins),
  journal: [{ occurredAt: Date.UTC(2026, 10, 21, 9), kind: 'decision', summary: 'Attack confirmed' }],
};
const text = (id: string, sections = managementSummary(facts)) =>
  sections.find((section) => section.id === id)?.text ?? '';

const sshLogin = (user: string, method: string, ip = '198.51.100.4') => ({
  user,
  method,
  ip,
  service: 'sshd',
  flags: [] as Login['flags'],
});

describe('the management summary', () => {
  it('generates every section, in order', () => {
    expect(managementSummary(facts).map((section) => section.id)).toEqual([...summarySectionIds]);
  });

  it('says what happened in two sentences, with the break-in first', () => {
    const what = text('what-happened');
    expect(what.split('. ').length).toBeLessThanOrEqual(3);
    expect(what).toMatch(
      /^Between 2026-11-19 22:06:28 UTC and 2026-11-20 17:34:23 UTC, 13 addresses tried to log in to srv01/,
    );
    expect(what).toContain('3 logins succeeded from an address that had also failed');
  });

  it('says the count model\'s attempts, and never "none got in" while a login waits for an answer', () => {
    const what = text('what-happened');
    expect(what).toContain(
      'tried to log in to srv01: 891 login attempts (831 passwords tried and 60 guesses of user names that do not exist)',
    );
    const toCheck = managementSummary({ ...facts, verdict: { attack: 'undecided', access: 'to-check' } });
    expect(text('what-happened', toCheck)).toContain(
      'None of them is shown to have got in, but a login in the logs still needs to be confirmed as one of ours.',
    );
    expect(text('what-happened', toCheck)).not.toContain('none of them got in');
  });

  it('gives the window in office time and in UTC', () => {
    expect(text('when')).toContain('In office time: from 2026-11-19 23:06:28 Europe/Berlin (UTC+01:00)');
    expect(text('when')).toContain('In UTC (the time abuse desks use): from 2026-11-19 22:06:28 UTC');
  });

  it('rests the impact on the log lines it comes from', () => {
    expect(text('impact')).toMatch(
      /admin logged in from 34\.23\.190\.173 at 2026-11-20 \S+ UTC \(sample-auth\.log, line [\d,]+\)/,
    );
    const calm = managementSummary({
      ...facts,
      logins: [],
      verdict: { attack: 'confirmed', access: 'none-found' },
    });
    expect(text('impact', calm)).toBe('No. The logs show no successful login at all in this period.');
    expect(text('recommendation', calm)).toContain('Nobody got in, so there is no emergency');
  });

  it('never recommends as if nobody got in while the logs cannot tell or logins wait for an answer', () => {
    for (const access of ['unknown', 'to-check'] as const) {
      const open = managementSummary({ ...facts, verdict: { attack: 'confirmed', access } });
      expect(text('recommendation', open)).not.toMatch(/Nobody got in|no emergency/);
      expect(text('recommendation', open)).toContain('close the door the attackers are knocking on');
    }
  });

  it('puts a cleared log first under "did anyone get in", before any answer', () => {
    const cleared = managementSummary({
      ...facts,
      logins: [],
      verdict: { attack: 'confirmed', access: 'none-found' },
      logsCleared: ['The Security log was cleared by FS01\\administrator at 2026-11-20 07:12:03 UTC.'],
    });
    expect(text('impact', cleared).split('\n')).toEqual([
      'WARNING — a log was cleared. The Security log was cleared by FS01\\administrator at 2026-11-20 07:12:03 UTC.',
      'No. The logs show no successful login at all in this period.',
    ]);
  });

  it('lists options with effort and effect, including doing nothing', () => {
    expect(text('options')).toContain('• Do nothing. Effort: none.');
    expect(text('options').split('\n')).toHaveLength(9);
  });

  it('keeps an edit and marks it as the person’s own words', () => {
    const sections = managementSummary(facts, { recommendation: 'Keys only.' });
    expect(sections.find((section) => section.id === 'recommendation')).toMatchObject({
      text: 'Keys only.',
      edited: true,
    });
  });

  it('states the verdict in one line', () => {
    expect(verdictLine({ attack: 'confirmed', access: 'suspected' })).toBe(
      'Verdict: Attack confirmed; possible break-in, treat the server as compromised.',
    );
    expect(verdictLine({ attack: 'dismissed', access: 'none-found' })).toBe(
      'Verdict: Not an attack; no sign that anyone got in.',
    );
  });

  it('writes what was done from the journal', () => {
    expect(text('done')).toBe('• 2026-11-21 09:00 UTC: Attack confirmed');
  });
});

describe('report text safety', () => {
  it('turns control characters and bidirectional overrides from logs into a visible "?"', () => {
    expect(plainText('to\u202eor\u0007')).toBe('to?or?');
  });

  it('never puts a crafted "address" into a firewall command', () => {
    expect(
      commandSafeAddresses(['1.2.3.4', '1.2.3.4; rm -rf /', '10.0.0.0/8', '2001:db8::1', '$(id)']),
    ).toEqual(['1.2.3.4', '10.0.0.0/8', '2001:db8::1']);
    const logins = [sshLogin('alice', 'publickey'), sshLogin('x;reboot', 'publickey')];
    const commands = remediationChecklist(['1.2.3.4', '`reboot`'], { logins, keysConfirmed: false })
      .map((item) => item.command)
      .join('\n');
    expect(commands).not.toContain('reboot');
    expect(commands).toContain('sudo ufw insert 1 deny from 1.2.3.4');
    // An AllowUsers line without the account whose name cannot be written would lock it out.
    expect(commands).not.toContain('AllowUsers');
  });

  it('shows UTC once when the office zone is UTC', () => {
    expect(localStamp(Date.UTC(2026, 0, 1), 'UTC')).toBe('2026-01-01 00:00:00 UTC');
  });

  it('writes a note, not an email, for attacking addresses inside our own network', () => {
    const [note] = internalAddressNotes([{ ...sample.sources[0]!, ip: '192.168.1.20', scope: 'private' }]);
    expect(note?.fileName).toBe('internal-192.168.1.0_24.txt');
    expect(note?.text).toContain('These addresses belong to our own network');
  });
});
