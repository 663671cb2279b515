// The abuse email as plain data: recipient, subject, body and attachments. Built the same way for
// the preview, the clipboard, mailto: and the .eml file, so what the person sees is what is sent.

/** Text (a log excerpt, X-ARF JSON) or bytes (the excerpt compressed, see excerptArchive.ts). */
export type DraftAttachment = { filename: string; contentType: string; content: string | Uint8Array };

export type AbuseEmailDraft = {
  to: string;
  /** "Name <address>" or just the address; empty when the person has not set one yet. */
  from: string;
  subject: string;
  text: string;
  attachments: DraftAttachment[];
  /**
   * A machine-readable report (RFC 6522): "feedback-report" makes the message an ARF report
   * (RFC 5965), multipart/report instead of multipart/mixed. Absent for an ordinary draft.
   */
  reportType?: 'feedback-report';
};

/** Where a reply goes and who signs: from the person's settings. */
export type Reporter = { name: string; organisation: string; email: string };

export function fromHeader(reporter: Reporter): string {
  const email = reporter.email.trim();
  if (email === '') return '';
  const name = [reporter.name.trim(), reporter.organisation.trim()].filter(Boolean).join(', ');
  return name === '' ? email : `${name} <${email}>`;
}

export function signature(reporter: Reporter): string[] {
  return [reporter.name, reporter.organisation, reporter.email].map((line) => line.trim()).filter(Boolean);
}

/**
 * Everything that would be sent, as one text: the preview, the clipboard and (with the bytes of
 * compressed attachments, see db/correspondence.ts) the hash of "sent". A compressed attachment
 * is named with its size; its lines are the ones the body's excerpt comes from.
 */
export function draftAsText(draft: AbuseEmailDraft): string {
  const parts = [`To: ${draft.to}`, `Subject: ${draft.subject}`, '', draft.text];
  for (const attachment of draft.attachments) {
    const content = attachment.content;
    if (typeof content === 'string') {
      parts.push('', `----- Attachment: ${attachment.filename} (${attachment.contentType}) -----`, content);
    } else {
      const size = `${content.length.toLocaleString('en-US')} bytes`;
      parts.push('', `----- Attachment: ${attachment.filename} (${attachment.contentType}, ${size}) -----`);
    }
  }
  return parts.join('\n');
}

/**
 * The draft as the Report step previews it: the body whole, a text attachment cut to its first
 * `attachmentLines` lines with how many more the draft holds (582 excerpt lines made the preview
 * 10,000 words long). The saved .eml keeps every line; `draftAsText` is the full text.
 */
export function draftPreview(draft: AbuseEmailDraft, attachmentLines = 20): string {
  const cut = draft.attachments.map((attachment) => {
    if (typeof attachment.content !== 'string') return attachment;
    const lines = attachment.content.split('\n');
    if (lines.length <= attachmentLines) return attachment;
    const more = lines.length - attachmentLines;
    const rest = `… ${more.toLocaleString('en-US')} more ${more === 1 ? 'line is' : 'lines are'} in the draft`;
    return { ...attachment, content: [...lines.slice(0, attachmentLines), rest].join('\n') };
  });
  return draftAsText({ ...draft, attachments: cut });
}

/** mailto: links longer than this fail in some mail programs and browsers (Outlook: ~2,000). */
export const mailtoLengthLimit = 2000;

/** A mailto: link for the draft's body, or null when it is too long to open reliably. */
export function mailtoLink(draft: AbuseEmailDraft): string | null {
  const link = `mailto:${encodeURIComponent(draft.to).replace(/%40/g, '@')}?subject=${encodeURIComponent(draft.subject)}&body=${encodeURIComponent(draft.text.replace(/\n/g, '\r\n'))}`;
  return link.length <= mailtoLengthLimit ? link : null;
}
