import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readLog, readLogText } from './readLog';
import { remoteDesktopThroughTunnel } from '../../../../renderer/core/logs/windowsEvents';
import { flagLogins } from '../../../../renderer/core/analysis/loginFlags';
import { needsAnswer } from '../../../../renderer/core/analysis/loginStanding';

const shared = new URL('../../../../../shared/samples/windows/', import.meta.url);

describe('Windows events after a logon', () => {
  const { analysis, events } = readLog('windows/after-break-in.xml');
  const kept = analysis.notableEvents;

  it('keeps account changes one by one, in words that say who did them', () => {
    expect(
      kept.filter((event) => event.accountChange !== undefined).map((event) => event.accountChange),
    ).toEqual([
      'account support$ created by FS01\\administrator',
      'account support$ enabled by FS01\\administrator',
      'password of support$ reset by FS01\\administrator',
      'S-1-5-21-1-2-3-1010 added to group Builtin\\Administrators by FS01\\administrator',
      'account support$ changed by FS01\\administrator',
    ]);
  });

  it("keeps a person's special privileges and borrowed credentials, and leaves SYSTEM's out", () => {
    expect(
      kept
        .filter((event) => event.actionByUser !== undefined)
        .map((event) => [event.user, event.actionByUser]),
    ).toEqual([
      [
        'administrator',
        'logged on with special privileges (administrator rights): SeSecurityPrivilege, SeBackupPrivilege, SeDebugPrivilege',
      ],
      [
        'administrator',
        'used the credentials of FS01\\bookkeeping for localhost (C:\\Windows\\System32\\runas.exe)',
      ],
    ]);
  });

  it('keeps a cleared Security log as a notable event, never as a line not about logins', () => {
    expect(kept.filter((event) => event.logCleared !== undefined)).toMatchObject([
      {
        logCleared: 'Security',
        user: 'administrator',
        status: 'the Security log was cleared by FS01\\administrator',
      },
    ]);
    expect(analysis.summary.unrecognized).toBe(0);
  });

  it('says a Remote Desktop logon from 127.0.0.1 came through a tunnel, and keeps its address', () => {
    expect(analysis.logins.find((login) => login.user === 'anna')).toMatchObject({
      ip: '127.0.0.1',
      logonType: 10,
      method: remoteDesktopThroughTunnel,
    });
  });

  it('asks about that tunnelled logon, saying the real source is not in the log', () => {
    const anna = flagLogins(analysis.logins, analysis.sources).find((login) => login.user === 'anna')!;
    expect(needsAnswer(anna)).toBe(true);
    expect(anna.reasons?.map((reason) => reason.text).join(' ')).toMatch(
      /^"anna" logged on over Remote Desktop from 127\.0\.0\.1, this computer's own address\..*the address it really came from is not in this log/,
    );
  });

  it("shows the client's computer name for a failure without an address, and counts it nowhere as an address", () => {
    const failure = events.find((event) => event.user === 'guest');
    expect(failure).toMatchObject({ kind: 'invalid-user', ip: undefined, workstation: 'WIN-R4ND0M' });
    // With an address the name is not needed (and the address is what counts).
    expect(events.find((event) => event.user === 'backup')?.workstation).toBeUndefined();
  });
});

describe('real cleared logs (CC0 samples)', () => {
  it('reads the Security 1102 and the 90 System 104 of one clearing run', () => {
    const { analysis } = readLog('windows/cc0/ID104-1102-Event_log_cleared.evtx.xml');
    const cleared = analysis.notableEvents.filter((event) => event.logCleared !== undefined);
    expect(cleared).toHaveLength(91);
    expect(cleared.filter((event) => event.logCleared === 'Security')).toHaveLength(1);
    expect(cleared[0]).toMatchObject({
      logCleared: 'System',
      user: 'admmig',
      status: 'the System log was cleared by OFFSEC\\admmig',
    });
    // Each 104 names another log; none of them is the Security log the 1102 names.
    expect(new Set(cleared.map((event) => event.logCleared)).size).toBe(91);
  });

  it('reads the hidden account being created, enabled, reset, put into groups and deleted', () => {
    const { analysis } = readLog('windows/cc0/ID472_4728_Hidden_user_creation.evtx.xml');
    const changes = analysis.notableEvents.flatMap((event) =>
      event.accountChange === undefined ? [] : [event.accountChange],
    );
    const member = 'S-1-5-21-2721507831-1374043488-2540227515-1008';
    // In the order Windows wrote them (the export is not sorted by time).
    expect(changes).toEqual([
      `${member} added to group FS03VULN\\None by OFFSEC\\admmig`,
      'account 3teamssixf$ created by OFFSEC\\admmig',
      'account 3teamssixf$ enabled by OFFSEC\\admmig',
      'account 3teamssixf$ changed by OFFSEC\\admmig',
      'password of 3teamssixf$ reset by OFFSEC\\admmig',
      `${member} added to group Builtin\\Administrators by OFFSEC\\admmig`,
      `${member} removed from group Builtin\\Administrators by OFFSEC\\admmig`,
      `${member} removed from group FS03VULN\\None by OFFSEC\\admmig`,
      'account 3teamssixf$ deleted by OFFSEC\\admmig',
      'account 3teamssixf$ changed by OFFSEC\\admmig',
    ]);
    expect(analysis.notableEvents.filter((event) => event.logCleared === 'Security')).toHaveLength(1);
  });

  it.skipIf(!existsSync(new URL('DE_RDP_Tunneling_4624.evtx.xml', shared)))(
    'reads the real tunnelled Remote Desktop logon as one from 127.0.0.1 (GPL sample, read in place)',
    () => {
      const text = readFileSync(new URL('DE_RDP_Tunneling_4624.evtx.xml', shared), 'utf8');
      const { analysis } = readLogText(text);
      expect(analysis.logins.filter((login) => login.logonType === 10)).toMatchObject([
        { ip: '127.0.0.1', method: remoteDesktopThroughTunnel },
      ]);
    },
  );
});

describe('the same events in CSV and JSON exports', () => {
  it('reads a cleared log and a new account from their English messages', () => {
    const csv = [
      'Keywords,Date and Time,Source,Event ID,Task Category',
      'Audit Success,10/25/2021 6:09:51 PM,Microsoft-Windows-Eventlog,1102,Log clear,"The audit log was cleared.',
      'Subject:',
      '\tSecurity ID:\tS-1-5-21-1-2-3-1111',
      '\tAccount Name:\tadmmig',
      '\tDomain Name:\tOFFSEC',
      '\tLogon ID:\t0x123550"',
      'Information,10/25/2021 6:04:30 PM,Eventlog,104,Log clear,"The System log file was cleared."',
      'Audit Success,10/25/2021 6:05:00 PM,Microsoft-Windows-Security-Auditing,4720,User Account Management,"A user account was created.',
      '',
      'Subject:',
      '\tSecurity ID:\tS-1-5-21-1-2-3-1111',
      '\tAccount Name:\tadmmig',
      '\tAccount Domain:\tOFFSEC',
      '',
      'New Account:',
      '\tSecurity ID:\tS-1-5-21-1-2-3-1008',
      '\tAccount Name:\tsupport$',
      '\tAccount Domain:\tFS03"',
    ].join('\r\n');
    const { format, analysis } = readLogText(csv);
    expect(format).toBe('windows-csv');
    expect(analysis.notableEvents.map((event) => event.logCleared ?? event.accountChange)).toEqual([
      'Security',
      'System',
      'account support$ created by OFFSEC\\admmig',
    ]);
  });

  it('reads Get-WinEvent JSON by the properties of each event id', () => {
    const json = JSON.stringify([
      {
        Id: 1102,
        ProviderName: 'Microsoft-Windows-Eventlog',
        LogName: 'Security',
        TimeCreated: '/Date(1635185391875)/',
        Properties: [
          { Value: 'S-1-5-21-1' },
          { Value: 'admmig' },
          { Value: 'OFFSEC' },
          { Value: '0x123550' },
        ],
      },
      {
        Id: 4732,
        ProviderName: 'Microsoft-Windows-Security-Auditing',
        TimeCreated: '/Date(1635185400000)/',
        Properties: [
          '-',
          'S-1-5-21-1-1008',
          'Administrators',
          'Builtin',
          'S-1-5-32-544',
          'S-1-5-21-1',
          'admmig',
          'OFFSEC',
        ].map((Value) => ({ Value })),
      },
    ]);
    const { analysis } = readLogText(json);
    expect(analysis.notableEvents.map((event) => event.logCleared ?? event.accountChange)).toEqual([
      'Security',
      'S-1-5-21-1-1008 added to group Builtin\\Administrators by OFFSEC\\admmig',
    ]);
  });

  it('does not take another provider’s event 104 for a cleared log', () => {
    const json = JSON.stringify([
      {
        Id: 104,
        ProviderName: 'Microsoft-Windows-Kernel-Power',
        TimeCreated: '/Date(1635185391875)/',
        Properties: [],
      },
    ]);
    expect(readLogText(json).analysis.notableEvents).toEqual([]);
  });
});
