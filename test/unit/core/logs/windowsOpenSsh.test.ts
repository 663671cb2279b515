// Windows' own OpenSSH server writes sshd's messages into the OpenSSH/Operational channel: read
// like an auth.log (real events, CC0: test/fixtures/windows/cc0/).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLogAnalyzer } from '../../../../renderer/core/analysis/logAnalyzer';
import { windowsXmlFormat } from '../../../../renderer/core/logs/windowsXml';

describe('OpenSSH/Operational events of a Windows server', () => {
  it('are read as sshd messages: the unknown user, the passwords tried and the address', () => {
    const text = readFileSync(
      resolve('test/fixtures/windows/cc0/ID4-OpenSSH_brutforce_with_non_existing_users_sshd_logs.evtx.xml'),
      'utf8',
    );
    const analyzer = createLogAnalyzer({
      file: 'openssh.xml',
      format: windowsXmlFormat,
      time: { year: 2026, timeZone: 'UTC' },
    });
    analyzer.push(text);
    const analysis = analyzer.finish();
    expect(analysis.sources).toEqual([
      expect.objectContaining({
        ip: '10.23.23.9',
        failures: 5,
        invalidUsers: 1,
        users: [{ user: 'hacker', count: 5 }],
      }),
    ]);
    expect(analysis.summary).toMatchObject({ unit: 'record', units: 7, aboutLogins: 7, notAboutLogins: 0 });
  });
});
