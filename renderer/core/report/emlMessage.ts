// The one MIME writer (RFC 5322 + MIME) for every host: the desktop app's main process, the
// browser host and the command line all build an .eml draft with it, so they cannot disagree
// about an awkward name ("Dept: IT", "ACME; Ltd", "Bob (IT)", Zoë). Pure TypeScript: it runs in
// the page, where nodemailer cannot. Tests read every draft back with mailparser.
//
// What it guarantees: exactly one sender and one recipient, each checked as one mailbox; a display
// name always as a quoted string (or RFC 2047 encoded words when it is not plain ASCII), so
// ":", ";", "(" and "," in it stay text; no header value carries a line break or a control
// character; bodies are base64 with CRLF line ends, so no bare LF and no 8-bit byte reaches a
// mail program; lines stay under 78 characters. Two kinds of part are the exception, because
// RFC 2046 5.2.1 forbids base64 for them: a message/rfc822 (the original of a reported spam, kept
// byte for byte but with CRLF line ends) and an ARF report's message/feedback-report (RFC 5965),
// both written as 7bit or 8bit.
import type { AbuseEmailDraft, DraftAttachment } from './abuseEmailDraft';
import { formatAddressSpec, parseMailbox, type Mailbox } from './mailbox';

export { parseMailbox, type Mailbox } from './mailbox';

const base64Alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** UTF-8 of `text`; a lone surrogate (not a character) becomes U+FFFD. */
export function utf8Bytes(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length * 3);
  let at = 0;
  for (let index = 0; index < text.length; index++) {
    let code = text.charCodeAt(index);
    if (code >= 0xd800 && code <= 0xdfff) {
      const next = text.charCodeAt(index + 1);
      if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00);
        index++;
      } else {
        code = 0xfffd;
      }
    }
    if (code < 0x80) bytes[at++] = code;
    else if (code < 0x800) {
      bytes[at++] = 0xc0 | (code >> 6);
      bytes[at++] = 0x80 | (code & 63);
    } else if (code < 0x10000) {
      bytes[at++] = 0xe0 | (code >> 12);
      bytes[at++] = 0x80 | ((code >> 6) & 63);
      bytes[at++] = 0x80 | (code & 63);
    } else {
      bytes[at++] = 0xf0 | (code >> 18);
      bytes[at++] = 0x80 | ((code >> 12) & 63);
      bytes[at++] = 0x80 | ((code >> 6) & 63);
      bytes[at++] = 0x80 | (code & 63);
    }
  }
  return bytes.subarray(0, at);
}

export function base64(bytes: Uint8Array): string {
  let out = '';
  for (let at = 0; at < bytes.length; at += 3) {
    const a = bytes[at]!;
    const b = bytes[at + 1] ?? 0;
    const c = bytes[at + 2] ?? 0;
    const triple = (a << 16) | (b << 8) | c;
    out += base64Alphabet[(triple >> 18) & 63]!;
    out += base64Alphabet[(triple >> 12) & 63]!;
    out += at + 1 < bytes.length ? base64Alphabet[(triple >> 6) & 63]! : '=';
    out += at + 2 < bytes.length ? base64Alphabet[triple & 63]! : '=';
  }
  return out;
}

/** Base64 body lines of 76 characters (RFC 2045), 57 bytes each. */
function bodyBase64(bytes: Uint8Array): string {
  const lines: string[] = [];
  for (let at = 0; at < bytes.length; at += 57) lines.push(base64(bytes.subarray(at, at + 57)));
  return lines.join('\r\n');
}

/** Text as a MIME text part wants it: CRLF line ends (RFC 2046 4.1.1), in UTF-8. */
const textBytes = (text: string) => utf8Bytes(text.replace(/\r?\n/g, '\r\n'));

// Controls (a line break above all) never reach a header: a CR LF would start a header of its own.
// eslint-disable-next-line no-control-regex
const headerControls = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;
const oneLine = (text: string) => text.replace(headerControls, ' ').trim();
const printableAscii = /^[\x20-\x7e]*$/;

/** RFC 2047 encoded words of at most 75 characters, never splitting a character. */
function encodedWords(text: string): string[] {
  const words: string[] = [];
  let chunk = '';
  let chunkBytes = 0;
  for (const character of text) {
    const size = utf8Bytes(character).length;
    // 39 bytes make 52 base64 characters: "=?UTF-8?B?" + 52 + "?=" is 64, and with "Subject: "
    // before the first word a line stays under 78.
    if (chunkBytes + size > 39) {
      words.push(chunk);
      chunk = '';
      chunkBytes = 0;
    }
    chunk += character;
    chunkBytes += size;
  }
  if (chunk !== '') words.push(chunk);
  return words.map((word) => `=?UTF-8?B?${base64(utf8Bytes(word))}?=`);
}

/**
 * An unstructured header value (Subject) on lines under 78 characters: as it is when it is short
 * plain ASCII, otherwise as encoded words, one per folded line.
 */
export function headerValue(text: string, nameLength = 'Subject: '.length): string {
  const value = oneLine(text);
  if (!printableAscii.test(value)) return encodedWords(value).join('\r\n ');
  return foldedAscii(value, nameLength) ?? encodedWords(value).join('\r\n ');
}

/**
 * Plain ASCII folded before spaces (RFC 5322 2.2.3: unfolding removes only the CR LF), or null
 * when a word is too long for a line of its own. Runs of spaces are kept as they are.
 */
function foldedAscii(value: string, nameLength: number): string | null {
  if (nameLength + value.length <= 78) return value;
  const lines: string[] = [];
  let line = '';
  let room = 78 - nameLength;
  for (const word of value.split(/(?= )/)) {
    if (line !== '' && line.length + word.length > room) {
      lines.push(line);
      line = '';
      room = 78;
    }
    line += word;
    if (line.length > room) return null;
  }
  lines.push(line);
  return lines.join('\r\n');
}

/** A display name: a quoted string, or encoded words when it is not plain ASCII. */
function displayName(name: string): string {
  const text = oneLine(name);
  if (!printableAscii.test(text) || text.length > 60) return encodedWords(text).join('\r\n ');
  return `"${text.replace(/["\\]/g, '\\$&')}"`;
}

/** "Name" <a@b.example>, or the bare address when there is no name; folded before "<" if long. */
export function mailboxHeader(mailbox: Mailbox, nameLength = 'From: '.length): string {
  const name = oneLine(mailbox.name);
  const spec = formatAddressSpec(mailbox);
  if (name === '') return spec;
  const phrase = displayName(name);
  const oneLineForm = `${phrase} <${spec}>`;
  return !phrase.includes('\r\n') && nameLength + oneLineForm.length <= 78
    ? oneLineForm
    : `${phrase}\r\n <${spec}>`;
}

/** One mailbox from the draft's text, or an error saying which field is not one. */
function mailboxOf(field: 'From' | 'To', text: string): Mailbox {
  const mailbox = parseMailbox(text);
  if (mailbox === null)
    throw new Error(`${field} must be one e-mail address, not "${oneLine(text).slice(0, 80)}"`);
  return mailbox;
}

/** A file name safe in every mail program and file system. */
const safeFileName = (name: string) =>
  name.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 120) || 'attachment.txt';

/** The media type without parameters, from the short list a draft may carry. */
function mediaType(attachment: DraftAttachment): string {
  const type = attachment.contentType
    .replace(/[\r\n";]+.*$/s, '')
    .trim()
    .toLowerCase();
  return /^[a-z]+\/[a-z0-9.+-]+$/.test(type) ? type : 'application/octet-stream';
}

const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function rfc5322Date(time: number): string {
  const date = new Date(time);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${days[date.getUTCDay()]}, ${date.getUTCDate()} ${months[date.getUTCMonth()]} ${date.getUTCFullYear()} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} +0000`;
}

/** `random` makes the boundary and Message-ID; tests fix it for golden files. */
export type EmlOptions = { now: number; random?: () => number };

/** The draft as an .eml message: ASCII text with CRLF line ends. */
export function emlMessage(draft: AbuseEmailDraft, { now, random = Math.random }: EmlOptions): string {
  const token = () => Math.floor(random() * 2 ** 48).toString(36);
  const boundary = `----=_incident_${token()}_${token()}`;
  const from = draft.from.trim() === '' ? null : mailboxOf('From', draft.from);
  const to = mailboxOf('To', draft.to);
  const headers = [
    ...(from ? [`From: ${mailboxHeader(from)}`] : []),
    `To: ${mailboxHeader(to)}`,
    `Subject: ${headerValue(draft.subject)}`,
    `Date: ${rfc5322Date(now)}`,
    `Message-ID: <${token()}.${token()}@incident-notebook.invalid>`,
    'MIME-Version: 1.0',
    // Outlook opens a message with this header as a draft to send, not as a received mail.
    'X-Unsent: 1',
    draft.reportType === undefined
      ? `Content-Type: multipart/mixed; boundary="${boundary}"`
      : `Content-Type: multipart/report; report-type=${draft.reportType};\r\n boundary="${boundary}"`,
  ];
  const parts = [
    [
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: base64',
      '',
      bodyBase64(textBytes(draft.text)),
    ],
    ...draft.attachments.map((attachment) => {
      const name = safeFileName(attachment.filename);
      const type = mediaType(attachment);
      if (type === 'message/rfc822' || type === 'message/feedback-report')
        return messagePart(type, name, attachment);
      const isText = typeof attachment.content === 'string';
      const content =
        typeof attachment.content === 'string' ? textBytes(attachment.content) : attachment.content;
      return [
        `Content-Type: ${type};${isText && type.startsWith('text/') ? ' charset=utf-8;' : ''} name="${name}"`,
        'Content-Transfer-Encoding: base64',
        `Content-Disposition: attachment; filename="${name}"`,
        '',
        bodyBase64(content),
      ];
    }),
  ];
  const body = parts.map((part) => `--${boundary}\r\n${part.join('\r\n')}\r\n`).join('');
  return `${headers.join('\r\n')}\r\n\r\n${body}--${boundary}--\r\n`;
}

/** A message/* part as its bytes (RFC 2046 5.2.1: 7bit or 8bit, never base64), CRLF line ends. */
function messagePart(type: string, name: string, attachment: DraftAttachment): string[] {
  const content = attachment.content;
  const bytes = typeof content === 'string' ? utf8Bytes(content) : content;
  const characters: string[] = [];
  let eightBit = false;
  for (let at = 0; at < bytes.length; at++) {
    const byte = bytes[at]!;
    if (byte === 0x0a && bytes[at - 1] !== 0x0d) characters.push('\r');
    if (byte === 0x0d && bytes[at + 1] !== 0x0a) {
      characters.push('\r\n');
      continue;
    }
    if (byte > 0x7f) eightBit = true;
    // One character per byte: emlBytes writes each back as the byte it was.
    characters.push(String.fromCharCode(byte));
  }
  const body = characters.join('').replace(/(\r\n)+$/, '');
  return [
    `Content-Type: ${type}`,
    `Content-Transfer-Encoding: ${eightBit ? '8bit' : '7bit'}`,
    type === 'message/rfc822'
      ? `Content-Disposition: attachment; filename="${name}"`
      : 'Content-Disposition: inline',
    '',
    body,
  ];
}

/** The .eml file's bytes (the message is ASCII, so one byte per character). */
export function emlBytes(draft: AbuseEmailDraft, options: EmlOptions): Uint8Array {
  const message = emlMessage(draft, options);
  const bytes = new Uint8Array(message.length);
  for (let at = 0; at < message.length; at++) bytes[at] = message.charCodeAt(at);
  return bytes;
}
