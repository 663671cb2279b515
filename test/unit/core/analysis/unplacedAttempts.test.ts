// Windows failures that name no address are attempts all the same: counted, said apart from the
// addresses, with the clients' own computer names shown as their claim (issue 13).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createLogAnalyzer } from '../../../../renderer/core/analysis/logAnalyzer';
import { windowsXmlFormat } from '../../../../renderer/core/logs/windowsXml';
import { attackHeadline } from '../../../../renderer/core/analysis/attackHeadline';
import {
  mergeUnplacedAttempts,
  unplacedAttemptsText,
} from '../../../../renderer/core/analysis/unplacedAttempts';

function analyzeXml(path: string) {
  const analyzer = createLogAnalyzer({
    file: path,
    format: windowsXmlFormat,
    time: { year: 2026, timeZone: 'UTC' },
  });
  analyzer.push(readFileSync(path, 'utf8'));
  return analyzer.finish();
}

describe('failed Windows logons without an address', () => {
  it('are counted with the WorkstationName the clients gave, and a console typo is not one of them', () => {
    const analysis = analyzeXml('test/fixtures/windows/ntlm-spray-no-address.xml');
    expect(analysis.sources).toEqual([]);
    expect(analysis.unplacedAttempts).toEqual({
      attempts: 35,
      workstations: [
        { name: 'KALI', attempts: 30 },
        { name: 'WIN-8H2K1Q', attempts: 5 },
      ],
    });
    expect(unplacedAttemptsText(analysis.unplacedAttempts!)).toBe(
      '35 failed attempts named no address (Windows writes none for some network logons, such as file sharing or ' +
        'Remote Desktop without Network Level Authentication); the client called its computers "KALI" and ' +
        '"WIN-8H2K1Q" (a name the client chooses itself: no proof of where the attempt came from).',
    );
  });

  it('add up across files, and a log without them has none', () => {
    const one = { attempts: 3, workstations: [{ name: 'KALI', attempts: 3 }] };
    expect(mergeUnplacedAttempts([one, undefined, one])).toEqual({
      attempts: 6,
      workstations: [{ name: 'KALI', attempts: 6 }],
    });
    expect(mergeUnplacedAttempts([undefined])).toBeUndefined();
    expect(analyzeXml('test/fixtures/windows/rdp-break-in.xml').unplacedAttempts).toBeUndefined();
  });

  it('are said in the headline, so the attempts add up to the events', () => {
    const analysis = analyzeXml('test/fixtures/windows/ntlm-spray-no-address.xml');
    expect(attackHeadline(analysis.sources, analysis.logins, analysis.unplacedAttempts)).toBe(
      'These logs show 35 failed attempts that named no address, and 0 successful logins.',
    );
    const withAddresses = analyzeXml('test/fixtures/windows/rdp-break-in.xml');
    expect(
      attackHeadline(withAddresses.sources, withAddresses.logins, { attempts: 1, workstations: [] }),
    ).toMatch(/ 1 more failed attempt named no address \(see the Confirm step\)\./);
  });
});
