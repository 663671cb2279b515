// The abuse e-mail draft as an .eml file, for the desktop app and the command line: the same MIME
// writer as the browser host (core/report/emlMessage.ts), so every host builds the same message.
// X-Unsent: 1 makes Outlook open it as a draft to send; Thunderbird opens it with "Edit as new".
import type { AbuseEmailDraft } from '../../renderer/core/report/abuseEmailDraft';
import { emlBytes } from '../../renderer/core/report/emlMessage';

export async function composeEml(
  draft: AbuseEmailDraft,
  now = new Date(),
  random?: () => number,
): Promise<Uint8Array> {
  return emlBytes(draft, { now: now.getTime(), random });
}
