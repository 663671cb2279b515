import { describe, expect, it } from 'vitest';
import { detectFormat, logFormats } from '../../../../renderer/core/logs/formatRegistry';
import { detectedFormat } from '../../../../renderer/core/file/logReading';
import { sshdFormat } from '../../../../renderer/core/logs/sshd';
import { fixture, readLogText } from './readLog';

const sampleOf = (path: string) => fixture(path).split('\n', 50);

describe('detection of the servers’ own logs', () => {
  it.each([
    ['exim/mainlog', 'exim'],
    ['exim/mainlog-sshguard', 'exim'],
    ['dovecot/dovecot.log', 'dovecot'],
    ['vsftpd/vsftpd.log', 'vsftpd'],
    ['proftpd/proftpd.log', 'proftpd'],
    ['web-access/apache-mixed.log', 'web-access'],
    ['web-access/sshguard-access.log', 'web-access'],
    ['web-access/nginx-error-and-access.log', 'web-auth'],
    ['web-access/nginx-mail.log', 'web-auth'],
    ['caddy-json/caddy.log', 'caddy-json'],
    ['mysql/error.log', 'mysql'],
    ['mssql/ERRORLOG', 'mssql'],
    ['gitea/gitea.log', 'gitea'],
    ['samba/auth-lines.log', 'samba'],
    ['xrdp/xrdp-sesman.log', 'xrdp'],
    ['xrdp/xrdp-sesman-new.log', 'xrdp'],
    ['openvpn/openvpn.log', 'openvpn'],
    ['openvpn/access-server.log', 'openvpn'],
  ])('reads %s as %s', (path, id) => {
    expect(detectFormat(sampleOf(path))?.id).toBe(id);
  });

  it.each([
    'exim/exim-syslog.log',
    'mysql/mysql-syslog.log',
    'samba/smb-syslog.log',
    'web-access/wordpress-syslog.log',
    'dovecot/mail.log',
    'vsftpd/auth.log',
    'syslog-services/mail.log',
    'syslog-services/remote-access.log',
  ])('reads %s, the same servers through syslog, as syslog', (path) => {
    expect(detectFormat(sampleOf(path))?.id).toBe('openssh');
  });

  it('gives no own-log format a share of a syslog file', () => {
    const syslog = sampleOf('syslog-services/mail.log');
    for (const format of logFormats) {
      if (format === sshdFormat) continue;
      expect([format.id, format.detect(syslog)]).toEqual([format.id, 0]);
    }
  });
});

describe('a syslog file from programs the app does not know', () => {
  const unknownPrograms = Array.from(
    { length: 60 },
    (_, i) => `Nov 21 10:${String(i).padStart(2, '0')}:01 srv01 kernel: [${i}.000000] usb 1-1: new device`,
  );
  const attack = 'Nov 21 11:00:00 srv01 sshd[4242]: Failed password for root from 203.0.113.5 port 4000 ssh2';

  it('is read as syslog: the login lines further down count, the rest is listed as not about logins', () => {
    const { format, analysis } = readLogText([...unknownPrograms, attack].join('\n'));
    expect(format).toBe('openssh');
    expect(analysis.sources.map((source) => [source.ip, source.failures])).toEqual([['203.0.113.5', 1]]);
    expect(analysis.summary.unrecognized).toBe(60);
  });

  it('is read as syslog even when most of its start is no syslog at all (a stack trace)', () => {
    const trace = Array.from(
      { length: 40 },
      (_, i) => `\tat com.example.Service.method${i}(Service.java:${i})`,
    );
    const sample = [...trace, ...unknownPrograms.slice(0, 10)];
    expect(detectFormat(sample)?.id).toBe('openssh');
  });

  it('is refused only when no line reads as any format, saying what it looked like', () => {
    expect(() => detectedFormat('letter.txt', ['Dear Sir or Madam,', 'please find attached'])).toThrow(
      /its first line begins "Dear Sir or Madam,"/,
    );
  });
});
