// The polite report of a spam or phishing message to the abuse desk of the network it came from:
// what arrived, from which address our server received it and when (UTC), and the original
// attached unchanged as message/rfc822 (abuse desks need the headers, and DKIM verifies only an
// unaltered message) — or, when the person chooses, the headers only as text/rfc822-headers.
import {
  fromHeader,
  signature,
  type AbuseEmailDraft,
  type DraftAttachment,
  type Reporter,
} from '../report/abuseEmailDraft';
import { utcStamp } from '../report/reportTime';
import type { MessageTrace } from './messageTrace';
import type { SuspiciousMessage } from './messageSource';

export type SpamReportRequest = {
  trace: MessageTrace;
  message: SuspiciousMessage;
  /** The abuse mailbox of the originating network (from the lookup) or of a brand desk. */
  to: string;
  reporter: Reporter;
  /** Attach only the headers (text/rfc822-headers), not the whole message. */
  headersOnly: boolean;
};

// Text from the message is the sender's: one line, no controls, and not too long to read.
// eslint-disable-next-line no-control-regex
const controls = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;
const oneLine = (text: string | null, limit = 200) =>
  (text ?? '').replace(controls, ' ').trim().slice(0, limit);

/** When our server received the message from the originating address, or null if unknown. */
export function arrivalTime(trace: MessageTrace): number | null {
  return trace.handover.status === 'found' ? (trace.hops[trace.handover.index]!.time ?? null) : null;
}

/** The original to attach: the whole message when we have it and may send it, else the headers. */
export function originalAttachment(message: SuspiciousMessage, headersOnly: boolean): DraftAttachment {
  if (!headersOnly && message.rfc822 !== null) {
    return { filename: 'original-message.eml', contentType: 'message/rfc822', content: message.rfc822 };
  }
  return {
    filename: 'original-headers.txt',
    contentType: 'text/rfc822-headers',
    content: message.header.text,
  };
}

export function spamReportDraft(request: SpamReportRequest): AbuseEmailDraft {
  const { trace, message, reporter } = request;
  const address = trace.originatingAddress ?? 'an address of your network';
  const arrived = arrivalTime(trace);
  const handover = trace.handover.status === 'found' ? trace.hops[trace.handover.index]! : null;
  const attachment = originalAttachment(message, request.headersOnly);
  const whole = attachment.contentType === 'message/rfc822';
  const facts = [
    `Sending address: ${address}${handover?.fromReverseName ? ` (${handover.fromReverseName})` : ''}`,
    ...(arrived !== null ? [`Received by our server: ${utcStamp(arrived)}`] : []),
    ...(handover?.byHost ? [`Our receiving server: ${handover.byHost}`] : []),
    `Subject: ${oneLine(trace.subject) || '(none)'}`,
    `From (as the message claims): ${oneLine(trace.from) || '(none)'}`,
    ...(trace.messageId ? [`Message-ID: ${oneLine(trace.messageId)}`] : []),
  ];
  const text = [
    'Hello,',
    '',
    `we received the unsolicited e-mail described below (spam or phishing). Our own mail server recorded that it was handed over by ${address}, which belongs to your network. The sending may have happened without your knowledge, for example from a compromised account or computer.`,
    '',
    ...facts.map((fact) => `  ${fact}`),
    '',
    whole
      ? 'The original message is attached unchanged (message/rfc822), so you can check its headers and signatures.'
      : 'The headers of the original message are attached (text/rfc822-headers); we left out the body.',
    '',
    'We would appreciate it if you could look into it and stop further mail of this kind from this address. If you need more information, please reply to this message.',
    '',
    'Thank you and kind regards,',
    ...signature(reporter),
  ].join('\n');
  return {
    to: request.to,
    from: fromHeader(reporter),
    subject: `Spam/phishing from ${address}${arrived !== null ? ` received ${utcStamp(arrived)}` : ''}`,
    text,
    attachments: [attachment],
  };
}
