// Bridge handlers for the Report step: an abuse email draft in, .eml bytes out. The draft comes
// from the page, so every field is checked: a header value with a line break could add headers
// (or recipients) the person never saw in the preview.
import { z } from 'zod';
import type { NotebookApi } from '../../preload/api';
import { composeEml } from '../report/composeEml';
import { excerptAttachmentLimit } from '../../renderer/core/report/excerptArchive';
import { parseAddressSpec, parseMailbox } from '../../renderer/core/report/mailbox';

/** Far more than any abuse email needs; refuses a page trying to exhaust memory. */
export const maxDraftTextLength = 2_000_000;
export const maxAttachmentLength = 20_000_000;
/** The compressed excerpt is at most excerptAttachmentLimit (10 MB); a little room for its zip. */
export const maxAttachmentBytes = excerptAttachmentLimit + 64 * 1024;

const oneLine = (max: number) =>
  z
    .string()
    .max(max)
    .refine((value) => !/[\r\n\0]/.test(value), 'must be one line');

const attachment = z.strictObject({
  filename: z
    .string()
    .min(1)
    .max(120)
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'must be a plain file name'),
  contentType: z.enum([
    'text/plain; charset=utf-8',
    'application/json',
    'text/csv; charset=utf-8',
    'application/zip',
  ]),
  content: z.union([
    z.string().max(maxAttachmentLength),
    z
      .instanceof(Uint8Array, { message: 'must be text or bytes' })
      .refine(
        (bytes) => bytes.byteLength <= maxAttachmentBytes,
        `must be at most ${maxAttachmentBytes} bytes`,
      ),
  ]),
});

// One mailbox each, as the MIME writer reads them: "Eve <e@x>, Bcc: z@y" is no sender.
const sender = oneLine(400).refine(
  (value) => value.trim() === '' || parseMailbox(value) !== null,
  'must be one e-mail address, optionally with a name ("Name <address>")',
);
const recipient = oneLine(320)
  .pipe(z.email())
  .refine((value) => parseAddressSpec(value) !== null, 'must be one e-mail address');

export const abuseEmailDraft = z.strictObject({
  to: recipient,
  from: sender,
  subject: oneLine(998),
  text: z.string().max(maxDraftTextLength),
  attachments: z.array(attachment).max(5),
});

export const composeAbuseEmailArgs = z.tuple([abuseEmailDraft]);

export function createComposeAbuseEmail(
  now: () => Date = () => new Date(),
): NotebookApi['composeAbuseEmail'] {
  return async (draft) => composeEml(draft, now());
}
