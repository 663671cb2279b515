// The header block of a message (RFC 5322 2.2): "Name: value" fields, folded lines joined, in the
// order they were written (newest Received first). Reads an .eml file or headers pasted from a
// mail program's "Show original" / "View source": leading lines that are no header (an mbox
// "From " line, a web mail's table of contents above the headers) are skipped, and the block ends
// at the first empty line. The text is hostile: a field value is kept as text, never interpreted.
import { createDecoder } from '../file/textDecoding';

export type HeaderField = { name: string; value: string };

export type HeaderBlock = {
  fields: HeaderField[];
  /** The header block as written (CRLF or LF kept), for a text/rfc822-headers attachment. */
  text: string;
  /** Whether anything follows the empty line after the headers. */
  hasBody: boolean;
  /** The envelope sender of an mbox "From sender date" line above the headers, if any. */
  mboxSender: string | null;
};

// A field name is printable ASCII without ":" or space (RFC 5322 3.6.8).
const fieldLine = /^([!-9;-~]+)[ \t]*:(.*)$/;
const mboxLine = /^From (\S+) /;
/** More header than any real message has: a hostile paste cannot make us read megabytes of it. */
const headerLimit = 1024 * 1024;

/** Text of message bytes: UTF-8 when they are, otherwise Latin-1 (old 8-bit mail). */
export function messageText(bytes: Uint8Array): string {
  const utf8 = createDecoder('utf-8').decode(bytes);
  if (!utf8.includes('\uFFFD')) return utf8.replace(/^\uFEFF/, '');
  const characters: string[] = [];
  for (const byte of bytes) characters.push(String.fromCharCode(byte));
  return characters.join('');
}

// Fields every real message has; a block with none of them is a web mail's summary table above
// the headers (Gmail's "Show original" starts with "SPF: PASS", "DKIM: PASS"), not the headers.
const messageFields = /^(received|from|to|subject|date|message-id|return-path|delivered-to)$/i;
/** How far down pasted text may start its headers. */
const startLimit = 400;

/** The header block at the start of `text` (a message or pasted headers). */
export function readHeaderBlock(text: string): HeaderBlock {
  const lines = text.slice(0, headerLimit).split(/\r?\n/);
  let mboxSender: string | null = null;
  let fallback: HeaderBlock | null = null;
  for (let at = 0; at < Math.min(lines.length, startLimit); at++) {
    const line = lines[at]!;
    const mbox = mboxLine.exec(line);
    if (mbox && mboxSender === null) mboxSender = mbox[1]!;
    if (!fieldLine.test(line)) continue;
    const { block, end } = blockAt(lines, at, mboxSender);
    if (block.fields.some((field) => messageFields.test(field.name))) return block;
    fallback ??= block;
    at = end;
  }
  return fallback ?? { fields: [], text: '', hasBody: false, mboxSender };
}

function blockAt(
  lines: string[],
  start: number,
  mboxSender: string | null,
): { block: HeaderBlock; end: number } {
  const fields: HeaderField[] = [];
  let at = start;
  for (; at < lines.length; at++) {
    const line = lines[at]!;
    if (line.trim() === '') break;
    if (/^[ \t]/.test(line) && fields.length > 0) {
      const last = fields[fields.length - 1]!;
      last.value += ' ' + line.trim();
      continue;
    }
    const field = fieldLine.exec(line);
    // A line that is neither a field nor a continuation: pasted text ends the block here.
    if (!field) break;
    fields.push({ name: field[1]!, value: field[2]!.trim() });
  }
  const headerLines = lines.slice(start, at);
  let hasBody = false;
  for (let next = at + 1; next < lines.length && !hasBody; next++) hasBody = lines[next]!.trim() !== '';
  const text = headerLines.join('\r\n') + '\r\n';
  return { block: { fields, text, hasBody, mboxSender }, end: at };
}

/** Every value of a field, in message order (case-insensitive name). */
export function headerValues(fields: readonly HeaderField[], name: string): string[] {
  const wanted = name.toLowerCase();
  return fields.filter((field) => field.name.toLowerCase() === wanted).map((field) => field.value);
}

/** The first value of a field, or null. */
export function headerValue(fields: readonly HeaderField[], name: string): string | null {
  return headerValues(fields, name)[0] ?? null;
}
