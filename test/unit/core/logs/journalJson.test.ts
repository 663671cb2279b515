import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AuthEvent } from '../../../../renderer/core/logs/authEvent';
import { journalJsonFormat } from '../../../../renderer/core/logs/journalJson';
import { detectFormat } from '../../../../renderer/core/logs/formatRegistry';

const lines = readFileSync(
  new URL('../../../fixtures/journal-json/sshd-attack.json', import.meta.url),
  'utf8',
)
  .trimEnd()
  .split('\n');

function parseAll(input: readonly string[]) {
  const events: AuthEvent[] = [];
  const parser = journalJsonFormat.createParser({ year: 1999, timeZone: 'Pacific/Auckland' });
  const recognized = input.map((line, index) =>
    parser.parseLine(line, index + 1, (event) => events.push(event)),
  );
  parser.finish?.((event) => events.push(event));
  return { events, recognized };
}

describe('journalctl -o json', () => {
  it('is detected from its first records and asks no time question', () => {
    expect(detectFormat(lines.slice(0, 3))?.id).toBe('journal-json');
    expect(journalJsonFormat.carriesOwnTime).toBe(true);
  });

  it('reads sshd-session messages with the journal time, ignoring the assumed year and zone', () => {
    const { events, recognized } = parseAll(lines);
    expect(recognized).toEqual([true, true, true, false, true, true]);
    expect(events.map((event) => [event.kind, event.ip, event.user ?? null, event.pid])).toEqual([
      ['invalid-user', '203.0.113.50', 'oracle', 4100],
      ['auth-failure', '203.0.113.50', 'oracle', 4100],
      ['success', '198.51.100.4', 'alice', 4200],
      ['refused', '203.0.113.50', null, 900],
    ]);
    expect(new Date(events[0]!.time).toISOString()).toBe('2026-11-21T09:00:01.000Z');
  });

  it('leaves broken JSON and records without a message unrecognized', () => {
    expect(parseAll(['{"MESSAGE": ', '{"__REALTIME_TIMESTAMP":"1"}', '[1,2]', '']).recognized).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
  it('takes a process id that is no positive whole number as none', () => {
    // -1 was also the reader's mark for an empty cache slot: such a record crashed the reader.
    const record = (pid: string, message: string) =>
      JSON.stringify({
        __REALTIME_TIMESTAMP: '1763715601000000',
        SYSLOG_IDENTIFIER: 'sshd',
        SYSLOG_PID: pid,
        MESSAGE: message,
      });
    const { events } = parseAll([
      record('-1', 'Invalid user bob from 198.51.100.7 port 22'),
      record('-2', 'Failed password for invalid user bob from 198.51.100.7 port 22 ssh2'),
      record('1.5', 'Failed password for root from 198.51.100.7 port 22 ssh2'),
    ]);
    expect(events.map((event) => [event.kind, event.ip, event.pid])).toEqual([
      ['invalid-user', '198.51.100.7', undefined],
      ['auth-failure', '198.51.100.7', undefined],
      ['auth-failure', '198.51.100.7', undefined],
    ]);
  });
});
