import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AuthEvent } from '../../../../renderer/core/logs/authEvent';
import { createLogAnalyzer } from '../../../../renderer/core/analysis/logAnalyzer';
import { detectFormat } from '../../../../renderer/core/logs/formatRegistry';
import { createCsvRecordReader, type CsvRecord } from '../../../../renderer/core/logs/csvRecords';
import { windowsCsvFormat } from '../../../../renderer/core/logs/windowsCsv';
import { eventDataFromMessage } from '../../../../renderer/core/logs/windowsMessage';
import { readLocaleStamp } from '../../../../renderer/core/time/localeDateTime';

const fixture = (name: string) =>
  readFileSync(new URL(`../../../fixtures/windows/${name}`, import.meta.url), 'utf8');

const berlin = { year: 1999, timeZone: 'Europe/Berlin' };

function analyze(text: string, chunkSize: number, time = berlin) {
  const format = detectFormat(text.split('\n', 50));
  if (!format) throw new Error('not detected');
  const events: AuthEvent[] = [];
  const analyzer = createLogAnalyzer({ file: 'security.csv', format, time, onEvent: (e) => events.push(e) });
  for (let at = 0; at < text.length; at += chunkSize) analyzer.push(text.slice(at, at + chunkSize));
  return { format: format.id, analysis: analyzer.finish(), events };
}

function records(text: string, chunkSize: number): CsvRecord[] {
  const reader = createCsvRecordReader();
  const found: CsvRecord[] = [];
  for (let at = 0; at < text.length; at += chunkSize)
    reader.push(text.slice(at, at + chunkSize), (r) => found.push(r));
  reader.finish((r) => found.push(r));
  return found;
}

describe.each([
  'rdp-break-in-eventviewer.csv',
  'rdp-break-in-export-csv.csv',
  'rdp-break-in-select-object.csv',
])('Windows Security events from %s', (name) => {
  const text = fixture(name);

  it.each([1, 7, 4096, 1 << 20])(
    'finds the attacker, the locked-out account and the one logon, in local time (chunks of %i)',
    (size) => {
      const { format, analysis, events } = analyze(text, size);
      expect(format).toBe('windows-csv');
      const byAddress = (ip: string) => analysis.sources.find((s) => s.ip === ip);
      expect(byAddress('203.0.113.77')).toMatchObject({ failures: 4, invalidUsers: 4, successes: 1 });
      expect(
        byAddress('203.0.113.77')
          ?.users.map((u) => u.user)
          .sort(),
      ).toEqual(['<script>', 'admin', 'administrator', 'backup', 'scanner'].sort());
      expect(byAddress('198.51.100.23')).toMatchObject({ failures: 1, invalidUsers: 0, successes: 0 });
      expect(analysis.sources).toHaveLength(2);
      expect(analysis.logins).toHaveLength(1);
      // 08:10:00 on the exporting machine's Berlin clock is 07:10:00 UTC.
      expect(analysis.logins[0]).toMatchObject({
        user: 'administrator',
        ip: '203.0.113.77',
        service: 'windows',
        logonType: 10,
        time: Date.parse('2026-11-20T07:10:00Z'),
      });
      expect(events.find((event) => event.kind === 'refused')).toMatchObject({
        user: 'bookkeeping',
        status: 'account locked out (called from FS01)',
      });
      // The 4672 (special privileges) is what the administrator logon did next: kept, not unrecognized.
      expect(analysis.summary.unrecognized).toBe(0);
      expect(analysis.notableEvents.find((event) => event.actionByUser !== undefined)).toMatchObject({
        user: 'administrator',
        actionByUser: 'logged on with special privileges (administrator rights): SeBackupPrivilege',
      });
    },
  );

  it('reads Status/Sub Status, logon type and port from the message text', () => {
    const { events } = analyze(text, 1 << 20);
    const statuses = events.map((event) => event.status);
    expect(statuses).toContain('wrong password (0xC000006A)');
    expect(statuses).toContain('user name does not exist (0xC0000064)');
    expect(events.find((event) => event.ip === '198.51.100.23')).toMatchObject({
      kind: 'auth-failure',
      logonType: 10,
      port: 61000,
      method: 'NTLM',
      time: Date.parse('2026-11-20T07:09:00Z'),
    });
  });
});

describe('the CSV record reader', () => {
  const text = 'a,"b, ""quoted""\r\nsecond line",c\r\n\r\n"x",y,\r\nlast,"no break"';

  it.each([1, 2, 3, 1000])('keeps quoted commas, doubled quotes and line breaks in chunks of %i', (size) => {
    expect(records(text, size).map((r) => [r.fields, r.line])).toEqual([
      [['a', 'b, "quoted"\r\nsecond line', 'c'], 1],
      [['x', 'y', ''], 4],
      [['last', 'no break'], 5],
    ]);
  });

  it('gives up on a record an unmatched quote has run past 4 MiB, then reads on', () => {
    const runaway = 'a,"never closed\n' + 'x\n'.repeat(2_200_000);
    const found = records(runaway + 'still,\n', 64 * 1024);
    expect(found[0]?.fields).toEqual([]);
    expect(found.at(-1)?.fields).toEqual(['still', '']);
  });

  it('counts lines including a last one without a break', () => {
    const reader = createCsvRecordReader();
    reader.push(text, () => undefined);
    reader.finish(() => undefined);
    expect(reader.lines()).toBe(5);
  });
});

describe('times in Windows CSV exports', () => {
  const header = '"TimeCreated","Id","Message"\n';
  const failure = (stamp: string) =>
    `"${stamp}","4625","An account failed to log on.\n\nAccount For Which Logon Failed:\n\tAccount Name:\t\tadmin\n\nFailure Information:\n\tStatus:\t\t\t0xC000006D\n\tSub Status:\t\t0xC000006A\n\nNetwork Information:\n\tSource Network Address:\t203.0.113.7\n"\n`;
  const times = (stamps: string[], timeZone = 'UTC') =>
    analyze(header + stamps.map(failure).join(''), 1 << 20, { year: 1999, timeZone }).events.map((e) =>
      new Date(e.time).toISOString(),
    );

  it('reads the wall clock in the zone the person confirmed', () => {
    expect(times(['11/21/2026 10:48:21 AM'], 'America/New_York')).toEqual(['2026-11-21T15:48:21.000Z']);
    expect(times(['21.11.2026 10:48:21'], 'Europe/Berlin')).toEqual(['2026-11-21T09:48:21.000Z']);
    expect(times(['2026-11-21T10:48:21'], 'Europe/Berlin')).toEqual(['2026-11-21T09:48:21.000Z']);
  });

  it('takes a zone written in an ISO time over the confirmed one', () => {
    expect(times(['2026-11-21T10:48:21.5Z', '2026-11-21T10:48:21+02:00'], 'Asia/Tokyo')).toEqual([
      '2026-11-21T10:48:21.500Z',
      '2026-11-21T08:48:21.000Z',
    ]);
  });

  it('settles day or month first for the whole file from the first date that proves it', () => {
    // 05/11 alone reads both ways; 21/11 later in the file proves day first.
    expect(times(['05/11/2026 09:00:00', '21/11/2026 09:00:00'])).toEqual([
      '2026-11-05T09:00:00.000Z',
      '2026-11-21T09:00:00.000Z',
    ]);
    expect(times(['05/11/2026 9:00:00 AM', '11/21/2026 9:00:00 PM'])).toEqual([
      '2026-05-11T09:00:00.000Z',
      '2026-11-21T21:00:00.000Z',
    ]);
  });

  it('reads an unproven order month first with AM/PM and day first on a 24-hour clock', () => {
    expect(times(['05/11/2026 12:30:00 AM'])).toEqual(['2026-05-11T00:30:00.000Z']);
    expect(times(['05/11/2026 12:30:00'])).toEqual(['2026-11-05T12:30:00.000Z']);
  });

  it('tells the person when no date settled the order, with both readings and what to do', () => {
    const guessed = analyze(header + failure('05/11/2026 12:30:00'), 1 << 20).analysis.summary.notes;
    expect(guessed).toHaveLength(1);
    expect(guessed?.[0]).toContain('"05/11/2026 12:30:00" can be read as 5 November 2026 or as 11 May 2026');
    expect(guessed?.[0]).toContain('they were read day first (5 November 2026)');
    expect(guessed?.[0]).toContain('export the Security log as XML');
    const usStyle = analyze(header + failure('05/11/2026 12:30:00 AM'), 1 << 20).analysis.summary.notes;
    expect(usStyle?.[0]).toContain('they were read month first (11 May 2026)');
    // A file whose dates settle it needs no note.
    const proven = header + ['05/11/2026 09:00:00', '21/11/2026 09:00:00'].map(failure).join('');
    expect(analyze(proven, 1 << 20).analysis.summary.notes).toBeUndefined();
  });

  it('counts a date that contradicts the settled order as unreadable instead of shifting it', () => {
    const text = header + ['21/11/2026 09:00:00', '11/22/2026 09:00:00'].map(failure).join('');
    const { events, analysis } = analyze(text, 1 << 20);
    expect(events).toHaveLength(1);
    expect(analysis.summary.unrecognized).toBe(1);
  });

  it('knows the date shapes of common locales', () => {
    expect(readLocaleStamp('2026/11/21 10:48:21')?.wallClock('day-first')).toBe(
      Date.parse('2026-11-21T10:48:21Z'),
    );
    expect(readLocaleStamp('21.11.26 10:48')?.wallClock('month-first')).toBe(
      Date.parse('2026-11-21T10:48:00Z'),
    );
    expect(readLocaleStamp('31/04/2026 10:00:00')?.wallClock('day-first')).toBeNaN();
    expect(readLocaleStamp('yesterday')).toBeUndefined();
  });
});

describe('detecting Windows CSV exports', () => {
  it('recognizes the header rows of Event Viewer and Export-Csv, not other CSV', () => {
    expect(windowsCsvFormat.detect(['Level,Date and Time,Source,Event ID,Task Category'])).toBeGreaterThan(
      0.5,
    );
    expect(
      windowsCsvFormat.detect([
        '#TYPE System.Diagnostics.Eventing.Reader.EventLogRecord',
        '"Message","Id","TimeCreated"',
      ]),
    ).toBeGreaterThan(0.5);
    expect(windowsCsvFormat.detect(['"EventID","MachineName","Message","TimeGenerated"'])).toBeGreaterThan(
      0.5,
    );
    expect(windowsCsvFormat.detect(['name,id,date and time'])).toBe(0);
    expect(
      windowsCsvFormat.detect(['Nov 21 10:48:21 srv sshd[1]: Failed password for root from 1.2.3.4']),
    ).toBe(0);
  });

  it('counts a record whose message is not in English as unrecognized, not as a silent failure', () => {
    const german =
      '"TimeCreated","Id","Message"\n"21.11.2026 10:48:21","4625","Fehler beim Anmelden eines Kontos.\n\nKonto, für das die Anmeldung fehlgeschlagen ist:\n\tKontoname:\t\tadmin"\n';
    const { events, analysis } = analyze(german, 1 << 20);
    expect(events).toHaveLength(0);
    expect(analysis.summary.unrecognized).toBe(1);
  });
});

describe('reading the English message text', () => {
  it('finds the fields of a Kerberos failure (4771) and of an older 4624 without "Logon Information"', () => {
    const kerberos =
      'Kerberos pre-authentication failed.\r\n\r\nAccount Information:\r\n\tSecurity ID:\t\tOFFICE\\bob\r\n\tAccount Name:\t\tbob\r\n\r\n' +
      'Service Information:\r\n\tService Name:\t\tkrbtgt/OFFICE\r\n\r\nNetwork Information:\r\n\tClient Address:\t\t::ffff:198.51.100.5\r\n\tClient Port:\t\t49152\r\n\r\n' +
      'Additional Information:\r\n\tTicket Options:\t\t0x40810010\r\n\tFailure Code:\t\t0x18\r\n\tPre-Authentication Type:\t2';
    expect(Object.fromEntries(eventDataFromMessage(4771, kerberos) ?? [])).toEqual({
      TargetUserName: 'bob',
      ServiceName: 'krbtgt/OFFICE',
      Status: '0x18',
      IpAddress: '::ffff:198.51.100.5',
      IpPort: '49152',
    });
    const older =
      'An account was successfully logged on.\n\nSubject:\n\tAccount Name:\t\tFS01$\n\nLogon Type:\t\t\t10\n\n' +
      'New Logon:\n\tAccount Name:\t\tanna\n\nNetwork Information:\n\tSource Network Address:\t192.0.2.8\n';
    expect(eventDataFromMessage(4624, older)).toEqual(
      new Map([
        ['TargetUserName', 'anna'],
        ['LogonType', '10'],
        ['IpAddress', '192.0.2.8'],
      ]),
    );
  });
});
