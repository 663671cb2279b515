// Database servers reachable from outside: MySQL/MariaDB and Microsoft SQL Server. The same
// readers serve syslog lines and the servers' own error logs (databaseLogs.ts).
import { addressPattern, byRules, serviceEvent, userOf } from './serviceRules';

const a = addressPattern;

// MySQL/MariaDB: "Access denied for user 'root'@'27.155.87.54' (using password: YES)", after the
// server's own stamp ("2020-04-16T05:13:40.861934Z 344 [Note] [MY-010926] [Server] "). The user
// name is the client's text: greedy, so the address is the quoted one before "(using password".
// With name resolution on, MySQL writes a host name instead: that line is left to be read as not
// about an address (the host-name sources of the sshd reader may take it up).
export const mysql = byRules([
  {
    pattern: new RegExp(`Access denied for user '(.*)'@'(${a})' \\(using password: (YES|NO)\\)\\s*$`),
    read: (m, t, l) =>
      serviceEvent('mysql', 'auth-failure', t, l, {
        user: userOf(m[1]),
        ip: m[2],
        method: 'MySQL password',
        status: m[3] === 'NO' ? 'no password given' : undefined,
      }),
  },
]);

// SQL Server (ERRORLOG): "Logon       Login failed for user 'sa'. Reason: Password did not match
// that for the login provided. [CLIENT: 87.251.75.20]". The "Error: 18456" line before it carries
// no address and is not read; packet errors ("Length specified in network packet payload …") are
// no login attempts.
export const mssql = byRules([
  {
    pattern: new RegExp(
      `^(?:Logon\\s+)?Login failed(?: for user '(.*)')?\\.\\s*(?:Reason: )?(.*?)\\s*\\[CLIENT: (${a})\\]\\s*$`,
    ),
    read: (m, t, l) =>
      serviceEvent(
        'mssql',
        /Could not find a login matching/i.test(m[2]!) ? 'invalid-user' : 'auth-failure',
        t,
        l,
        {
          user: userOf(m[1]),
          ip: m[3],
          method: 'SQL Server login',
          status: m[2] || undefined,
        },
      ),
  },
]);
