// The same report as an ARF message (RFC 5965), the format abuse desks process automatically:
// multipart/report; report-type=feedback-report with three parts — a text for people, the
// machine-readable message/feedback-report, and the original (message/rfc822, or its headers as
// text/rfc822-headers).
import { rfc5322Date } from '../report/emlMessage';
import { fromHeader, type AbuseEmailDraft } from '../report/abuseEmailDraft';
import { arrivalTime, originalAttachment, spamReportDraft, type SpamReportRequest } from './spamReport';

/** Names the app in the report's User-Agent field (RFC 5965 3.1: product/version). */
export const arfUserAgent = 'IncidentNotebook/0.1';

// A field value from the message must not carry a line break into the report's own fields.
// eslint-disable-next-line no-control-regex
const fieldText = (text: string) => text.replace(/[\u0000-\u0020\u007f-\u00ff<>]+/g, '').slice(0, 254);

/** The message/feedback-report part: "Name: value" lines (RFC 5965 3.1–3.3). */
export function feedbackReport(request: SpamReportRequest): string {
  const { trace } = request;
  const handover = trace.handover.status === 'found' ? trace.hops[trace.handover.index]! : null;
  const arrived = arrivalTime(trace);
  const recipient = handover?.for ?? null;
  const lines = [
    'Feedback-Type: abuse',
    `User-Agent: ${arfUserAgent}`,
    'Version: 1',
    ...(trace.envelopeSender ? [`Original-Mail-From: <${fieldText(trace.envelopeSender)}>`] : []),
    ...(recipient ? [`Original-Rcpt-To: <${fieldText(recipient)}>`] : []),
    ...(arrived !== null ? [`Arrival-Date: ${rfc5322Date(arrived)}`] : []),
    ...(handover?.byHost ? [`Reporting-MTA: dns; ${fieldText(handover.byHost)}`] : []),
    ...(trace.originatingAddress ? [`Source-IP: ${trace.originatingAddress}`] : []),
    ...(trace.fromDomain ? [`Reported-Domain: ${fieldText(trace.fromDomain)}`] : []),
  ];
  return lines.join('\r\n') + '\r\n';
}

export function arfReportDraft(request: SpamReportRequest): AbuseEmailDraft {
  const people = spamReportDraft(request);
  return {
    to: request.to,
    from: fromHeader(request.reporter),
    subject: `Abuse report (ARF): ${people.subject}`,
    text: people.text,
    reportType: 'feedback-report',
    attachments: [
      {
        filename: 'feedback-report.txt',
        contentType: 'message/feedback-report',
        content: feedbackReport(request),
      },
      originalAttachment(request.message, request.headersOnly),
    ],
  };
}
