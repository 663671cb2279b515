import { describe, expect, it } from 'vitest';
import type { Login } from '../../../../renderer/core/analysis/attackSource';
import type { NotableEvent } from '../../../../renderer/core/analysis/notableEvent';
import { formatDuration, sessionAfter } from '../../../../renderer/core/analysis/sessionAfter';
import { analyzeFixture } from './analyzeFixture';

const t = (minute: number) => Date.UTC(2026, 10, 21, 3, minute);

describe('what a session did next', () => {
  it('finds the session of the break-in in the sample: opened at once, closed 58 seconds later', () => {
    const { logins, analysis } = analyzeFixture('sample-auth.log');
    const breakIn = logins.find((login) => login.line === 2826) as Login;
    const story = sessionAfter(breakIn, analysis.notableEvents, logins);
    expect(story.opened?.line).toBe(2827);
    expect(story.closed?.line).toBe(2833);
    expect(formatDuration(story.durationMs ?? 0)).toBe('58 seconds');
    expect(story.laterLogins.map((login) => login.line)).toEqual([3021, 3520]);
  });

  it('lists sudo, new users and key changes by the same user inside the session', () => {
    const login: Login = {
      time: t(12),
      user: 'admin',
      ip: '203.0.113.7',
      service: 'sshd',
      file: 'auth.log',
      line: 1,
      flags: [],
      pid: 3300,
    };
    const event = (fields: Partial<NotableEvent>): NotableEvent => ({
      time: t(13),
      service: 'sshd',
      kind: 'other',
      count: 1,
      line: 2,
      ...fields,
    });
    const sudo = event({
      service: 'sudo',
      kind: 'session-open' as NotableEvent['kind'],
      user: 'root',
      text: 'Nov 21 03:13:30 srv01 sudo: pam_unix(sudo:session): session opened for user root(uid=0) by admin(uid=1004)',
    });
    const someoneElse = event({
      service: 'sudo',
      kind: 'session-open',
      user: 'root',
      text: '… by bob(uid=1001)',
    });
    const opened = event({ time: t(12), kind: 'session-open', user: 'admin', pid: 3300 });
    const otherSession = event({ time: t(14), kind: 'session-close', user: 'admin', pid: 9999 });
    const closed = event({ time: t(16), kind: 'session-close', user: 'admin', pid: 3300 });
    const later = event({ time: t(20), service: 'sudo', kind: 'session-open', text: 'by admin(uid=1004)' });
    // Kinds the parsers add later (account changes) count whoever the line names.
    const newAccount = event({
      time: t(14),
      service: 'useradd',
      kind: 'account-change' as NotableEvent['kind'],
      user: 'support',
      text: 'new user: name=support',
    });
    const story = sessionAfter(
      login,
      [opened, sudo, someoneElse, newAccount, otherSession, closed, later],
      [login],
    );
    expect(story.opened).toBe(opened);
    expect(story.closed).toBe(closed);
    expect(story.durationMs).toBe(4 * 60_000);
    expect(story.actions).toEqual([sudo, newAccount]);
  });

  it('words durations for people', () => {
    expect(formatDuration(60_000)).toBe('1 minute');
    expect(formatDuration(2 * 3_600_000 + 5 * 60_000)).toBe('2 hours 5 minutes');
  });
});
