import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AuthEvent } from '../../../../renderer/core/logs/authEvent';
import { createLogAnalyzer } from '../../../../renderer/core/analysis/logAnalyzer';
import { detectFormat } from '../../../../renderer/core/logs/formatRegistry';
import { decodeXml } from '../../../../renderer/core/logs/windowsXml';

const fixture = (name: string) =>
  readFileSync(new URL(`../../../fixtures/windows/${name}`, import.meta.url), 'utf8');

function analyze(text: string, chunkSize: number) {
  const sample = text.slice(0, 64 * 1024).split('\n', 50);
  const format = detectFormat(sample);
  if (!format) throw new Error('not detected');
  const events: AuthEvent[] = [];
  const analyzer = createLogAnalyzer({
    file: 'security',
    format,
    time: { year: 1999, timeZone: 'Asia/Tokyo' }, // must not matter: Windows times carry their zone
    onEvent: (event) => events.push(event),
  });
  for (let at = 0; at < text.length; at += chunkSize) analyzer.push(text.slice(at, at + chunkSize));
  return { format: format.id, analysis: analyzer.finish(), events };
}

describe.each([
  ['rdp-break-in.xml', 'windows-xml'],
  ['rdp-break-in-wevtutil.xml', 'windows-xml'],
  ['rdp-break-in-getwinevent.json', 'windows-json'],
])('Windows Security events from %s', (name, formatId) => {
  const text = fixture(name);

  it.each([7, 4096, 1 << 20])(
    'finds the attacker, the locked-out account and the one logon (chunks of %i)',
    (size) => {
      const { format, analysis, events } = analyze(text, size);
      expect(format).toBe(formatId);
      expect(
        analysis.sources.map((s) => [
          s.ip,
          s.failures,
          s.invalidUsers,
          s.successes,
          s.users.map((u) => u.user),
        ]),
      ).toEqual([
        ['203.0.113.77', 4, 4, 1, ['administrator', '<script>', 'admin', 'backup', 'scanner']],
        ['198.51.100.23', 1, 0, 0, ['administrator']],
      ]);
      expect(analysis.logins).toHaveLength(1);
      expect(analysis.logins[0]).toMatchObject({
        user: 'administrator',
        ip: '203.0.113.77',
        service: 'windows',
        logonType: 10,
        time: Date.parse('2026-11-20T07:10:00.250Z'),
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

  it('says why each logon failed, in words', () => {
    const { events } = analyze(text, 1 << 20);
    const statuses = events.filter((event) => event.kind !== 'success').map((event) => event.status);
    expect(statuses).toContain('wrong password (0xc000006a)');
    expect(statuses).toContain('user name does not exist (0xc0000064)');
    const rdp = events.find((event) => event.ip === '198.51.100.23');
    expect(rdp).toMatchObject({ logonType: 10, port: 61000, method: 'NTLM' });
  });
});

describe('decodeXml', () => {
  it('turns entities into plain text and leaves unknown ones alone', () => {
    expect(decodeXml('&lt;b&gt; &amp; &#65;&#x42; &nope;')).toBe('<b> & AB &nope;');
  });
});

describe('Windows exports that are not about logons', () => {
  it('counts an export cut off in the middle of an event as unrecognized, not as an event', () => {
    const text = fixture('rdp-break-in.xml');
    const cut = text.slice(0, text.lastIndexOf('<EventData>'));
    const { analysis } = analyze(cut, 4096);
    expect(analysis.logins).toHaveLength(1); // the logon came before the cut
    expect(analysis.summary.unrecognized).toBe(1); // the cut 4776 (the 4672 is an event)
  });
});
