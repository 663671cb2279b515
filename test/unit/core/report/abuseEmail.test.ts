import { describe, expect, it } from 'vitest';
import { simpleParser } from 'mailparser';
import { reportAudience } from '../../../../renderer/core/report/abuseGroups';
import { composeAbuseEmail, type AbuseEmailInput } from '../../../../renderer/core/report/abuseEmail';
import { composeFollowUpEmail } from '../../../../renderer/core/report/followUpEmail';
import { draftAsText, mailtoLink } from '../../../../renderer/core/report/abuseEmailDraft';
import { abuseIpdbCsv, csvCell } from '../../../../renderer/core/report/abuseIpdbCsv';
import { createMasker } from '../../../../renderer/core/report/redaction';
import { emlMessage } from '../../../../renderer/core/report/emlMessage';
import { attemptsSince } from '../../../../renderer/core/report/reportEvidence';
import { analyseSample, reporter, sampleOwners } from './sampleCase';

const sample = analyseSample();
const rules = {
  // The office network, and the deploy server.
  knownGood: ['38.158.13.0/24', '12.92.127.208'],
  maskUsers: ['admin', 'alice', 'bob', 'deploy'],
  hostNames: sample.evidence.hostNames,
  ourAddresses: [],
  maskInternalAddresses: true,
};
const audience = reportAudience(sample.sources, sampleOwners, rules.knownGood);

function inputFor(index: number): AbuseEmailInput {
  const recipient = audience.recipients[index];
  if (!recipient) throw new Error(`no recipient ${index}`);
  const byAddress = sample.evidence.byAddress;
  return {
    recipient,
    linesByAddress: byAddress,
    portsByAddress: new Map([...byAddress].map(([ip, seen]) => [ip, seen.ports])),
    reporter,
    logTimeZone: 'UTC',
    ourServer: null,
    rules,
    reference: 'IN-1-2026-11-21',
    includeXarf: true,
  };
}

const emails = audience.recipients.map((_, index) => composeAbuseEmail(inputFor(index)));

/** A small excerpt is attached as text (a large one is zipped: see abuseEmailSize.test.ts). */
function textOf(content: string | Uint8Array): string {
  if (typeof content !== 'string') throw new Error('expected a text attachment');
  return content;
}
const everythingSent = emails.map(({ draft }) => draftAsText(draft)).join('\n');

describe('an email to a contact that is not an abuse desk', () => {
  it('says first which kind of contact it goes to and asks them to pass it on', () => {
    const owners = new Map(sampleOwners);
    owners.set('14.217.4.117', {
      ...sampleOwners.get('14.217.4.117')!,
      abuseEmail: 'noc@vnpt.vn',
      contactKind: 'technical',
    });
    const [recipient] = reportAudience(sample.sources, owners, rules.knownGood).recipients;
    expect(recipient).toMatchObject({ abuseEmail: 'noc@vnpt.vn', contactKind: 'technical' });
    const { draft } = composeAbuseEmail({ ...inputFor(0), recipient: recipient! });
    expect(draft.to).toBe('noc@vnpt.vn');
    expect(draft.text.split('\n').slice(0, 3)).toEqual([
      'Hello,',
      '',
      "We are writing to you as the network's technical contact, because the registry lists no abuse contact " +
        'for it. If someone else handles reports like this one, we would be grateful if you passed it on.',
    ]);
    expect(emails[0]?.draft.text).not.toMatch(/registry lists no abuse contact/);
  });
});

describe('who gets an abuse email', () => {
  it('writes one email per abuse mailbox, with every address that shares it', () => {
    expect(audience.recipients.map((recipient) => recipient.abuseEmail)).toEqual([
      'abuse@vnpt.vn',
      'abuse@amazonaws.com',
      'network-abuse@google.com',
    ]);
    expect(audience.recipients[2]?.sources.map((source) => source.ip)).toEqual([
      '108.173.74.38',
      '34.23.190.173',
    ]);
  });

  it('never writes for known-good addresses and lists addresses without a mailbox', () => {
    expect(audience.knownGood.map((source) => source.ip)).toEqual([]);
    expect(audience.withoutContact.map((source) => source.ip)).toContain('146.39.102.88');
    const withInternal = reportAudience(
      [{ ...sample.sources[0]!, ip: '192.168.1.20', scope: 'private' }],
      sampleOwners,
      [],
    );
    expect(withInternal.internal).toHaveLength(1);
    expect(withInternal.recipients).toHaveLength(0);
  });
});

describe('the abuse email', () => {
  it('never contains a known-good address or a masked user name, in the body or any attachment', () => {
    for (const secret of ['38.158.13.55', '12.92.127.208', 'srv01'])
      expect(everythingSent).not.toContain(secret);
    for (const user of ['admin', 'alice', 'bob', 'deploy']) {
      expect(everythingSent).not.toMatch(new RegExp(`(?<![\\w-])${user}(?![\\w-])`));
    }
    expect(everythingSent).toContain('[user-1]');
  });

  it('is polite, says what we saw with the window in UTC, and asks for help', () => {
    const { draft } = emails[2]!;
    expect(draft.to).toBe('network-abuse@google.com');
    expect(draft.from).toBe('Dana Example, Example Office GmbH <it@example-office.test>');
    expect(draft.subject).toMatch(
      /^Failed login attempts from 2 addresses in your network \(2026-11-\d\d, UTC\) \[IN-1-2026-11-21\]$/,
    );
    expect(draft.text).toContain(
      'It appears to come from your network, quite possibly without the knowledge',
    );
    expect(draft.text).toContain('What we saw (all times in UTC, +00:00):');
    expect(draft.text).toMatch(/from 2026-11-\d\d \d\d:\d\d:\d\d UTC to 2026-11-20 \d\d:\d\d:\d\d UTC/);
    expect(draft.text).toContain('We would appreciate your help');
    expect(draft.text).toContain('please reply to this email');
    expect(draft.text).toMatch(/34\.23\.190\.173, source ports \d+/);
    expect(draft.text).toContain('Service: SSH (remote login, sshd)');
    expect(draft.text).not.toMatch(/attacker|criminal|hacker/i);
  });

  it('trims a long excerpt in the body and attaches all of it as plain text', () => {
    const { draft, excerpt } = emails[0]!;
    expect(excerpt.lines.length).toBeGreaterThan(100);
    expect(draft.text).toMatch(/\[… [\d,]+ lines left out here; the attached file has all of them …\]/);
    const attachment = draft.attachments[0]!;
    expect(attachment.contentType).toMatch(/^text\/plain/);
    expect(textOf(attachment.content).trimEnd().split('\n').slice(5)).toEqual(excerpt.lines);
  });

  it('attaches an X-ARF login-attack report as JSON', () => {
    const xarf = JSON.parse(textOf(emails[2]!.draft.attachments[1]!.content));
    expect(xarf.Report.ReportType).toBe('LoginAttack');
    expect(xarf.Report.Sources).toHaveLength(2);
  });

  it('offers mailto: only when the link fits the length limit', () => {
    expect(mailtoLink(emails[0]!.draft)).toBeNull();
    const short = { ...emails[0]!.draft, text: 'Hello' };
    expect(mailtoLink(short)).toMatch(/^mailto:abuse@vnpt\.vn\?subject=Failed%20login/);
  });

  it('builds an .eml draft in the page that a mail parser reads back', async () => {
    const { draft } = emails[2]!;
    const mail = await simpleParser(emlMessage(draft, { now: Date.UTC(2026, 10, 21, 12) }));
    expect(mail.headers.get('x-unsent')).toBe('1');
    expect(mail.subject).toBe(draft.subject);
    expect(mail.to && 'text' in mail.to ? mail.to.text : '').toBe('network-abuse@google.com');
    expect(mail.text?.trim()).toBe(draft.text.replace(/\n/g, '\n').trim());
    expect(mail.attachments.map((attachment) => attachment.filename)).toEqual([
      'IN-1-2026-11-21-log-excerpt.txt',
      'IN-1-2026-11-21-xarf.json',
    ]);
    expect(mail.attachments[0]?.content.toString('utf8').replace(/\r\n/g, '\n')).toBe(
      draft.attachments[0]?.content,
    );
  });
});

describe('the follow-up email', () => {
  it('thanks after a reply and reports what happened since, in UTC', () => {
    const draft = composeFollowUpEmail({
      abuseEmail: 'abuse@vnpt.vn',
      addresses: ['14.217.4.117'],
      reporter,
      reference: 'IN-1',
      sentAt: Date.UTC(2026, 10, 21, 9),
      replied: true,
      since: { attempts: 12, window: { first: Date.UTC(2026, 10, 22, 1), last: Date.UTC(2026, 10, 22, 2) } },
      originalSubject: 'Failed login attempts from 14.217.4.117',
    });
    expect(draft.subject).toBe('Re: Failed login attempts from 14.217.4.117');
    expect(draft.text).toContain('Thank you for your reply');
    expect(draft.text).toContain('12 further failed login attempts');
    expect(draft.text).toContain('from 2026-11-22 01:00:00 UTC to 2026-11-22 02:00:00 UTC');
  });

  it('counts the attempts that came after our first email, from the log', () => {
    const sentAt = Date.UTC(2026, 10, 20, 10, 12);
    const since = attemptsSince(sample.evidence.byAddress, ['34.23.190.173'], sentAt);
    expect(since?.attempts).toBeGreaterThan(0);
    expect(since?.attempts).toBeLessThan(31);
    expect(since?.window.first).toBeGreaterThan(sentAt);
    expect(attemptsSince(sample.evidence.byAddress, ['34.23.190.173'], Date.UTC(2027, 0, 1))).toBeNull();
  });

  it('reminds gently when nobody answered', () => {
    const draft = composeFollowUpEmail({
      abuseEmail: 'abuse@vnpt.vn',
      addresses: ['14.217.4.117'],
      reporter,
      reference: 'IN-1',
      sentAt: 0,
      replied: false,
      since: null,
      originalSubject: 'x',
    });
    expect(draft.text).toContain('We have not heard back yet, which is quite understandable');
  });
});

describe('the AbuseIPDB bulk CSV', () => {
  it('lists categories 18 and 22 and keeps attacker-chosen text from becoming a formula', () => {
    const csv = abuseIpdbCsv(sample.sources.slice(0, 2), createMasker(rules));
    expect(csv.split('\r\n')[0]).toBe('IP,Categories,ReportDate,Comment');
    expect(csv).toContain('14.217.4.117,"18,22",');
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('-1+2')).toBe("'-1+2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
  });
});
