import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { arfReportDraft, feedbackReport } from '../../../../renderer/core/email/arfReport';
import { brandDesksFor } from '../../../../renderer/core/email/brandAbuseDesks';
import { readSuspiciousMessage } from '../../../../renderer/core/email/messageSource';
import { traceMessage } from '../../../../renderer/core/email/messageTrace';
import { reportReveals } from '../../../../renderer/core/email/reportReveals';
import { spamReportDraft, type SpamReportRequest } from '../../../../renderer/core/email/spamReport';
import { emlBytes } from '../../../../renderer/core/report/emlMessage';

const now = Date.UTC(2026, 10, 4, 10, 0, 0);
const reporter = {
  name: 'Anna Berg',
  organisation: 'Northwind Office',
  email: 'it@northwind-office.example',
};

function request(file: string, ours: string[], headersOnly = false): SpamReportRequest {
  const message = readSuspiciousMessage(new Uint8Array(readFileSync(resolve('test/fixtures/email', file))));
  return {
    message,
    trace: traceMessage(message.header, ours),
    to: 'abuse@example.net',
    reporter,
    headersOnly,
  };
}

const parse = (bytes: Uint8Array) => simpleParser(Buffer.from(bytes));

describe('the polite spam report draft', () => {
  it('attaches the whole original unchanged as message/rfc822 and names the originating address', async () => {
    const draft = spamReportDraft(request('written/phish-paypal.eml', ['northwind-office.example']));
    expect(draft.subject).toBe('Spam/phishing from 62.239.237.1 received 2026-11-03 08:14:05 UTC');
    const mail = await parse(emlBytes(draft, { now }));
    expect(mail.to).toMatchObject({ text: 'abuse@example.net' });
    expect(mail.text).toContain('handed over by 62.239.237.1');
    expect(mail.text).toContain('Received by our server: 2026-11-03 08:14:05 UTC');
    expect(mail.attachments.map((part) => part.contentType)).toEqual(['message/rfc822']);
    const original = mail.attachments[0]!.content.toString('latin1');
    const fixture = readFileSync('test/fixtures/email/written/phish-paypal.eml', 'latin1');
    expect(original).toBe(fixture.replace(/\r\n$/, ''));
    // The attached original parses as the message it was.
    const inner = await simpleParser(mail.attachments[0]!.content);
    expect(inner.subject).toBe('Your account has been limited');
  });

  it('attaches only the headers as text/rfc822-headers when asked, and for pasted headers', async () => {
    for (const [file, headersOnly] of [
      ['written/phish-paypal.eml', true],
      ['written/pasted-headers.txt', false],
    ] as const) {
      const draft = spamReportDraft(request(file, ['northwind-office.example'], headersOnly));
      const mail = await parse(emlBytes(draft, { now }));
      expect(mail.attachments.map((part) => part.contentType)).toEqual(['text/rfc822-headers']);
      const headers = mail.attachments[0]!.content.toString('utf8');
      expect(headers).toMatch(/^Return-Path: <bounce-7731@mailer.cheap-bulk.example>\r\n/);
      expect(headers).not.toContain('Dear customer');
      expect(mail.text).toContain('we left out the body');
    }
  });

  it('converts the LF line ends of an mbox-style .eml to CRLF inside the attachment', async () => {
    const draft = spamReportDraft(request('spam/001', ['netnoteinc.com']));
    const bytes = emlBytes(draft, { now });
    const text = Buffer.from(bytes).toString('latin1');
    expect(text).not.toMatch(/[^\r]\n/);
    const mail = await parse(bytes);
    const inner = await simpleParser(mail.attachments[0]!.content);
    expect(inner.headers.get('message-id')).toBe('<9PS291LhupY>');
  });
});

describe('the ARF report (RFC 5965)', () => {
  it('is multipart/report with a text, a message/feedback-report and the original', async () => {
    const draft = arfReportDraft(request('written/phish-paypal.eml', ['northwind-office.example']));
    const bytes = emlBytes(draft, { now });
    const raw = Buffer.from(bytes).toString('latin1');
    expect(raw).toMatch(/^Content-Type: multipart\/report; report-type=feedback-report;\r\n boundary="/m);
    const mail = await parse(bytes);
    expect(mail.text).toContain('62.239.237.1');
    expect(mail.attachments.map((part) => part.contentType)).toEqual([
      'message/feedback-report',
      'message/rfc822',
    ]);
    const report = mail.attachments[0]!.content.toString('utf8');
    expect(report.split('\r\n')).toEqual([
      'Feedback-Type: abuse',
      'User-Agent: IncidentNotebook/0.1',
      'Version: 1',
      'Original-Mail-From: <bounce-7731@mailer.cheap-bulk.example>',
      'Original-Rcpt-To: <anna@northwind-office.example>',
      'Arrival-Date: Tue, 3 Nov 2026 08:14:05 +0000',
      'Reporting-MTA: dns; mx1.northwind-office.example',
      'Source-IP: 62.239.237.1',
      'Reported-Domain: paypal.com',
    ]);
    // The feedback report's fields themselves parse as header fields.
    const fields = await simpleParser(Buffer.from(report + '\r\n\r\n'));
    expect(fields.headers.get('feedback-type')).toBe('abuse');
  });

  it('carries the headers only as text/rfc822-headers when asked', async () => {
    const draft = arfReportDraft(request('written/phish-paypal.eml', ['northwind-office.example'], true));
    const mail = await parse(emlBytes(draft, { now }));
    expect(mail.attachments.map((part) => part.contentType)).toEqual([
      'message/feedback-report',
      'text/rfc822-headers',
    ]);
  });

  it('leaves out what is unknown and keeps hostile text out of its fields', () => {
    const base = request('spam/002', ['webnote.net']);
    const report = feedbackReport({ ...base, trace: { ...base.trace, envelopeSender: 'a@b\r\nBcc: x@y' } });
    expect(report).toContain('Original-Mail-From: <a@bBcc:x@y>\r\n');
    expect(report).toContain('Source-IP: 209.90.19.2\r\n');
    expect(report.split('\r\n').every((line) => !/[\r\n]/.test(line))).toBe(true);
  });
});

describe('who else to tell, and what the report reveals', () => {
  it('names PayPal’s published desk for a mail in PayPal’s name, not an address from the message', () => {
    const { trace } = request('written/phish-paypal.eml', ['northwind-office.example']);
    const desks = brandDesksFor(trace.fromDomain, null);
    expect(desks.map((desk) => [desk.brand, desk.mailbox])).toEqual([['PayPal', 'phishing@paypal.com']]);
    expect(brandDesksFor('paypal.com.evil.example', null)).toEqual([]);
  });

  it('lists our recipients and our servers that the original would show', () => {
    const { trace, message } = request('written/phish-paypal.eml', ['northwind-office.example']);
    expect(reportReveals(message.header, trace)).toEqual({
      recipients: ['anna@northwind-office.example'],
      ourServers: ['mx1.northwind-office.example', 'mail.northwind-office.example', '10.0.0.25'],
    });
  });
});
