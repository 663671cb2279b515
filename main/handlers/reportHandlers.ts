// Bridge handlers for the Report step: an abuse email draft in, .eml bytes out. The draft comes
// from the page, so every field is checked: a header value with a line break could add headers
// (or recipients) the person never saw in the preview.
import { z } from 'zod';
import type { NotebookApi } from '../../preload/api';
import { composeEml } from '../report/composeEml';

/** Far more than any abuse email needs; refuses a page trying to exhaust memory. */
export const maxDraftTextLength = 2_000_000;
export const maxAttachmentLength = 20_000_000;

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
  contentType: z.enum(['text/plain; charset=utf-8', 'application/json', 'text/csv; charset=utf-8']),
  content: z.string().max(maxAttachmentLength),
});

export const abuseEmailDraft = z.strictObject({
  to: oneLine(320).pipe(z.email()),
  from: oneLine(400),
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
