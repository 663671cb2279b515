// A suspicious message as the person has it: an .eml file (the whole message), an Outlook .msg
// file, or headers pasted from "Show original" / "View source". The original bytes stay as they
// are (they are the evidence, hashed like a log, and DKIM only verifies unaltered); what the trace
// needs is the header block.
import { messageText, readHeaderBlock, type HeaderBlock } from './messageHeaders';
import { isCompoundFile, readMsgHeaders } from './msgMessage';

export type MessageFormat = 'eml' | 'msg' | 'headers';

export type SuspiciousMessage = {
  format: MessageFormat;
  header: HeaderBlock;
  /** The bytes as they came (file or pasted text as UTF-8). */
  original: Uint8Array;
  /**
   * The message as an Internet message, to attach as message/rfc822; null when only the headers
   * are known (pasted, or an Outlook file, which keeps no original copy of the message).
   */
  rfc822: Uint8Array | null;
  /** A plain sentence about what could be read, when something is missing; otherwise null. */
  note: string | null;
};

/** Reads a dropped file or pasted text; the format is told by the content, not the name. */
export function readSuspiciousMessage(bytes: Uint8Array): SuspiciousMessage {
  if (isCompoundFile(bytes)) {
    const msg = readMsgHeaders(bytes);
    const header = readHeaderBlock(msg.headers ?? '');
    return {
      format: 'msg',
      header,
      original: bytes,
      rfc822: null,
      note:
        msg.headers === null
          ? 'This Outlook file keeps no transport headers (it may be a sent item or a draft): there is no route to trace. Ask for the message as received, or paste its headers.'
          : msg.fromAttachedMessage
            ? 'The route was read from the message attached inside this Outlook file.'
            : null,
    };
  }
  const header = readHeaderBlock(messageText(bytes));
  const format: MessageFormat = header.hasBody ? 'eml' : 'headers';
  return {
    format,
    header,
    original: bytes,
    rfc822: format === 'eml' ? withoutMboxLine(bytes) : null,
    note:
      header.fields.length === 0
        ? 'No mail headers were found in this text. Copy the whole message source ("Show original" in Gmail, "View message source" in Outlook) and try again.'
        : null,
  };
}

/** An mbox "From sender date" line is the mailbox file's, not the message's: not attached. */
function withoutMboxLine(bytes: Uint8Array): Uint8Array {
  const startsWithFrom = [0x46, 0x72, 0x6f, 0x6d, 0x20].every((byte, at) => bytes[at] === byte);
  if (!startsWithFrom) return bytes;
  const lineEnd = bytes.indexOf(0x0a);
  return lineEnd < 0 ? bytes : bytes.subarray(lineEnd + 1);
}
