import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLogAnalyzer } from '../../../../renderer/core/analysis/logAnalyzer';
import { detectFormat } from '../../../../renderer/core/logs/formatRegistry';
import { composeAbuseEmail } from '../../../../renderer/core/report/abuseEmail';
import { draftAsText } from '../../../../renderer/core/report/abuseEmailDraft';
import { reportAudience, type SourceOwner } from '../../../../renderer/core/report/abuseGroups';
import { collectReportEvidence } from '../../../../renderer/core/report/reportEvidence';
import { reporter } from './sampleCase';

const time = { year: 2026, timeZone: 'Europe/Berlin' };
const rules = {
  // 198.51.100.23 is the office's own VPN gateway in this story: never reported, never quoted.
  knownGood: ['198.51.100.0/24'],
  maskUsers: ['administrator', 'bookkeeping'],
  hostNames: [],
  ourAddresses: [],
  maskInternalAddresses: true,
};
const owner = (abuseEmail: string): SourceOwner => ({
  owner: 'Example Net',
  network: null,
  country: 'NL',
  abuseEmail,
});
const owners = new Map([
  ['203.0.113.77', owner('abuse@example.net')],
  ['198.51.100.23', owner('abuse@example.org')],
]);

function emailFor(fixture: string) {
  const text = readFileSync(resolve('test/fixtures/windows', fixture), 'utf8');
  const format = detectFormat(text.split('\n', 50));
  if (!format) throw new Error('not detected');
  const analyzer = createLogAnalyzer({ file: fixture, format, time });
  analyzer.push(text);
  // Documentation addresses (RFC 5737) stand in for public ones here.
  const sources = analyzer.finish().sources.map((source) => ({ ...source, scope: 'public' as const }));
  // Both addresses are looked for, as if the known-good one had slipped through: redaction must hold.
  const evidence = collectReportEvidence(
    [{ name: fixture, text, format, time }],
    sources.map((s) => s.ip),
  );
  const audience = reportAudience(sources, owners, rules.knownGood);
  expect(audience.recipients.map((recipient) => recipient.abuseEmail)).toEqual(['abuse@example.net']);
  const email = composeAbuseEmail({
    recipient: audience.recipients[0]!,
    linesByAddress: evidence.byAddress,
    portsByAddress: new Map([...evidence.byAddress].map(([ip, seen]) => [ip, seen.ports])),
    reporter,
    logTimeZone: time.timeZone,
    ourServer: null,
    rules,
    reference: 'IN-9',
    includeXarf: true,
  });
  return { ...email, sent: draftAsText(email.draft) };
}

describe.each(['rdp-break-in.xml', 'rdp-break-in-getwinevent.json', 'rdp-break-in-eventviewer.csv'])(
  'an abuse email from the Windows export %s',
  (fixture) => {
    const { excerpt, sent } = emailFor(fixture);

    it('quotes one readable line per event from the reported address, oldest first, in UTC', () => {
      expect(excerpt.lines).toHaveLength(8);
      expect(excerpt.lines[1]).toMatch(
        /^2026-11-20T07:01:11(?:\.500)?Z 4625 failed logon for admin from 203\.0\.113\.77 port 50001 \(logon type 3: over the network \(file share, …\); user name does not exist \(0xc0000064\)\)$/i,
      );
      expect(excerpt.lines[0]).toMatch(
        /^2026-11-20T07:00:10(?:\.500)?Z 4625 failed logon for \[user-1\] from 203\.0\.113\.77 /,
      );
      expect(sent).not.toMatch(/<Data|Account For Which Logon Failed|S-1-0-0|FS01/);
    });

    it('never contains a known-good address, a masked user name or the successful logon', () => {
      expect(sent).not.toContain('198.51.100.23');
      expect(sent).not.toMatch(/(?<![\w-])(?:administrator|bookkeeping)(?![\w-])/);
      expect(sent).not.toContain('successful logon');
      expect(sent).toContain('[user-1]');
      expect(excerpt.removedSuccessfulLogins).toBe(1);
    });

    it('says the Windows lines are stamped in UTC and names the service', () => {
      expect(sent).toContain('the stamps at the start of each line are in UTC;');
      expect(sent).toContain('Line stamps are in UTC.');
      expect(sent).toContain('Service: Windows logon (Remote Desktop, file sharing)');
    });

    it('keeps a hostile user name as plain text', () => {
      expect(excerpt.lines.some((line) => line.includes('failed logon for <script> from'))).toBe(true);
    });
  },
);
