// The abuse e-mail stays a size a mail server takes and the desktop handler accepts, however many
// lines the log has: the body quotes a sample, the complete excerpt is attached (zipped when it
// is large, cut at a stated size with the rest offered on request). 300 addresses × 5,000 lines
// run in test/bench; here the same path with fewer lines, and the archive at a small limit.
import { simpleParser } from 'mailparser';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { AttackSource } from '../../../../renderer/core/analysis/attackSource';
import { composeAbuseEmail, type AddressLines } from '../../../../renderer/core/report/abuseEmail';
import { zipExcerpt } from '../../../../renderer/core/report/excerptArchive';
import { emlMessage } from '../../../../renderer/core/report/emlMessage';
import { composeAbuseEmailArgs } from '../../../../main/handlers/reportHandlers';
import { publicAddress, syslogStamp } from '../../../support/largeLogs';

const start = Date.UTC(2026, 10, 1);

function providerCase(addresses: number, linesEach: number) {
  const sources: AttackSource[] = [];
  const linesByAddress = new Map<string, AddressLines>();
  let position = 0;
  for (let index = 0; index < addresses; index++) {
    const ip = publicAddress(index);
    const lines: string[] = [];
    const positions: number[] = [];
    for (let line = 0; line < linesEach; line++) {
      lines.push(
        `${syslogStamp(index * linesEach + line)} srv01 sshd[${1000 + line}]: Failed password for invalid user u${(line * 7919) % 5003} from ${ip} port ${30000 + line} ssh2`,
      );
      positions.push(position++);
    }
    linesByAddress.set(ip, { lines, positions });
    sources.push({
      ip,
      scope: 'public',
      failures: linesEach,
      invalidUsers: linesEach,
      guessesWithoutPassword: 0,
      refused: 0,
      probes: 0,
      successes: 0,
      users: [{ user: 'u1', count: linesEach }],
      services: ['sshd'],
      firstSeen: start + index * 1000,
      lastSeen: start + index * 1000 + linesEach,
    });
  }
  return composeAbuseEmail({
    recipient: { abuseEmail: 'abuse@provider.example', owners: ['Provider'], sources },
    linesByAddress,
    portsByAddress: new Map(),
    reporter: { name: 'Pat', organisation: 'Dept: IT', email: 'it@example-office.test' },
    logTimeZone: 'UTC',
    ourServer: null,
    rules: {
      knownGood: [],
      maskUsers: [],
      hostNames: ['srv01'],
      ourAddresses: [],
      maskInternalAddresses: true,
    },
    reference: 'IN-7',
    includeXarf: true,
  });
}

describe('an abuse e-mail for 300 addresses at one provider', { timeout: 60_000 }, () => {
  const { draft, excerpt } = providerCase(300, 60);

  it('quotes a readable sample in the body: some addresses in full, the first and last lines of a few', () => {
    expect(excerpt.lines).toHaveLength(18_000);
    expect(draft.text.length).toBeLessThan(20_000);
    expect(draft.text).toContain('… and 275 more addresses: the attached file has the lines of every one.');
    expect(draft.text).toMatch(
      / {2}20\.0\.0\.7: 60 lines, the first two and the last:\n {4}Nov {2}1 00:00:00 \[our-server\] sshd/,
    );
    expect(draft.text).toContain('[… 57 more lines from this address in the attached file …]');
    expect(draft.text).toContain('The lines of the other 290 addresses are in the attached file.');
    expect(draft.subject).toContain('300 addresses in your network');
  });

  it('attaches the complete excerpt zipped, and the desktop handler accepts the draft', async () => {
    const [zip] = draft.attachments;
    expect(zip?.contentType).toBe('application/zip');
    expect(draft.text).toContain(
      'The complete excerpt (18,000 lines) is attached, compressed, as IN-7-log-excerpt.zip',
    );
    const files = unzipSync(zip!.content as Uint8Array);
    const text = strFromU8(files['IN-7-log-excerpt.txt']!);
    expect(text.trimEnd().split('\n').slice(5)).toEqual(excerpt.lines);
    expect(composeAbuseEmailArgs.safeParse([draft]).success).toBe(true);
    const mail = await simpleParser(emlMessage(draft, { now: start }));
    expect(mail.attachments.map((attachment) => attachment.filename)).toEqual([
      'IN-7-log-excerpt.zip',
      'IN-7-xarf.json',
    ]);
  });
});

describe('the zipped excerpt', () => {
  // Random hex does not compress: the worst case for staying under the limit.
  const lines = Array.from({ length: 40_000 }, (_, index) =>
    Array.from({ length: 6 }, (_, part) => ((index * 2_654_435_761 + part * 40_503) >>> 0).toString(16)).join(
      '',
    ),
  );

  it('stays under its limit, keeps whole lines and says how many more are available on request', () => {
    const limit = 256 * 1024;
    const archive = zipExcerpt('excerpt.txt', 'header\n', lines, start, undefined, limit);
    expect(archive.bytes.length).toBeLessThanOrEqual(limit);
    expect(archive.linesIncluded).toBeGreaterThan(1000);
    expect(archive.linesIncluded).toBeLessThan(lines.length);
    const text = strFromU8(unzipSync(archive.bytes)['excerpt.txt']!);
    const written = text.trimEnd().split('\n');
    expect(written.slice(1, -1)).toEqual(lines.slice(0, archive.linesIncluded));
    expect(written.at(-1)).toBe(
      `[… ${(lines.length - archive.linesIncluded).toLocaleString('en-US')} more lines are not in this file (it would be over 256 KB); we will gladly send them on request …]`,
    );
  });

  it('is the same bytes for the same excerpt', () => {
    const once = zipExcerpt('excerpt.txt', 'header\n', lines.slice(0, 100), start);
    const again = zipExcerpt('excerpt.txt', 'header\n', lines.slice(0, 100), start);
    expect(Buffer.from(once.bytes).equals(Buffer.from(again.bytes))).toBe(true);
  });
});
