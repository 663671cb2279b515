import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AuthEvent } from '../../../../renderer/core/logs/authEvent';
import { createLogAnalyzer } from '../../../../renderer/core/analysis/logAnalyzer';
import { detectFormat } from '../../../../renderer/core/logs/formatRegistry';

function analyze(path: string, timeZone = 'UTC') {
  const text = readFileSync(new URL(`../../../fixtures/${path}`, import.meta.url), 'utf8');
  const format = detectFormat(text.split('\n', 50));
  if (!format) throw new Error('not detected');
  const events: AuthEvent[] = [];
  const analyzer = createLogAnalyzer({
    file: path,
    format,
    time: { year: 2026, timeZone },
    onEvent: (event) => events.push(event),
  });
  analyzer.push(text);
  return { format: format.id, analysis: analyzer.finish(), events };
}

describe('a Logwatch daily report', () => {
  it('becomes counted events from a summary, dated the day it covers', () => {
    const { format, analysis, events } = analyze('logwatch/daily-report.txt', 'Europe/Berlin');
    expect(format).toBe('logwatch');
    expect(events.every((event) => event.fromSummary === true)).toBe(true);
    expect(new Date(events[0]!.time).toISOString()).toBe('2026-11-19T23:00:00.000Z');
    expect(analysis.sources.map((s) => [s.ip, s.failures, s.invalidUsers, s.successes])).toEqual([
      ['203.0.113.5', 57, 0, 1],
      ['198.51.100.9', 0, 12, 0],
      ['192.0.2.44', 3, 0, 0],
      ['198.51.100.4', 0, 0, 2],
    ]);
    expect(analysis.sources[0]!.users).toEqual([
      { user: 'root', count: 55 },
      { user: 'admin', count: 2 },
    ]);
    expect(analysis.logins.map((login) => [login.user, login.ip])).toEqual([
      ['alice', '198.51.100.4'],
      ['root', '203.0.113.5'],
    ]);
  });

  it('counts the pam_unix section only when the report has no sshd section', () => {
    const text = readFileSync(
      new URL('../../../fixtures/logwatch/daily-report.txt', import.meta.url),
      'utf8',
    );
    const withoutSshd = text.slice(0, text.indexOf(' --------------------- SSHD Begin'));
    const format = detectFormat(withoutSshd.split('\n', 50))!;
    const analyzer = createLogAnalyzer({ file: 'r', format, time: { year: 2026, timeZone: 'UTC' } });
    analyzer.push(withoutSshd);
    const { sources } = analyzer.finish();
    expect(sources.map((s) => [s.ip, s.failures])).toEqual([
      ['203.0.113.5', 57],
      ['198.51.100.9', 12],
    ]);
  });
});

describe('fail2ban.log', () => {
  it('reads bans and unbans in the confirmed zone, and keeps "Found" from counting twice', () => {
    const { format, analysis, events } = analyze('fail2ban/fail2ban.log', 'Europe/Berlin');
    expect(format).toBe('fail2ban');
    expect(events.map((event) => [event.kind, event.ip, event.status])).toEqual([
      ['other', '203.0.113.5', 'jail sshd'],
      ['other', '203.0.113.5', 'jail sshd'],
      ['ban', '203.0.113.5', 'jail sshd'],
      ['unban', '203.0.113.5', 'jail sshd'],
      ['ban', '2001:db8::bad', 'jail recidive'],
    ]);
    expect(new Date(events[2]!.time).toISOString()).toBe('2026-11-21T09:48:25.789Z');
    expect(analysis.sources).toEqual([]);
    expect(analysis.notableEvents.filter((event) => event.kind === 'ban')).toHaveLength(2);
    expect(analysis.summary.unrecognized).toBe(1);
  });
});

describe('web server basic-auth failures', () => {
  it.each(['web-auth/apache-error.log', 'web-auth/nginx-error.log'])(
    'are read from %s in the confirmed zone',
    (path) => {
      const { format, events } = analyze(path, 'Europe/Berlin');
      expect(format).toBe('web-auth');
      expect(events.slice(0, 2).map((event) => [event.kind, event.user, event.ip])).toEqual([
        ['auth-failure', 'admin', '203.0.113.5'],
        ['invalid-user', 'bob', '203.0.113.5'],
      ]);
      expect(new Date(events[0]!.time).toISOString()).toBe('2026-11-21T09:48:21.000Z');
    },
  );

  it('reads an IPv6 client in brackets', () => {
    const { events } = analyze('web-auth/apache-error.log');
    expect(events[2]).toMatchObject({ ip: '2001:db8::5', port: 51236 });
  });
});
