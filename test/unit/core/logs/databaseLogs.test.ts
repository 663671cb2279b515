import { describe, expect, it } from 'vitest';
import { readLog, readLogText, rows } from './readLog';

describe('MySQL and MariaDB', () => {
  it("reads MySQL 8's own error log, whose stamps are UTC", () => {
    const { format, events } = readLog('mysql/error.log', 'Europe/Berlin');
    expect(format).toBe('mysql');
    expect(rows(events)).toEqual([
      [1, 'auth-failure', '91.99.222.37', 'test', 1],
      [2, 'auth-failure', '91.99.222.37', 'test', 1],
    ]);
    expect(events[1]!.status).toBe('no password given');
    expect(new Date(events[0]!.time).toISOString()).toBe('2025-07-24T14:49:49.398Z');
  });

  it('reads "Access denied" through syslog', () => {
    const { format, events } = readLog('mysql/mysql-syslog.log');
    expect(format).toBe('openssh');
    expect(events).toHaveLength(7);
    expect(events[0]).toMatchObject({
      service: 'mysql',
      kind: 'auth-failure',
      ip: '27.155.87.54',
      user: 'root',
    });
  });

  it("reads MariaDB's stamp in the server's zone and takes the address past a forged one in the user name", () => {
    const { events } = readLogText(
      "2026-11-21 10:48:21 5 [Warning] Access denied for user 'x'@'6.6.6.6' (using password: YES)'@'203.0.113.7' (using password: YES)",
      'error.log',
      'Europe/Berlin',
    );
    expect(rows(events)).toEqual([
      [1, 'auth-failure', '203.0.113.7', "x'@'6.6.6.6' (using password: YES)", 1],
    ]);
    expect(new Date(events[0]!.time).toISOString()).toBe('2026-11-21T09:48:21.000Z');
  });
});

describe('SQL Server', () => {
  it('reads "Login failed" with its client address; the error-number line before it is no event', () => {
    const { format, events, analysis } = readLog('mssql/ERRORLOG');
    expect(format).toBe('mssql');
    expect(events.map((event) => [event.line, event.kind, event.user])).toEqual([
      [2, 'auth-failure', 'SA'],
      [4, 'auth-failure', 'SA'],
      [6, 'auth-failure', 'SA'],
      [8, 'auth-failure', 'SA'],
      [10, 'auth-failure', 'SA'],
      [12, 'auth-failure', 'SA'],
      [14, 'invalid-user', 'ROOT'], // "Could not find a login matching the name provided"
    ]);
    expect(analysis.summary.unrecognized).toBe(7);
  });

  it('reads a login from an untrusted domain as a failure and a packet error as no login', () => {
    const { events } = readLog('mssql/ERRORLOG-sshguard');
    expect(rows(events)).toEqual([
      [1, 'auth-failure', '87.251.75.20', 'sa', 1],
      [2, 'invalid-user', '80.66.76.21', 'admin', 1],
      [3, 'auth-failure', '87.236.176.168', undefined, 1],
    ]);
  });
});
