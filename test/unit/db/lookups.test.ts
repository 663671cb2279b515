import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { notebookWithCases } from '../../support/notebookWithCases';
import { describe, expect, it } from 'vitest';
import type { AddressLookup } from '../../../renderer/core/lookup/addressLookup';
import { readRdapText } from '../../../renderer/core/lookup/rdapRecord';
import { caseJournal } from '../../../renderer/db/journal';
import {
  caseAddressFindings,
  recordAddressLookup,
  recordManualAbuseContact,
  recordPastedWhois,
} from '../../../renderer/db/lookups';

const freshDb = () => notebookWithCases('lookups-test');

function rdapLookup(ip: string, fixture: string, lookedUpAt: number): AddressLookup {
  const reading = readRdapText(readFileSync(`test/fixtures/rdap/${fixture}`, 'utf8'));
  if (!reading.ok) throw new Error(reading.problem);
  return {
    ip,
    scope: 'public',
    lookedUpAt,
    source: 'rdap',
    server: `https://rdap.arin.net/registry/ip/${ip}`,
    record: reading.record,
    reverseDns: { status: 'none' },
    error: null,
    notes: [],
  };
}

describe('lookups kept in the case', () => {
  it('keeps every lookup, shows the newest, and journals each one', async () => {
    const db = await freshDb();
    await recordAddressLookup(db, 1, rdapLookup('74.125.225.229', 'arin__74.125.225.229.json', 100));
    await recordAddressLookup(db, 1, rdapLookup('74.125.225.229', 'network_192_198_0_0.json', 200));
    await recordAddressLookup(db, 2, rdapLookup('74.125.225.229', 'arin__74.125.225.229.json', 300));
    const findings = await caseAddressFindings(db, 1);
    expect(findings.get('74.125.225.229')?.latest?.record?.network.name).toBe('RADIOLINK-ARIN-1');
    expect(await db.addressLookups.where('caseId').equals(1).count()).toBe(2);
    expect((await caseJournal(db, 1)).map((entry) => entry.summary)).toEqual([
      'Looked up 74.125.225.229 via RDAP (ARIN): network GOOGLE, abuse arin-contact@google.com',
      'Looked up 74.125.225.229 via RDAP (ARIN): network RADIOLINK-ARIN-1, abuse daniel.petsinger@radiolinkinternet.com',
    ]);
  });

  it('ranks an abuse contact the person entered above the registry’s, and refuses a non-address', async () => {
    const db = await freshDb();
    await recordAddressLookup(db, 1, rdapLookup('74.125.225.229', 'arin__74.125.225.229.json', 100));
    await expect(recordManualAbuseContact(db, 1, '74.125.225.229', 'call them')).resolves.toMatch(
      /not an email address/,
    );
    await expect(
      recordManualAbuseContact(db, 1, '74.125.225.229', 'SOC@Google.COM', 150),
    ).resolves.toBeNull();
    const findings = (await caseAddressFindings(db, 1)).get('74.125.225.229');
    expect(findings?.abuseContacts.map(({ email, source, rank }) => [rank, email, source])).toEqual([
      [1, 'SOC@google.com', 'manual'],
      [2, 'arin-contact@google.com', 'rdap-abuse-role'],
    ]);
    expect(findings?.latest?.source).toBe('rdap');
    expect((await caseJournal(db, 1)).at(-1)?.summary).toBe(
      'Abuse contact for 74.125.225.229 entered by hand: SOC@google.com',
    );
  });

  it('reads pasted WHOIS text into the same findings, or says why it cannot', async () => {
    const db = await freshDb();
    const whois = readFileSync('test/fixtures/whois/lacnic__200.57.141.161.txt', 'utf8');
    await expect(recordPastedWhois(db, 1, '200.57.141.161', 'nothing useful')).resolves.toMatch(
      /does not look like a WHOIS answer/,
    );
    await expect(recordPastedWhois(db, 1, '200.57.141.161', whois, 500)).resolves.toBeNull();
    const findings = (await caseAddressFindings(db, 1)).get('200.57.141.161');
    expect(findings?.abuseContacts[0]).toMatchObject({
      email: 'operacion.redes@triara.com',
      source: 'whois-text',
    });
    expect((await caseJournal(db, 1)).at(-1)?.summary).toBe(
      'Looked up 200.57.141.161 via pasted WHOIS text (LACNIC): network 200.57.128.0/19, abuse operacion.redes@triara.com',
    );
  });
});
