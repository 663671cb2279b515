import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AuthEvent } from '../../../../renderer/core/logs/authEvent';
import { sshdFormat } from '../../../../renderer/core/logs/sshd';
import { createLogAnalyzer } from '../../../../renderer/core/analysis/logAnalyzer';

const text = readFileSync(
  new URL('../../../fixtures/auth-services/after-break-in.log', import.meta.url),
  'utf8',
);
const lines = text.trimEnd().split('\n');

function eventsOf(line: string): AuthEvent[] {
  const events: AuthEvent[] = [];
  const parser = sshdFormat.createParser({ year: 2026, timeZone: 'UTC' });
  parser.parseLine(line, 1, (event) => events.push(event));
  parser.finish?.((event) => events.push(event));
  return events;
}

const lineWith = (part: string) => lines.find((line) => line.includes(part))!;

describe('services other than sshd in auth.log and mail.log', () => {
  it.each<[string, Partial<AuthEvent>]>([
    [
      'SASL LOGIN authentication failed',
      { service: 'postfix', kind: 'auth-failure', ip: '203.0.113.60', method: 'SASL LOGIN' },
    ],
    [
      'sasl_username=info@example.com',
      { service: 'postfix', kind: 'auth-failure', user: 'info@example.com' },
    ],
    [
      'sasl_method=PLAIN',
      { service: 'postfix', kind: 'success', user: 'anna@example.com', ip: '198.51.100.4' },
    ],
    [
      'auth failed, 3 attempts',
      { service: 'dovecot', kind: 'auth-failure', count: 3, user: 'info', ip: '203.0.113.61' },
    ],
    ['imap-login: Login', { service: 'dovecot', kind: 'success', user: 'anna' }],
    ['FAIL LOGIN', { service: 'vsftpd', kind: 'auth-failure', user: 'ftpuser', ip: '203.0.113.62' }],
    [
      '(Login failed)',
      {
        service: 'proftpd',
        kind: 'auth-failure',
        user: 'admin',
        ip: '203.0.113.63',
        status: 'Incorrect password',
      },
    ],
    ['no such user found', { service: 'proftpd', kind: 'invalid-user', user: 'oracle' }],
    [
      '[WARNING] Authentication failed',
      { service: 'pure-ftpd', kind: 'auth-failure', user: 'backup', ip: '203.0.113.64' },
    ],
    ['AUTHFAIL', { service: 'xrdp', kind: 'auth-failure', user: 'administrator', ip: '203.0.113.65' }],
    ['created session', { service: 'xrdp', kind: 'success', user: 'anna', ip: '198.51.100.4', port: 50522 }],
    ['incorrect password attempts', { service: 'sudo', kind: 'auth-failure', user: 'deploy', count: 3 }],
    ['NOT in sudoers', { service: 'sudo', kind: 'refused', user: 'www-data' }],
    ['FAILED SU', { service: 'su', kind: 'auth-failure', user: 'root', status: 'by deploy' }],
    [
      'new user: name=support',
      { service: 'useradd', kind: 'other', accountChange: 'account support created' },
    ],
    ["add 'support' to group", { service: 'usermod', accountChange: 'support added to group sudo' }],
    ['password changed for support', { service: 'passwd', accountChange: 'password of support changed' }],
  ])('reads the line with %j', (part, expected) => {
    const events = eventsOf(lineWith(part));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject(expected);
  });

  it('keeps account changes one by one and finds the mail, FTP and xrdp sources and logins', () => {
    const analyzer = createLogAnalyzer({
      file: 'auth.log',
      format: sshdFormat,
      time: { year: 2026, timeZone: 'UTC' },
    });
    analyzer.push(text);
    const analysis = analyzer.finish();
    expect(analysis.notableEvents.filter((event) => event.accountChange !== undefined)).toHaveLength(4);
    expect(analysis.sources.map((source) => source.ip)).toContain('203.0.113.61');
    expect(analysis.logins.map((login) => login.service).sort()).toEqual(['dovecot', 'postfix', 'xrdp']);
    expect(analysis.summary.unrecognized).toBe(1); // CRON
  });
});
