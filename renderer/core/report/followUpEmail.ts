// The second message: after their reply (thanks, and what we saw since) or after some days of
// silence (a gentle reminder that assumes they are busy, not unwilling). Same facts, same zone.
import type { AbuseEmailDraft, Reporter } from './abuseEmailDraft';
import { fromHeader, signature } from './abuseEmailDraft';
import { utcStamp, utcWindow, type AttackWindow } from './reportTime';
import { pluralText } from './plainText';

export type FollowUpInput = {
  abuseEmail: string;
  addresses: readonly string[];
  reporter: Reporter;
  reference: string;
  /** When our first email went out. */
  sentAt: number;
  /** True when they answered; the follow-up then thanks them instead of reminding. */
  replied: boolean;
  /** Attempts seen after the first email, or null when there were none. */
  since: { attempts: number; window: AttackWindow } | null;
  originalSubject: string;
};

export function composeFollowUpEmail(input: FollowUpInput): AbuseEmailDraft {
  const addressText =
    input.addresses.length === 1 ? input.addresses[0] : `${input.addresses.length} addresses in your network`;
  const opening = input.replied
    ? 'Thank you for your reply and for looking into this.'
    : 'We have not heard back yet, which is quite understandable given how many reports an abuse desk receives. ' +
      'We are writing once more in case our first message did not reach the right person.';
  const news = input.since
    ? `Since then our server recorded ${pluralText(input.since.attempts, 'further failed login attempt', 'further failed login attempts')} from ${input.addresses.length === 1 ? 'the same address' : 'these addresses'}, ${utcWindow(input.since.window)} (times in UTC, +00:00). We can send the log lines if they help.`
    : 'Since then our logs show no further attempts from ' +
      (input.addresses.length === 1 ? 'this address' : 'these addresses') +
      (input.replied ? ', so whatever was done seems to have worked.' : '.');
  const text = [
    'Hello,',
    '',
    `On ${utcStamp(input.sentAt)} we wrote to you about failed login attempts from ${addressText} (our reference ${input.reference}).`,
    '',
    opening,
    '',
    news,
    '',
    input.replied
      ? 'If there is anything else you need from us, please let us know.'
      : 'We would appreciate a short note that the report arrived, or the right address to send it to. ' +
        'If you need anything further from us, please reply to this email.',
    '',
    'Kind regards,',
    ...signature(input.reporter),
    '',
    `Our reference: ${input.reference}`,
  ].join('\n');
  return {
    to: input.abuseEmail,
    from: fromHeader(input.reporter),
    subject: `Re: ${input.originalSubject.replace(/^Re:\s*/i, '')}`,
    text,
    attachments: [],
  };
}
