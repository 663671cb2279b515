// An .eml draft (RFC 5322 + MIME) built in pure TypeScript, for the browser host, where nodemailer
// cannot run. The desktop app builds the same draft with nodemailer's MailComposer in the main
// process; tests parse both with mailparser. Bodies are base64 in UTF-8 with CRLF line ends, so no
// bare LF and no 8-bit byte ever reaches a mail program; header values never carry a line break.
import type { AbuseEmailDraft } from './abuseEmailDraft';

const base64Alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function utf8Bytes(text: string): number[] {
  const bytes: number[] = [];
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0xfffd;
    if (code < 0x80) bytes.push(code);
    else if (code < 0x800) bytes.push(0xc0 | (code >> 6), 0x80 | (code & 63));
    else if (code < 0x10000) bytes.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63));
    else
      bytes.push(
        0xf0 | (code >> 18),
        0x80 | ((code >> 12) & 63),
        0x80 | ((code >> 6) & 63),
        0x80 | (code & 63),
      );
  }
  return bytes;
}

export function base64(bytes: readonly number[]): string {
  let out = '';
  for (let at = 0; at < bytes.length; at += 3) {
    const [a = 0, b = 0, c = 0] = [bytes[at], bytes[at + 1], bytes[at + 2]];
    const triple = (a << 16) | (b << 8) | c;
    out += base64Alphabet[(triple >> 18) & 63];
    out += base64Alphabet[(triple >> 12) & 63];
    out += at + 1 < bytes.length ? base64Alphabet[(triple >> 6) & 63] : '=';
    out += at + 2 < bytes.length ? base64Alphabet[triple & 63] : '=';
  }
  return out;
}

/** Base64 body lines of 76 characters (RFC 2045). */
const bodyBase64 = (text: string) =>
  (base64(utf8Bytes(text.replace(/\r?\n/g, '\r\n'))).match(/.{1,76}/g) ?? []).join('\r\n');

/** A header value on one line; non-ASCII as RFC 2047 encoded words. */
export function headerValue(text: string): string {
  const oneLine = text.replace(/[\r\n]+/g, ' ');
  if (/^[\x20-\x7e]*$/.test(oneLine)) return oneLine;
  const words: string[] = [];
  let chunk = '';
  for (const character of oneLine) {
    if (utf8Bytes(chunk + character).length > 45) {
      words.push(chunk);
      chunk = '';
    }
    chunk += character;
  }
  if (chunk !== '') words.push(chunk);
  return words.map((word) => `=?UTF-8?B?${base64(utf8Bytes(word))}?=`).join('\r\n ');
}

/** "Name, Org <a@b.example>": the display name quoted, non-ASCII encoded. */
function addressHeader(value: string): string {
  const match = /^(.*)<([^<>\s]+)>$/.exec(value.trim());
  if (!match) return headerValue(value.trim());
  const name = (match[1] ?? '').trim();
  const address = match[2] ?? '';
  if (name === '') return address;
  const quoted = /^[\x20-\x7e]*$/.test(name) ? `"${name.replace(/["\\]/g, '\\$&')}"` : headerValue(name);
  return `${quoted} <${address}>`;
}

const safeFileName = (name: string) =>
  name.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 120) || 'attachment.txt';

const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function rfc5322Date(time: number): string {
  const date = new Date(time);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${days[date.getUTCDay()]}, ${date.getUTCDate()} ${months[date.getUTCMonth()]} ${date.getUTCFullYear()} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} +0000`;
}

export type EmlOptions = { now: number; random?: () => number };

export function emlMessage(draft: AbuseEmailDraft, { now, random = Math.random }: EmlOptions): string {
  const token = () => Math.floor(random() * 2 ** 48).toString(36);
  const boundary = `----=_incident_${token()}_${token()}`;
  const headers = [
    ...(draft.from.trim() !== '' ? [`From: ${addressHeader(draft.from)}`] : []),
    `To: ${addressHeader(draft.to)}`,
    `Subject: ${headerValue(draft.subject)}`,
    `Date: ${rfc5322Date(now)}`,
    `Message-ID: <${token()}.${token()}@incident-notebook.invalid>`,
    'MIME-Version: 1.0',
    // Outlook opens a message with this header as a draft to send, not as a received mail.
    'X-Unsent: 1',
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
  ];
  const parts = [
    [
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: base64',
      '',
      bodyBase64(draft.text),
    ],
    ...draft.attachments.map((attachment) => {
      const name = safeFileName(attachment.filename);
      const type = attachment.contentType.replace(/[\r\n";]+.*$/s, '').trim() || 'text/plain';
      return [
        `Content-Type: ${type}; ${type.startsWith('text/') ? 'charset=utf-8; ' : ''}name="${name}"`,
        'Content-Transfer-Encoding: base64',
        `Content-Disposition: attachment; filename="${name}"`,
        '',
        bodyBase64(attachment.content),
      ];
    }),
  ];
  const body = parts.map((part) => `--${boundary}\r\n${part.join('\r\n')}\r\n`).join('');
  return `${headers.join('\r\n')}\r\n\r\n${body}--${boundary}--\r\n`;
}
