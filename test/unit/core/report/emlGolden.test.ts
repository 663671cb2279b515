// The one MIME writer against golden files, with the names that broke the desktop's old writer
// (MailComposer made "Dept: IT" an address group, dropped "(IT)" as a comment and changed
// "ACME; Ltd"), names in other scripts, and names and user names full of quotes, HTML and line
// breaks. Every host builds its .eml with this writer: the desktop handler, the browser host
// (checked here against the same bytes) and the command line (test/unit/cli/reportNames.test.ts).
// Refresh the files after a deliberate change with UPDATE_GOLDEN=1.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { fromHeader, type AbuseEmailDraft } from '../../../../renderer/core/report/abuseEmailDraft';
import { emlBytes, emlMessage, parseMailbox } from '../../../../renderer/core/report/emlMessage';
import { composeEml } from '../../../../main/report/composeEml';
import { createComposeAbuseEmail } from '../../../../main/handlers/reportHandlers';

const goldenDir = 'test/fixtures/eml';
const now = Date.UTC(2026, 10, 21, 12, 0, 0);

/** The same boundary and Message-ID every run. */
function seededRandom(): () => number {
  let seed = 42;
  return () => (seed = (seed * 48_271) % 2_147_483_647) / 2_147_483_647;
}

const hostileUsers = [
  '"><script>alert(1)</script>',
  "root'--",
  'admin\r\nBcc: all@example.net',
  '=HYPERLINK("x")',
];

const names: { file: string; name: string; organisation: string; shown: string }[] = [
  { file: 'dept-colon', name: '', organisation: 'Dept: IT', shown: 'Dept: IT' },
  { file: 'semicolon', name: 'Pat', organisation: 'ACME; Ltd', shown: 'Pat, ACME; Ltd' },
  { file: 'parentheses', name: 'Bob (IT)', organisation: '', shown: 'Bob (IT)' },
  {
    file: 'non-ascii',
    name: 'Zoë Müller',
    organisation: 'Bücher & Söhne GmbH — IT',
    shown: 'Zoë Müller, Bücher & Söhne GmbH — IT',
  },
  { file: 'cjk', name: '山田 太郎', organisation: '株式会社テスト', shown: '山田 太郎, 株式会社テスト' },
  {
    file: 'quotes-and-angles',
    name: '"Eve" <eve@evil.example>, Bcc: z@evil.example',
    organisation: "<b>O'Brien \\ Sons</b>",
    shown: '"Eve" <eve@evil.example>, Bcc: z@evil.example, <b>O\'Brien \\ Sons</b>',
  },
  {
    file: 'line-break',
    name: 'Bob\r\nBcc: all@evil.example',
    organisation: 'IT\u0000Dept',
    shown: 'Bob Bcc: all@evil.example, IT Dept',
  },
];

function draftFor(name: string, organisation: string): AbuseEmailDraft {
  return {
    to: 'abuse@provider.example',
    from: fromHeader({ name, organisation, email: 'it@example-office.test' }),
    subject: `Failed login attempts from 203.0.113.5 (2026-11-20, UTC) [IN-1] — für ${organisation || name}`,
    text: `Hello,\n\nUser names tried: ${hostileUsers.join(', ')}\n\nKind regards,\n${name}\n${organisation}`,
    attachments: [
      {
        filename: 'IN-1-log-excerpt.txt',
        contentType: 'text/plain; charset=utf-8',
        content:
          hostileUsers
            .map((user) => `Nov 20 10:13:30 srv sshd[1]: Invalid user ${user} from 203.0.113.5`)
            .join('\n') + '\n',
      },
      {
        filename: 'IN-1-log-excerpt.zip',
        contentType: 'application/zip',
        content: new Uint8Array([80, 75, 5, 6, 0, 0, 0, 0]),
      },
    ],
  };
}

describe('the .eml of every host, with awkward names', () => {
  it.each(names)(
    '$file: one sender, named exactly "$shown", as in the golden file',
    async ({ file, name, organisation, shown }) => {
      const draft = draftFor(name, organisation);
      const message = emlMessage(draft, { now, random: seededRandom() });
      const golden = `${goldenDir}/${file}.eml`;
      if (process.env.UPDATE_GOLDEN || !existsSync(golden)) {
        mkdirSync(goldenDir, { recursive: true });
        writeFileSync(golden, message, 'latin1');
      }
      expect(message).toBe(readFileSync(golden, 'latin1'));

      const mail = await simpleParser(Buffer.from(message, 'latin1'));
      expect(mail.from?.value).toEqual([{ address: 'it@example-office.test', name: shown }]);
      expect(mail.to && 'value' in mail.to ? mail.to.value : []).toEqual([
        { address: 'abuse@provider.example', name: '' },
      ]);
      expect(mail.headers.has('bcc')).toBe(false);
      expect(mail.headers.has('cc')).toBe(false);
      // eslint-disable-next-line no-control-regex
      expect(mail.subject).toBe(draft.subject.replace(/[\u0000-\u001f]+/g, ' '));
      expect(mail.text?.replace(/\r\n/g, '\n').trim()).toBe(
        draft.text.replace(/\r\n/g, '\n').trim().replace(/\r/g, '\n'),
      );
      expect(mail.attachments.map((attachment) => attachment.contentType)).toEqual([
        'text/plain',
        'application/zip',
      ]);
      expect([...(mail.attachments[1]?.content ?? [])]).toEqual([80, 75, 5, 6, 0, 0, 0, 0]);
      // No line of the message is longer than 78 characters or ends without CR LF.
      for (const line of message.split('\r\n')) expect(line.length).toBeLessThanOrEqual(78);
      expect(message).not.toMatch(/[^\r]\n/);
      expect(message).toMatch(/^[\x20-\x7e\r\n]*$/);
    },
  );

  it('is the same bytes from the desktop handler and the command line (composeEml)', async () => {
    const draft = draftFor('Bob (IT)', 'Dept: IT; ACME');
    const fromCore = emlBytes(draft, { now, random: seededRandom() });
    const fromMain = await composeEml(draft, new Date(now), seededRandom());
    expect(Buffer.from(fromMain).equals(Buffer.from(fromCore))).toBe(true);
    const handler = createComposeAbuseEmail(() => new Date(now));
    const viaHandler = Buffer.from(await handler(draft)).toString('latin1');
    const normalized = (text: string) =>
      text
        .replace(/----=_incident_[a-z0-9_]+/g, 'BOUNDARY')
        .replace(/Message-ID: <[^>]+>/, 'Message-ID: <x>');
    expect(normalized(viaHandler)).toBe(normalized(Buffer.from(fromCore).toString('latin1')));
  });

  it('folds a long plain subject before spaces and a parser reads it back unchanged', async () => {
    const subject = `Failed login attempts from 300 addresses in your network (2026-11-20, UTC) [IN-1-2026-11-21]  two  spaces ${'x'.repeat(90)}`;
    for (const candidate of [subject, subject.slice(0, 120)]) {
      const message = emlMessage({ ...draftFor('', ''), subject: candidate }, { now });
      for (const line of message.split('\r\n')) expect(line.length).toBeLessThanOrEqual(78);
      expect((await simpleParser(message)).subject).toBe(candidate);
    }
  });

  it('refuses a sender or recipient that is not exactly one address', () => {
    const draft = draftFor('', '');
    for (const from of [
      'Eve <e@x.example>, Bcc: z@y.example',
      'a@b.example, c@d.example',
      'Eve <e@x.example> z@y.example',
      'not an address',
    ])
      expect(() => emlMessage({ ...draft, from }, { now })).toThrow(/From must be one e-mail address/);
    expect(() => emlMessage({ ...draft, to: 'a@b.example, c@d.example' }, { now })).toThrow(/To must be one/);
  });
});

describe('parseMailbox', () => {
  it('reads one mailbox, with or without a name', () => {
    expect(parseMailbox('it@example-office.test')).toEqual({
      name: '',
      local: 'it',
      domain: 'example-office.test',
    });
    expect(parseMailbox('Dept: IT <it@Example-Office.TEST>')).toEqual({
      name: 'Dept: IT',
      local: 'it',
      domain: 'example-office.test',
    });
    expect(parseMailbox('"Bob \\"the\\" IT" <bob@x.example>')?.name).toBe('Bob "the" IT');
  });

  it.each([
    'Eve <e@x.example>, Bcc: z@y.example',
    'e@x.example, z@y.example',
    'e@x.example>',
    '<e@x.example',
    'Eve <e@x.example> trailing',
    'e@localhost',
    'e@@x.example',
    '.e@x.example',
    'e..f@x.example',
    'e f@x.example',
    '"quoted local"@x.example',
    'e@[192.0.2.1]',
    `${'a'.repeat(65)}@x.example`,
    '',
  ])('refuses %j', (text) => {
    expect(parseMailbox(text)).toBeNull();
  });
});
