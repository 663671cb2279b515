// Which reader gets the message of a program other than sshd, by the program's name in the syslog
// tag (or journal SYSLOG_IDENTIFIER). One set of readers per file: some remember earlier lines,
// so that one attempt a server writes twice counts once (sameAttempt.ts). The readers live one
// module per family: localAccessMessages, smtpMessages, imapMessages, ftpMessages, webMessages,
// remoteAccessMessages, databaseMessages; account changes in accountChanges.
import { readAccountChange } from './accountChanges';
import type { ServiceReader } from './serviceRules';
import { createSameAttemptMemory } from './sameAttempt';
import { su, sudo } from './localAccessMessages';
import { createEximReader, createSmtpdReader, sendmail } from './smtpMessages';
import { createDovecotReader, cucipop, imapServers } from './imapMessages';
import { createProftpdReader, createPureFtpdReader, createVsftpdReader, ftpd } from './ftpMessages';
import { apache, cockpit, gitea, nginx, pfsense, proxmox } from './webMessages';
import { dropbear, openvpn, samba, xrdp } from './remoteAccessMessages';
import { mssql, mysql } from './databaseMessages';

export type { ServiceReader } from './serviceRules';

export type ServiceReaders = {
  /** The reader for lines the program `name` wrote, or undefined for a program not about logins. */
  readerFor(name: string): ServiceReader | undefined;
};

/** Stateless readers, shared by every file. */
const plainReaders: readonly [readonly string[], ServiceReader][] = [
  [['sudo'], sudo],
  [['su'], su],
  [['sendmail', 'sm-mta'], sendmail],
  [
    [
      'imapd',
      'imaps',
      'pop3d',
      'pop3s',
      'ipop3d',
      'imap',
      'pop3',
      'imapd-ssl',
      'pop3d-ssl',
      'courier-imapd',
      'courier-pop3d',
      'courierpop3login',
      'courieresmtpd',
    ],
    imapServers,
  ],
  [['cucipop'], cucipop],
  [['ftpd', 'in.ftpd'], ftpd],
  [['dropbear'], dropbear],
  [['openvpn', 'openvpn-server'], openvpn],
  [['xrdp', 'xrdp-sesman'], xrdp],
  [['smbd', 'smb', 'samba'], samba],
  [['mysqld', 'mysql', 'mariadbd', 'mariadb'], mysql],
  [['sqlservr', 'mssql'], mssql],
  [['nginx'], nginx],
  [['apache2', 'httpd', 'apache'], apache],
  [['php-fpm', 'php', 'php-cgi'], pfsense],
  [['gitea'], gitea],
  [['cockpit-session', 'cockpit-ws'], cockpit],
  [['pvedaemon', 'pveproxy'], proxmox],
  ...['useradd', 'usermod', 'userdel', 'groupadd', 'gpasswd', 'passwd', 'chpasswd', 'chage'].map(
    (name): [string[], ServiceReader] => [[name], readAccountChange(name)],
  ),
];

const plainByName = new Map<string, ServiceReader>(
  plainReaders.flatMap(([names, reader]) => names.map((name): [string, ServiceReader] => [name, reader])),
);

// Dovecot's processes, when they are the syslog tag themselves ("imap-login: …" from Dovecot 1
// and some journald setups): their message then lacks the "imap-login: " Dovecot puts before it.
const dovecotProcesses = [
  'imap-login',
  'pop3-login',
  'submission-login',
  'managesieve-login',
  'auth',
  'auth-worker',
];

export function createServiceReaders(): ServiceReaders {
  // Dovecot's credential checks, answered by its login processes, Postfix and Exim of the same file.
  const checks = createSameAttemptMemory();
  const dovecot = createDovecotReader(checks);
  const byName = new Map<string, ServiceReader>([
    ['smtpd', createSmtpdReader(checks)],
    ['exim', createEximReader(checks)],
    ['exim4', createEximReader(checks)],
    ['dovecot', dovecot],
    ['vsftpd', createVsftpdReader()],
    ['pure-ftpd', createPureFtpdReader()],
    ['proftpd', createProftpdReader()],
  ]);
  for (const process of dovecotProcesses) {
    byName.set(process, (text, start, time, line, pid) =>
      dovecot(`${process}: ${start === 0 ? text : text.slice(start)}`, 0, time, line, pid),
    );
  }
  return { readerFor: (name) => byName.get(name) ?? plainByName.get(name) };
}
