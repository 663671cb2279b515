// The .eml draft built in the main process with the one MIME writer (core/report/emlMessage.ts), read back with a real
// mail parser (mailparser), through the same validated handler the page calls.
import { describe, expect, it } from 'vitest';
import { simpleParser } from 'mailparser';
import { composeAbuseEmailArgs, createComposeAbuseEmail } from '../../../main/handlers/reportHandlers';
import { createNotebookHandlers } from '../../../main/handlers/notebookHandlers';
import type { AbuseEmailDraft } from '../../../renderer/core/report/abuseEmailDraft';

const draft: AbuseEmailDraft = {
  to: 'abuse@provider.example',
  from: 'Dana Example, Example Office GmbH <it@example-office.test>',
  subject: 'Failed login attempts from 34.23.190.173 (2026-11-20, UTC) [IN-1]',
  text: 'Hello,\n\nWhat we saw (all times in UTC, +00:00):\n  - 34.23.190.173 tried «root» and ☃\n\nKind regards,\nDana',
  attachments: [
    {
      filename: 'IN-1-log-excerpt.txt',
      contentType: 'text/plain; charset=utf-8',
      content: 'Nov 20 10:13:30 [our-server] sshd[1]: Invalid user =cmd| from 34.23.190.173 port 7818\n',
    },
  ],
};

const compose = createComposeAbuseEmail(() => new Date(Date.UTC(2026, 10, 21, 12, 0, 0)));

describe('the .eml draft from the main process', () => {
  it('parses back with the headers, the body and the excerpt attachment', async () => {
    const bytes = await compose(draft);
    const raw = Buffer.from(bytes).toString('latin1');
    expect(raw).not.toMatch(/[^\r]\n/);
    const mail = await simpleParser(Buffer.from(bytes));
    expect(mail.headers.get('x-unsent')).toBe('1');
    expect(mail.subject).toBe(draft.subject);
    expect(mail.from?.value[0]).toEqual({
      address: 'it@example-office.test',
      name: 'Dana Example, Example Office GmbH',
    });
    expect(mail.to && 'text' in mail.to ? mail.to.text : '').toBe('abuse@provider.example');
    expect(mail.date?.toISOString()).toBe('2026-11-21T12:00:00.000Z');
    expect(mail.text?.replace(/\r\n/g, '\n').trim()).toBe(draft.text);
    expect(mail.attachments).toHaveLength(1);
    const [excerpt] = mail.attachments;
    expect(excerpt?.filename).toBe('IN-1-log-excerpt.txt');
    expect(excerpt?.contentType).toBe('text/plain');
    expect(excerpt?.content.toString('utf8').replace(/\r\n/g, '\n')).toBe(draft.attachments[0]?.content);
  });

  it('refuses a header with a line break, which could add recipients nobody saw', async () => {
    const handlers = createNotebookHandlers({
      identity: { name: 'Incident Notebook', version: 'test' },
      assetsDir: 'assets',
      chooseSavePath: async () => null,
    } as Parameters<typeof createNotebookHandlers>[0]);
    await expect(
      handlers.composeAbuseEmail([{ ...draft, subject: 'Hello\r\nBcc: everyone@example.com' }]),
    ).rejects.toThrow(/composeAbuseEmail refused: subject must be one line/);
    await expect(handlers.composeAbuseEmail([{ ...draft, to: 'not an address' }])).rejects.toThrow(
      /refused: to/,
    );
    expect(
      composeAbuseEmailArgs.safeParse([
        { ...draft, attachments: [{ ...draft.attachments[0], filename: '../x' }] },
      ]).success,
    ).toBe(false);
  });

  it.each([
    'Eve <e@x.example>, Bcc: z@y.example',
    'e@x.example, z@y.example',
    'Eve <e@x.example> <z@y.example>, x',
    'not an address',
  ])('refuses a sender that is not one address: %j', async (from) => {
    expect(composeAbuseEmailArgs.safeParse([{ ...draft, from }]).success).toBe(false);
  });

  it('takes the zipped excerpt as bytes, up to its stated size', async () => {
    const zip = (size: number) => ({
      ...draft,
      attachments: [
        { filename: 'IN-1-log-excerpt.zip', contentType: 'application/zip', content: new Uint8Array(size) },
      ],
    });
    expect(composeAbuseEmailArgs.safeParse([zip(10 * 1024 * 1024)]).success).toBe(true);
    expect(composeAbuseEmailArgs.safeParse([zip(11 * 1024 * 1024)]).success).toBe(false);
    const mail = await simpleParser(Buffer.from(await compose(zip(1000) as AbuseEmailDraft)));
    expect(mail.attachments[0]?.contentType).toBe('application/zip');
    expect(mail.attachments[0]?.content.length).toBe(1000);
  });
});
