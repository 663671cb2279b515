// Builds an abuse email draft as an .eml file with nodemailer's MailComposer: correct MIME, no
// mail server involved. X-Unsent: 1 makes Outlook open it as a draft to send; Thunderbird opens
// it with "Edit as new". CRLF line ends throughout (newline: 'windows'), so no bare LF leaks.
import MailComposer from 'nodemailer/lib/mail-composer';
import type { AbuseEmailDraft } from '../../renderer/core/report/abuseEmailDraft';

export async function composeEml(draft: AbuseEmailDraft, now = new Date()): Promise<Uint8Array> {
  const composer = new MailComposer({
    ...(draft.from.trim() !== '' ? { from: draft.from } : {}),
    to: draft.to,
    subject: draft.subject,
    text: draft.text,
    date: now,
    newline: 'windows',
    headers: { 'X-Unsent': '1' },
    attachments: draft.attachments.map((attachment) => ({
      filename: attachment.filename,
      contentType: attachment.contentType,
      content: attachment.content,
      // Base64 keeps the log text byte for byte, whatever characters the attacker chose.
      encoding: 'utf8',
      contentTransferEncoding: 'base64',
    })),
  });
  const bytes = await composer.compile().build();
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
