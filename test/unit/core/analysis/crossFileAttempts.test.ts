import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createLogAnalyzer } from '../../../../renderer/core/analysis/logAnalyzer';
import { detectFormat } from '../../../../renderer/core/logs/formatRegistry';
import {
  mergeFileSources,
  repeatedAttempts,
  type FileAttempt,
} from '../../../../renderer/core/analysis/crossFileAttempts';

function analyzeFixture(path: string) {
  const text = readFileSync(new URL(`../../../fixtures/${path}`, import.meta.url), 'utf8');
  const format = detectFormat(text.split('\n', 50))!;
  const analyzer = createLogAnalyzer({ file: path, format, time: { year: 2020, timeZone: 'Europe/Paris' } });
  analyzer.push(text);
  return analyzer.finish();
}

const attempt = (time: number, fields: Partial<FileAttempt> = {}): FileAttempt => ({
  service: 'vsftpd',
  ip: '203.0.113.62',
  user: 'bob',
  time,
  count: 1,
  kind: 'auth-failure',
  ...fields,
});
const file = (...attempts: FileAttempt[]) => ({ attempts, incomplete: false });

describe("one attempt in vsftpd's own log and in auth.log", () => {
  it('counts once for the case, while each file counts it "in this file"', () => {
    const ownLog = analyzeFixture('vsftpd/vsftpd.log');
    const authLog = analyzeFixture('vsftpd/auth.log');
    const ip = '93.24.101.89';
    expect(ownLog.sources.find((source) => source.ip === ip)?.failures).toBe(1);
    expect(authLog.sources.find((source) => source.ip === ip)?.failures).toBe(2);
    // FAIL LOGIN at 12:08:53 pairs with the PAM check at 12:08:52; the one at 12:08:54 is another attempt.
    const sources = mergeFileSources([ownLog, authLog]);
    expect(sources.find((source) => source.ip === ip)).toMatchObject({
      failures: 2,
      users: [{ user: 'user', count: 2 }],
    });
    expect(sources.find((source) => source.ip === '203.0.113.62')?.failures).toBe(1);
  });
});

describe('pairing attempts across files', () => {
  it('pairs the same service, address and user name at most 2 seconds apart, each once', () => {
    const repeated = repeatedAttempts([
      file(attempt(10_000), attempt(20_000)),
      file(attempt(11_500), attempt(11_900), attempt(20_000, { user: 'alice' }), attempt(40_000)),
    ]);
    expect(repeated.get('203.0.113.62')).toEqual({
      failures: 1,
      invalidUsers: 0,
      users: new Map([['bob', 1]]),
    });
  });

  it('never pairs two services, two addresses, or attempts of the same file', () => {
    const repeated = repeatedAttempts([
      file(attempt(10_000), attempt(10_500)),
      file(attempt(10_000, { service: 'exim' }), attempt(10_000, { ip: '203.0.113.63' })),
    ]);
    expect(repeated.size).toBe(0);
  });

  it('pairs a name one file does not write with any, and does not count that name twice', () => {
    const repeated = repeatedAttempts([file(attempt(10_000, { user: undefined })), file(attempt(10_000))]);
    expect(repeated.get('203.0.113.62')).toEqual({ failures: 1, invalidUsers: 0, users: new Map() });
  });

  it('leaves a file whose attempts were too many to keep unpaired', () => {
    const repeated = repeatedAttempts([
      { attempts: [attempt(10_000)], incomplete: true },
      file(attempt(10_000)),
    ]);
    expect(repeated.size).toBe(0);
  });
});
