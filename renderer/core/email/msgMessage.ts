// An Outlook .msg file (a Compound File Binary with MAPI properties), read with
// @kenjiuno/msgreader. A received message keeps its Internet transport headers (PR_TRANSPORT_
// MESSAGE_HEADERS), which hold the Received chain; a sent item or a draft has none. A phishing
// mail forwarded "as attachment" arrives as a .msg inside a .msg: its headers are the ones asked
// about, so when the outer message has none, the first attached message that has them is used.
import * as msgReaderModule from '@kenjiuno/msgreader';

type Reader = new (buffer: ArrayBuffer) => { getFileData(): unknown };
// The package is CommonJS with `exports.default`: Vite hands over that default, Node's ESM loader
// the whole exports object (whose `default` is the class). Both shapes lead to the class.
const moduleDefault = (msgReaderModule as unknown as { default: Reader | { default: Reader } }).default;
const MsgReader: Reader = 'default' in moduleDefault ? moduleDefault.default : moduleDefault;

export type MsgHeaders = {
  /** The transport headers as Outlook kept them, or null when there are none. */
  headers: string | null;
  /** True when the headers are those of a message attached inside the file. */
  fromAttachedMessage: boolean;
  subject: string | null;
};

type MsgFields = {
  headers?: string;
  subject?: string;
  attachments?: { innerMsgContent?: boolean; innerMsgContentFields?: MsgFields }[];
};

const compoundFileMagic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Whether the bytes are a Compound File (the container of .msg files). */
export function isCompoundFile(bytes: Uint8Array): boolean {
  return compoundFileMagic.every((byte, at) => bytes[at] === byte);
}

/** The transport headers of an Outlook .msg file; throws when the file cannot be read. */
export function readMsgHeaders(bytes: Uint8Array): MsgHeaders {
  const copy = bytes.slice().buffer;
  const fields = new MsgReader(copy).getFileData() as MsgFields & { error?: string };
  if (fields.error) throw new Error(`This Outlook file cannot be read: ${fields.error}`);
  const subject = fields.subject ?? null;
  if (fields.headers && fields.headers.trim() !== '') {
    return { headers: fields.headers, fromAttachedMessage: false, subject };
  }
  for (const attachment of fields.attachments ?? []) {
    const inner = attachment.innerMsgContent ? attachment.innerMsgContentFields : undefined;
    if (inner?.headers && inner.headers.trim() !== '') {
      return { headers: inner.headers, fromAttachedMessage: true, subject: inner.subject ?? subject };
    }
  }
  return { headers: null, fromAttachedMessage: false, subject };
}
