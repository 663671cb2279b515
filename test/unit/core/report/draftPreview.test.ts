import { describe, expect, it } from 'vitest';
import {
  draftAsText,
  draftPreview,
  type AbuseEmailDraft,
} from '../../../../renderer/core/report/abuseEmailDraft';

const excerpt = Array.from({ length: 582 }, (_, index) => `Dec 10 06:55:${index} sshd: line ${index + 1}`);
const draft: AbuseEmailDraft = {
  to: 'abuse@provider.example',
  from: 'it@office.example',
  subject: 'Login attempts from 203.0.113.7',
  text: 'Hello,\nthe complete excerpt is attached.',
  attachments: [
    { filename: 'case-log-excerpt.txt', contentType: 'text/plain', content: excerpt.join('\n') },
    { filename: 'case-log-excerpt.zip', contentType: 'application/zip', content: new Uint8Array(10) },
  ],
};

describe('the preview of an abuse e-mail', () => {
  it('shows the body whole and the first 20 excerpt lines, saying how many more the draft holds', () => {
    const preview = draftPreview(draft, 20);
    expect(preview).toContain('the complete excerpt is attached.');
    expect(preview).toContain('line 20\n… 562 more lines are in the draft');
    expect(preview).not.toContain('line 21');
    expect(preview).toContain('case-log-excerpt.zip (application/zip, 10 bytes)');
    // The draft itself keeps every line.
    expect(draftAsText(draft)).toContain('line 582');
    expect(draft.attachments[0]?.content).toBe(excerpt.join('\n'));
  });

  it('leaves a short attachment as it is', () => {
    const short = { ...draft, attachments: [{ ...draft.attachments[0]!, content: 'one\ntwo' }] };
    expect(draftPreview(short, 20)).toBe(draftAsText(short));
  });
});
