import { describe, expect, it } from 'vitest';
import { emailsNearAbuse, rankAbuseContacts } from '../../../../renderer/core/lookup/abuseContacts';
import { rangeFromEnds, rangeFromText } from '../../../../renderer/core/lookup/addressRange';

describe('abuse addresses in remarks', () => {
  it('takes an address on the line that says "abuse", or on the line after one that names none', () => {
    expect(
      emailsNearAbuse(['For abuse reports write to', 'noc@example.net', 'billing: pay@example.net']),
    ).toEqual(['noc@example.net']);
    expect(
      emailsNearAbuse([
        'If related with spam, send mail to abuse@bora.net',
        'If related with security, send mail to security@bora.net',
      ]),
    ).toEqual(['abuse@bora.net']);
    expect(emailsNearAbuse(['changed: hostmaster@apnic.net 20000308'])).toEqual([]);
  });
});

describe('ranking abuse contacts', () => {
  it('puts a manual entry first, the network’s own next, remarks after, registry teams last, each once', () => {
    const ranked = rankAbuseContacts([
      { email: 'hostmaster@nic.or.kr', source: 'rdap-abuse-role', tier: 'stated' },
      { email: 'abuse@isp.example', source: 'rdap-remarks', tier: 'remark' },
      { email: 'SOC@ISP.EXAMPLE', source: 'rdap-abuse-role', tier: 'stated' },
      { email: 'soc@isp.example', source: 'rdap-remarks', tier: 'remark' },
      { email: 'me@office.example', source: 'manual', tier: 'stated' },
      { email: 'not an address', source: 'rdap-remarks', tier: 'remark' },
    ]);
    expect(ranked.map(({ email, rank }) => `${rank} ${email}`)).toEqual([
      '1 me@office.example',
      '2 SOC@isp.example',
      '3 abuse@isp.example',
      '4 hostmaster@nic.or.kr',
    ]);
  });
});

describe('network ranges', () => {
  it('turns registry ranges into CIDR blocks', () => {
    expect(rangeFromEnds('074.125.000.000', '074.125.255.255')?.cidr).toBe('74.125.0.0/16');
    expect(rangeFromEnds('62.239.237.0/32', '62.239.237.255/32')?.cidr).toBe('62.239.237.0/24');
    expect(rangeFromText('2001:0240:010c::/48')?.cidr).toBe('2001:240:10c::/48');
    expect(rangeFromText('10.0.0.0 - 9.0.0.0')).toBeNull();
    expect(rangeFromText('0.0.0.0 - 255.255.255.255')?.cidr).toBe('0.0.0.0/0');
  });
});

describe('grouping addresses by abuse contact', () => {
  it('puts addresses that share a mailbox together and leaves those without one alone', async () => {
    const { groupByAbuseContact } = await import('../../../../renderer/core/lookup/contactGroups');
    const items = [
      { ip: '74.125.225.229', email: 'arin-contact@google.com' },
      { ip: '10.0.0.5', email: null },
      { ip: '2001:4860:4860::8888', email: 'ARIN-CONTACT@google.com' },
      { ip: '192.168.1.9', email: null },
    ];
    const groups = groupByAbuseContact(
      items,
      (item) => item.email,
      (item) => item.ip,
    );
    expect(groups.map((group) => [group.abuseEmail, group.items.map((item) => item.ip)])).toEqual([
      ['arin-contact@google.com', ['74.125.225.229', '2001:4860:4860::8888']],
      [null, ['10.0.0.5']],
      [null, ['192.168.1.9']],
    ]);
  });
});
