// The manager's "What has been done" speaks the incident's language: no fingerprints, protocol
// names or error codes in front (issue 17); the journal keeps them for a later check.
import { describe, expect, it } from 'vitest';
import { managerJournalLine } from '../../../../renderer/core/report/managerJournalLine';
import { hostNameJournalEntry } from '../../../../renderer/core/lookup/hostNameAddresses';

const sha = '706bdc3d192af17b5b98b1714dc6b63a6e00b3eb54a8323e95feaefc4a94d8af';

describe("the manager's line for a journal entry", () => {
  it('says a log was kept as evidence, with its fingerprint left to the appendix', () => {
    const line = managerJournalLine({
      kind: 'evidence',
      summary: `Evidence added: auth.log (4,220 bytes, SHA-256 ${sha}): 29 lines`,
      details: { file: 'auth.log', sha256: sha, bytes: 4220, format: 'openssh', lines: 29, timeZone: null },
    });
    expect(line).toBe(
      'Log file "auth.log" kept as evidence (29 lines); its fingerprint, which shows it was not changed, is in the appendix.',
    );
    expect(line).not.toContain(sha);
  });

  it('says a failed lookup without the browser error, and a lookup with its contact', () => {
    const failed = managerJournalLine({
      kind: 'lookup',
      summary: 'Looked up 183.62.140.253 via RDAP (APNIC): no answer — Failed to fetch',
      details: { ip: '183.62.140.253', source: 'rdap', error: 'Failed to fetch', abuseContact: null },
    });
    expect(failed).toBe(
      'Tried to look up who runs 183.62.140.253: the registry could not be reached this time.',
    );
    const found = managerJournalLine({
      kind: 'lookup',
      summary: 'Looked up 62.239.237.1 via RDAP (RIPE NCC): network BT, abuse abuse@bt.example',
      details: { ip: '62.239.237.1', registry: 'RIPE NCC', abuseContact: 'abuse@bt.example', error: null },
    });
    expect(found).toBe('Looked up who runs 62.239.237.1 (at RIPE NCC): abuse contact abuse@bt.example.');
  });

  it('says what DNS gave for a host name, and keeps any other entry as written minus fingerprints', () => {
    const entry = hostNameJournalEntry({
      name: 'scanner.example.com',
      askedAt: 0,
      addresses: ['198.51.100.23'],
      error: null,
    });
    expect(managerJournalLine(entry)).toBe(
      'Asked which address the name scanner.example.com points to: 198.51.100.23.',
    );
    expect(managerJournalLine({ kind: 'email', summary: `Abuse email drafted (SHA-256 ${sha})` })).toBe(
      'Abuse email drafted',
    );
  });
});
