import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSuspiciousMessage } from '../../../../renderer/core/email/messageSource';
import { traceMessage, type MessageTrace } from '../../../../renderer/core/email/messageTrace';

const fixture = (name: string) =>
  readSuspiciousMessage(new Uint8Array(readFileSync(resolve('test/fixtures/email', name))));

/** "Ours" as the tests decide it: the topmost receiving domain, the first one suggested. */
function traceWithTopmostDomain(name: string): MessageTrace {
  const message = fixture(name);
  const suggested = traceMessage(message.header, []).suggestedOurs;
  return traceMessage(message.header, suggested.slice(0, 1));
}

function handoverNumber(trace: MessageTrace): number | null {
  return trace.handover.status === 'found' ? trace.handover.index + 1 : null;
}

/** Below the handover every hop is the sender's (may be forged), above it ours. */
function expectSidesAround(trace: MessageTrace, handover: number) {
  for (const hop of trace.hops) {
    const side = hop.number < handover ? 'sender' : hop.number === handover ? 'handover' : 'ours';
    expect(hop.side, `hop ${hop.number}`).toBe(side);
  }
}

// Each SpamAssassin message, with "ours" = its topmost receiving domain: the handover hop (1 =
// oldest) and the originating address our server saw.
const topmost: [string, string, number, string][] = [
  ['spam/001', 'netnoteinc.com', 3, '193.120.211.219'],
  ['spam/002', 'webnote.net', 2, '209.90.19.2'],
  // The top hop is jm's laptop fetching by IMAP from dogma.slashnull.org: with only jmason.org
  // ours, the mailbox server is where the message came from.
  ['spam/003', 'jmason.org', 5, '212.17.35.15'],
  ['spam/004', 'jmason.org', 6, '212.17.35.14'],
  ['spam/005', 'netnoteinc.com', 4, '212.17.35.15'],
  ['spam/006', 'netnoteinc.com', 4, '212.17.35.15'],
  ['spam/007', 'jmason.org', 5, '212.17.35.15'],
  ['spam/008', 'goabroad.com.cn', 1, '4.48.136.190'],
  ['nice/001', 'netnoteinc.com', 6, '212.17.35.15'],
  ['nice/002', 'jmason.org', 6, '212.17.35.15'],
  ['nice/007', 'ddts.net', 3, '66.185.95.101'],
  ['welcomelists/amazon_com_ship', 'iiiiiiiii.org', 5, '64.124.162.104'],
  ['welcomelists/cert.org', 'slashnull.org', 9, '210.55.106.161'],
  ['welcomelists/netsol_renewal', 'yyyyyyyyyyy.com', 4, '193.120.211.219'],
  // fetchmail's POP3 hop names the mailbox server it was told to use (mail.xyz.com): ours.
  ['welcomelists/paypal.com', 'xyz.com', 2, '65.206.229.164'],
];

describe('the handover of every SpamAssassin message, ours = its topmost receiving domain', () => {
  it.each(topmost)('%s: ours %s, handover at hop %i from %s', (name, ours, hop, address) => {
    const trace = traceWithTopmostDomain(name);
    expect(trace.ours).toEqual([ours]);
    expect(trace.handover.status).toBe('found');
    expect(handoverNumber(trace)).toBe(hop);
    expect(trace.originatingAddress).toBe(address);
    expect(trace.originatingScope).toBe('public');
    expectSidesAround(trace, hop);
  });

  it('nice/005 (one local delivery at jg555.com) has no handover: it never came from outside', () => {
    const trace = traceWithTopmostDomain('nice/005');
    expect(trace.ours).toEqual(['jg555.com']);
    expect(trace.handover.status).toBe('all-ours');
    expect(trace.originatingAddress).toBeNull();
    expect(trace.hops.map((hop) => hop.side)).toEqual(['ours']);
  });
});

describe('with all of the mailbox owner’s domains marked ours, the handover moves down', () => {
  // jm's domains in the corpus: jmason.org, slashnull.org, netnoteinc.com, webnote.net.
  const jm = ['jmason.org', 'slashnull.org', 'netnoteinc.com', 'webnote.net'];
  it.each([
    ['spam/001', 2, '24.226.157.50'],
    ['spam/003', 2, '211.100.6.104'],
    ['spam/004', 3, '61.119.13.18'],
    ['spam/005', 2, '211.237.50.21'],
    ['spam/006', 2, '211.218.220.77'],
    ['spam/007', 2, '61.119.13.18'],
    ['nice/001', 4, '141.154.95.22'],
    ['nice/002', 5, '216.136.171.252'],
  ] as const)('%s: handover at hop %i from %s', (name, hop, address) => {
    const trace = traceMessage(fixture(name).header, jm);
    expect(handoverNumber(trace)).toBe(hop);
    expect(trace.originatingAddress).toBe(address);
    expectSidesAround(trace, hop);
  });

  it('amazon_com_ship: marking the mail host netherweb.com too finds Amazon’s server', () => {
    const trace = traceMessage(fixture('welcomelists/amazon_com_ship').header, [
      'iiiiiiiii.org',
      'zzzzzzzzz.com',
      'netherweb.com',
    ]);
    expect(handoverNumber(trace)).toBe(2);
    expect(trace.originatingAddress).toBe('207.171.190.155');
    expect(trace.hops[1]!.fromHelo).toBe('sas-dc-mail-102.amazon.com');
  });
});

describe('the hops of a Received chain', () => {
  it('reads spam/001 oldest first with from-host, address, by-host, protocol, id, time and delay', () => {
    const trace = traceWithTopmostDomain('spam/001');
    expect(trace.hops).toHaveLength(3);
    const [first, second, third] = trace.hops;
    expect(first).toMatchObject({
      number: 1,
      fromHelo: 'R00UqS18S',
      fromReverseName: 'max1-45.losangeles.corecomm.net',
      fromAddress: '216.214.106.173',
      byHost: 'netsvr.internet',
      protocol: 'SMTP',
      id: '1429NTL5',
      time: Date.UTC(2001, 1, 18, 8, 26, 12),
      delay: null,
    });
    expect(second).toMatchObject({ fromAddress: '24.226.157.50', byHost: 'webnote.net', mayBeForged: true });
    expect(second!.delay).toBe(124_000);
    expect(third).toMatchObject({
      fromReverseName: 'mail.webnote.net',
      byHost: 'mail.netnoteinc.com',
      protocol: 'ESMTP',
      id: '09C18114095',
      for: 'jm7@netnoteinc.com',
      time: Date.UTC(2001, 1, 19, 13, 57, 29),
    });
  });

  it('flags the "(may be forged)" note of spam/001 on its hop', () => {
    const trace = traceWithTopmostDomain('spam/001');
    expect(trace.flags).toEqual([expect.objectContaining({ kind: 'may-be-forged', hopNumber: 2 })]);
  });

  it('reads qmail, Exim and fetchmail dialects', () => {
    const amazon = traceWithTopmostDomain('welcomelists/amazon_com_ship').hops;
    expect(amazon[1]).toMatchObject({
      fromHelo: 'sas-dc-mail-102.amazon.com',
      fromReverseName: null,
      fromAddress: '207.171.190.155',
      byHost: 'mail0.tyva.netherweb.com',
    });
    expect(amazon[4]).toMatchObject({ fromAddress: '64.124.162.104', byHost: 'localhost', protocol: 'POP3' });
    const exim = traceWithTopmostDomain('nice/002').hops[3]!;
    expect(exim).toMatchObject({
      fromHelo: 'usw-sf-list1.sourceforge.net',
      fromAddress: '127.0.0.1',
      fromScope: 'loopback',
      id: '16BujB-0003YE-00',
    });
  });

  it('suggests ours from the topmost hops, skipping localhost, and stops at the first stranger', () => {
    // jmason.org's laptop fetched by IMAP from dogma.slashnull.org, which was handed the message
    // by gw.netnoteinc.com [193.120.149.226]: a stranger unless the person says otherwise.
    const trace = traceMessage(fixture('spam/003').header, []);
    expect(trace.suggestedOurs).toEqual(['jmason.org', 'slashnull.org']);
    expect(traceMessage(fixture('written/phish-paypal.eml').header, []).suggestedOurs).toEqual([
      'northwind-office.example',
    ]);
    expect(traceMessage(fixture('welcomelists/amazon_com_ship').header, []).suggestedOurs).toEqual([
      'iiiiiiiii.org',
      'netherweb.com',
    ]);
    expect(trace.handover.status).toBe('not-received-by-ours');
    expect(trace.hops.every((hop) => hop.side === 'unplaced')).toBe(true);
    expect(trace.sentence).toMatch(/^Mark which mail domain is yours/);
  });
});

describe('Outlook .msg files', () => {
  it('reads the transport headers of a received message', () => {
    const message = fixture('msg/Attach_sample_eml_received.msg');
    expect(message.format).toBe('msg');
    expect(message.rfc822).toBeNull();
    const trace = traceMessage(message.header, []);
    expect(trace.hops).toHaveLength(1);
    expect(trace.hops[0]).toMatchObject({
      fromHelo: 'H270',
      fromAddress: '127.0.0.1',
      byHost: 'h270',
      protocol: 'ESMTPA',
    });
    // A local submission on the same machine: it never came from outside.
    expect(trace.handover.status).toBe('all-ours');
  });

  it('reads the headers of the message attached inside when the outer one has none', () => {
    const message = fixture('msg/msgInMsg.msg');
    expect(message.note).toMatch(/attached inside/);
    const trace = traceMessage(message.header, ['xmailserver.test']);
    expect(trace.hops[0]).toMatchObject({ fromAddress: '127.0.0.1', byHost: 'xmailserver.test' });
    expect(trace.handover.status).toBe('all-ours');
  });

  it.each(['Simple', 'nonUnicodeMail', 'sent', 'test1', 'test2', 'unicode1'])(
    '%s.msg has no transport headers: no route, and a sentence that says why',
    (name) => {
      const message = fixture(`msg/${name}.msg`);
      expect(message.format).toBe('msg');
      expect(message.note).toMatch(/no transport headers/);
      const trace = traceMessage(message.header, []);
      expect(trace.handover.status).toBe('no-hops');
      expect(trace.sentence).toMatch(/no Received lines/);
    },
  );
});

describe('a written phishing message (trusted and forged checks, tricks)', () => {
  const ours = ['northwind-office.example'];

  it('finds the handover at our MX and the originating address', () => {
    const trace = traceMessage(fixture('written/phish-paypal.eml').header, ours);
    expect(handoverNumber(trace)).toBe(2);
    expect(trace.originatingAddress).toBe('62.239.237.1');
    expectSidesAround(trace, 2);
    expect(trace.sentence).toContain('from 62.239.237.1');
  });

  it('trusts only Authentication-Results whose authserv-id is ours', () => {
    const trace = traceMessage(fixture('written/phish-paypal.eml').header, ours);
    const byId = trace.authentication.map((result) => [result.header, result.authservId, result.trusted]);
    expect(byId).toEqual([
      ['Authentication-Results', 'mx1.northwind-office.example', true],
      ['Authentication-Results', 'mx.paypal.com', false],
      ['ARC-Authentication-Results', 'mx1.northwind-office.example', true],
    ]);
    const ourChecks = trace.authentication[0]!.checks;
    expect(ourChecks.map((check) => `${check.method}=${check.result}`)).toEqual([
      'spf=fail',
      'dkim=none',
      'dmarc=fail',
    ]);
    expect(ourChecks[0]!.words).toBe(
      "The sending domain's own check failed: the mail did not come from a server that mailer.cheap-bulk.example allows (SPF failed).",
    );
    expect(trace.authentication[2]!.instance).toBe(1);
  });

  it('flags impossible times, a private claimed origin, X-Originating-IP and From ≠ envelope with DMARC failed', () => {
    const trace = traceMessage(fixture('written/phish-paypal.eml').header, ours);
    expect(trace.flags.map((flag) => [flag.kind, flag.hopNumber])).toEqual([
      ['impossible-time', 2],
      ['private-claimed-origin', 1],
      ['x-originating-ip', null],
      ['from-not-envelope-sender', null],
    ]);
    expect(trace.flags[0]!.words).toBe(
      'Hop 2 says it received the message 3 hours before hop 1 sent it: one of the two clocks is wrong, or a line was made up.',
    );
  });

  it('does not flag From ≠ envelope sender when the DMARC failure is not from our server', () => {
    // Without our domain, the DMARC result is a stranger's word: the difference alone is normal.
    const trace = traceMessage(fixture('written/phish-paypal.eml').header, ['elsewhere.example']);
    expect(trace.flags.map((flag) => flag.kind)).not.toContain('from-not-envelope-sender');
  });

  it('reads the same headers pasted below a web mail summary table', () => {
    const pasted = fixture('written/pasted-headers.txt');
    expect(pasted.format).toBe('headers');
    expect(pasted.rfc822).toBeNull();
    expect(pasted.header.fields[0]!.name).toBe('Return-Path');
    const trace = traceMessage(pasted.header, ours);
    expect(trace.originatingAddress).toBe('62.239.237.1');
  });

  it('keeps the .eml bytes as the rfc822 original, without an mbox From line', () => {
    const message = fixture('spam/002');
    expect(message.format).toBe('eml');
    expect(new TextDecoder().decode(message.rfc822!.subarray(0, 12))).toBe('Return-Path:');
    expect(message.header.mboxSender).toBe('tstfromline@localhost');
  });
});

describe('encoded words in the Subject', () => {
  it('decodes the UTF-8 subject of the message inside msgInMsg.msg', () => {
    const trace = traceMessage(fixture('msg/msgInMsg.msg').header, []);
    expect(trace.subject).toBe('Microsoft Outlook テスト メッセージ');
  });
});
