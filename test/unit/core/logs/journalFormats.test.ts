// journalctl's other outputs: -o json-seq (RFC 7464 record separators) and -o export (FIELD=value
// lines, binary fields with their length). Entries written by hand in journald's shape.
import { describe, expect, it } from 'vitest';
import type { AuthEvent } from '../../../../renderer/core/logs/authEvent';
import { createLogAnalyzer } from '../../../../renderer/core/analysis/logAnalyzer';
import { detectFormat } from '../../../../renderer/core/logs/formatRegistry';

function analyze(text: string) {
  const lines = text.split('\n');
  const format = detectFormat(lines.slice(0, 50));
  if (!format) throw new Error('not detected');
  const events: AuthEvent[] = [];
  const analyzer = createLogAnalyzer({
    file: 'journal.txt',
    format,
    time: { year: 2026, timeZone: 'UTC' },
    onEvent: (event) => events.push(event),
  });
  analyzer.push(text);
  const analysis = analyzer.finish();
  return { format: format.id, events, analysis };
}

const micros = String(Date.parse('2026-11-21T10:48:21Z') * 1000);

function exportEntry(message: string, pid: number): string {
  return [
    `__CURSOR=s=1;i=${pid}`,
    `__REALTIME_TIMESTAMP=${micros}`,
    '__MONOTONIC_TIMESTAMP=1234',
    '_BOOT_ID=0123456789abcdef',
    'PRIORITY=6',
    'SYSLOG_FACILITY=4',
    'SYSLOG_IDENTIFIER=sshd',
    `SYSLOG_PID=${pid}`,
    `MESSAGE=${message}`,
    '_COMM=sshd',
    '',
    '',
  ].join('\n');
}

describe('journalctl -o export', () => {
  it('reads each entry as one record: the failed logins of sshd with their address and time', () => {
    const text =
      exportEntry('Failed password for root from 203.0.113.5 port 4000 ssh2', 101) +
      exportEntry('Invalid user admin from 203.0.113.6 port 4001', 102) +
      exportEntry('Server listening on 0.0.0.0 port 22.', 103);
    const { format, events, analysis } = analyze(text);
    expect(format).toBe('journal-export');
    expect(events.map((event) => [event.kind, event.ip, event.pid])).toEqual([
      ['auth-failure', '203.0.113.5', 101],
      ['invalid-user', '203.0.113.6', 102],
    ]);
    expect(new Date(events[0]!.time).toISOString()).toBe('2026-11-21T10:48:21.000Z');
    expect(analysis.summary.unrecognized).toBe(1);
  });

  it('reads a message written as a binary field (its length in 8 bytes, then the bytes)', () => {
    const message = 'Failed password for root from 203.0.113.7 port 4002 ssh2';
    const length = String.fromCharCode(message.length, 0, 0, 0, 0, 0, 0, 0);
    const text = [
      `__REALTIME_TIMESTAMP=${micros}`,
      'SYSLOG_IDENTIFIER=sshd',
      'SYSLOG_PID=104',
      `MESSAGE\n${length}${message}`,
      '_COMM=sshd',
      '',
      '',
    ].join('\n');
    const { events } = analyze(text);
    expect(events.map((event) => event.ip)).toEqual(['203.0.113.7']);
  });
});

describe('journalctl -o json-seq', () => {
  it('reads objects after their record separator as -o json does', () => {
    const record = (message: string) =>
      '\x1e' +
      JSON.stringify({
        __REALTIME_TIMESTAMP: micros,
        SYSLOG_IDENTIFIER: 'sshd',
        SYSLOG_PID: '7',
        MESSAGE: message,
      });
    const text = [
      record('Failed password for root from 203.0.113.5 port 1 ssh2'),
      record('Accepted password for bob from 198.51.100.2 port 2 ssh2'),
      '',
    ].join('\n');
    const { format, events } = analyze(text);
    expect(format).toBe('journal-json');
    expect(events.map((event) => event.kind)).toEqual(['auth-failure', 'success']);
  });

  it('reads a MESSAGE journald stored as byte values', () => {
    const bytes = [...new TextEncoder().encode('Invalid user jürgen from 203.0.113.9 port 3')];
    const text =
      JSON.stringify({ __REALTIME_TIMESTAMP: micros, SYSLOG_IDENTIFIER: 'sshd', MESSAGE: bytes }) + '\n';
    const { events } = analyze(text);
    expect(events).toEqual([
      expect.objectContaining({ kind: 'invalid-user', user: 'jürgen', ip: '203.0.113.9' }),
    ]);
  });
});
