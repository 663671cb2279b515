import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createLogAnalyzer } from '../../../../renderer/core/analysis/logAnalyzer';
import { detectFormat } from '../../../../renderer/core/logs/formatRegistry';
import { flagLogins, isSuspiciousLogin } from '../../../../renderer/core/analysis/loginFlags';
import { logClearedWarnings } from '../../../../renderer/core/analysis/logClearedWarnings';
import { sessionAfter } from '../../../../renderer/core/analysis/sessionAfter';
import {
  isTunnelledRemoteDesktop,
  tunnelledRemoteDesktopReason,
} from '../../../../renderer/core/analysis/tunnelledRemoteDesktop';
import { workstationNames, workstationWords } from '../../../../renderer/core/analysis/workstationName';

function analyze(path: string) {
  const text = readFileSync(new URL(`../../../fixtures/windows/${path}`, import.meta.url), 'utf8');
  const analyzer = createLogAnalyzer({
    file: path,
    format: detectFormat(text.split('\n', 50))!,
    time: { year: 2026, timeZone: 'UTC' },
  });
  analyzer.push(text);
  return analyzer.finish();
}

describe('cleared logs', () => {
  it('are one loud warning per clearing run, naming the logs, the account and the moment', () => {
    const events = analyze('cc0/ID104-1102-Event_log_cleared.evtx.xml').notableEvents.map((event) => ({
      ...event,
      file: 'fs03-system-and-security.xml',
    }));
    const warnings = logClearedWarnings(events);
    // 18:04:30 the System log alone; 18:09:51 the Security log; 18:11:09–18:11:12 the other 89.
    expect(warnings.map((warning) => [warning.logs.length, warning.by, warning.file])).toEqual([
      [1, 'OFFSEC\\admmig', 'fs03-system-and-security.xml'],
      [1, 'OFFSEC\\admmig', 'fs03-system-and-security.xml'],
      [89, 'OFFSEC\\admmig', 'fs03-system-and-security.xml'],
    ]);
    expect(warnings[1]!.text).toBe(
      'The Windows Security log was cleared at 25 Oct 18:09 (UTC) by the account OFFSEC\\admmig. What those logs ' +
        'recorded before then is gone, logons included: they cannot show that no one got in before that moment. ' +
        'Clearing a log is what an intruder does to hide; ask whoever uses that account whether they did it, and ' +
        'look for copies of the logs elsewhere (a log collector, a backup).',
    );
    expect(warnings[2]!.what).toMatch(
      /^89 Windows event logs \(Application, [^,]+, [^,]+ and 86 more\) were cleared at 25 Oct 18:11 \(UTC\) by the account OFFSEC\\admmig\./,
    );
  });

  it('are none where no log was cleared', () => {
    expect(logClearedWarnings(analyze('rdp-break-in.xml').notableEvents)).toEqual([]);
  });
});

describe('what happened next after a flagged Remote Desktop logon', () => {
  const analysis = analyze('after-break-in.xml');
  const logins = flagLogins(analysis.logins, analysis.sources);
  const administrator = logins.find((login) => login.user === 'administrator')!;

  it('follows the logon from the attacking address with its privileges, accounts and the cleared log', () => {
    expect(isSuspiciousLogin(administrator)).toBe(true);
    const story = sessionAfter(administrator, analysis.notableEvents, logins);
    expect(
      story.actions.map((action) => action.actionByUser ?? action.accountChange ?? action.status),
    ).toEqual([
      'logged on with special privileges (administrator rights): SeSecurityPrivilege, SeBackupPrivilege, SeDebugPrivilege',
      'used the credentials of FS01\\bookkeeping for localhost (C:\\Windows\\System32\\runas.exe)',
      'account support$ created by FS01\\administrator',
      'account support$ enabled by FS01\\administrator',
      'password of support$ reset by FS01\\administrator',
      'S-1-5-21-1-2-3-1010 added to group Builtin\\Administrators by FS01\\administrator',
      'account support$ changed by FS01\\administrator',
      'the Security log was cleared by FS01\\administrator',
    ]);
  });

  it("does not give another user's privileges to the logon", () => {
    const anna = logins.find((login) => login.user === 'anna')!;
    const story = sessionAfter(anna, analysis.notableEvents, logins);
    expect(story.actions.filter((action) => action.actionByUser !== undefined)).toEqual([]);
  });

  it('words a Remote Desktop logon from 127.0.0.1 as forwarded, and no other logon so', () => {
    const anna = logins.find((login) => login.user === 'anna')!;
    expect(isTunnelledRemoteDesktop(anna)).toBe(true);
    expect(tunnelledRemoteDesktopReason(anna)).toMatch(
      /^"anna" logged on over Remote Desktop from 127\.0\.0\.1, this computer's own address\. Remote Desktop does not come from the console/,
    );
    expect(tunnelledRemoteDesktopReason(administrator)).toBeUndefined();
  });
});

describe('failures without an address', () => {
  it("name the client's computer as its own claim, never as proof", () => {
    const events = [
      { workstation: 'WIN-R4ND0M' },
      { workstation: 'KALI' },
      { workstation: 'KALI' },
      { ip: '203.0.113.77', workstation: 'IGNORED' },
    ];
    expect(workstationNames(events)).toEqual(['KALI', 'WIN-R4ND0M']);
    expect(workstationWords(['KALI'])).toBe(
      'the client called its computer "KALI" (a name the client chooses itself: no proof of where the attempt came from)',
    );
    expect(workstationWords([])).toBeUndefined();
  });
});
