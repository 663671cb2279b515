// Whom a report goes to when the registry's answer names no abuse contact, checked on the real
// answers of the five registries: a contact of the network, labelled with its role; else the
// registry's page for a missing contact, never its mailbox; nothing claimed when nobody answered.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AddressLookup } from '../../../../renderer/core/lookup/addressLookup';
import { addressFindings } from '../../../../renderer/core/lookup/addressFindings';
import { readRdapText } from '../../../../renderer/core/lookup/rdapRecord';
import { readWhoisAnswer } from '../../../../renderer/core/lookup/whoisRecord';
import type { OwnerRecord } from '../../../../renderer/core/lookup/ownerRecord';
import { whomToWrite } from '../../../../renderer/core/lookup/whomToWrite';
import { sourceOwner } from '../../../../renderer/core/report/sourceOwner';
import { addressOfFixture } from '../../../support/registryFixtures';

function rdapRecord(name: string): OwnerRecord {
  const reading = readRdapText(readFileSync(`test/fixtures/rdap/${name}`, 'utf8'));
  if (!reading.ok) throw new Error(reading.problem);
  return reading.record;
}

function whoisRecord(name: string): OwnerRecord {
  const reading = readWhoisAnswer(
    readFileSync(`test/fixtures/whois/${name}`, 'utf8'),
    addressOfFixture(name),
  );
  if (!reading.ok) throw new Error(reading.problem);
  return reading.record;
}

const lookupOf = (ip: string, record: OwnerRecord | null, error: string | null = null): AddressLookup => ({
  ip,
  scope: 'public',
  lookedUpAt: 1,
  source: 'rdap',
  server: null,
  record,
  reverseDns: null,
  error,
  notes: [],
});

const writeTo = (ip: string, record: OwnerRecord | null, error: string | null = null) =>
  whomToWrite(addressFindings(ip, [lookupOf(ip, record, error)]));

describe('whom to write to', () => {
  it('is the abuse contact when the record names one', () => {
    expect(writeTo('74.125.225.229', rdapRecord('arin__74.125.225.229.json'))).toMatchObject({
      kind: 'abuse',
      email: 'arin-contact@google.com',
    });
  });

  it("is AFRINIC's listed organisation, labelled, when its RDAP answer has no abuse entity", () => {
    const record = rdapRecord('afrinic__2001_43f8_7b0__.json');
    expect(record.abuseContacts).toEqual([]);
    expect(writeTo('2001:43f8:7b0::1', record)).toMatchObject({
      kind: 'network-contact',
      email: 'mwangi@isoc.org',
      contact: { role: 'registrant', handle: 'ORG-TA38-AFRINIC' },
    });
  });

  it("reads the technical and administrative contacts AFRINIC's WHOIS names (tech-c, admin-c)", () => {
    const record = whoisRecord('afrinic__2001_43f8_7b0__.txt');
    expect(record.networkContacts).toEqual([
      {
        role: 'technical',
        name: 'Barry macharia',
        handle: 'Bm35-AfriNIC',
        emails: [],
        phones: ['+25420245036'],
      },
      {
        role: 'administrative',
        name: 'TESPOK TESPOK',
        handle: 'TT8-AFRINIC',
        emails: [],
        phones: ['+254 020 2245036'],
      },
    ]);
    // No mailbox in the (filtered) answer: nobody to write to, the registry's page to report it.
    expect(writeTo('2001:43f8:7b0::1', record)).toMatchObject({
      kind: 'nobody',
      reportPage: { registry: 'AFRINIC', url: 'https://afrinic.net/whois/abuse' },
    });
  });

  it('prefers the technical contact to the administrative one, and reads ARIN’s OrgTech lines', () => {
    const record = rdapRecord('apnic__210.107.73.73.json');
    expect(record.networkContacts?.[0]).toMatchObject({ role: 'technical', name: 'DACOM BORANET' });
    expect(whoisRecord('arin__74.125.225.229.txt').networkContacts).toEqual([
      {
        role: 'technical',
        name: 'Google Inc',
        handle: 'ZG39-ARIN',
        emails: ['arin-contact@google.com'],
        phones: ['+1-650-253-0000'],
      },
    ]);
    const noAbuse = { ...record, abuseContacts: [] };
    expect(writeTo('210.107.73.73', noAbuse)).toMatchObject({
      kind: 'network-contact',
      email: 'ipadm@nic.bora.net',
      contact: { role: 'technical' },
    });
  });

  it("never takes a registry's mailbox for the network's contact (JPNIC's hostmaster)", () => {
    const record = rdapRecord('apnic__2001_240_10c_1__ca20_9d1d.json');
    expect(record.networkContacts?.[0]?.emails).toEqual(['hostmaster@nic.ad.jp']);
    expect(writeTo('2001:240:10c:1::ca20:9d1d', record)).toMatchObject({
      kind: 'nobody',
      reportPage: { registry: 'APNIC' },
    });
  });

  it('claims nothing when the lookup did not work: nobody was asked', () => {
    expect(writeTo('23.1.2.3', null, 'ARIN has no record for 23.1.2.3 (404 not found)')).toEqual({
      kind: 'not-known',
      problem: 'ARIN has no record for 23.1.2.3 (404 not found)',
    });
    expect(whomToWrite(undefined)).toEqual({ kind: 'not-known', problem: null });
  });
});

describe('what the report knows about the owner', () => {
  it('carries the kind of contact and the failed lookup into the report', () => {
    const afrinic = rdapRecord('afrinic__2001_43f8_7b0__.json');
    expect(
      sourceOwner(addressFindings('2001:43f8:7b0::1', [lookupOf('2001:43f8:7b0::1', afrinic)])),
    ).toMatchObject({
      abuseEmail: 'mwangi@isoc.org',
      contactKind: 'registrant',
    });
    expect(sourceOwner(addressFindings('23.1.2.3', [lookupOf('23.1.2.3', null, 'timed out')]))).toEqual({
      owner: null,
      network: null,
      country: null,
      abuseEmail: null,
      lookupProblem: 'timed out',
    });
  });
});
