// The whole trace of a suspicious message: its route oldest first, where it entered our servers,
// the address it came from, the authentication checks in plain words, the oddities, and one
// sentence that says what was found and what to do next. Pure: the same for the app and the CLI.
import { addressScope, type AddressScope } from '../net/addressScope';
import { readAuthenticationResult, type AuthenticationResult } from './authenticationResults';
import { findHandover, hopSides, type Handover, type HopSide } from './handover';
import { hopList, type Hop } from './hopList';
import { addressOfField, domainOfAddress } from './mailAddress';
import { headerValue, headerValues, type HeaderBlock } from './messageHeaders';
import { suggestOurDomains } from './ourDomains';
import { decodeEncodedWords } from './encodedWords';
import { readOriginatingIpHeader, traceFlags, type TraceFlag } from './traceFlags';

export type TracedHop = Hop & { side: HopSide };

export type MessageTrace = {
  hops: TracedHop[];
  handover: Handover;
  /** The address our server saw hand the message over; null unless the handover was found. */
  originatingAddress: string | null;
  originatingScope: AddressScope | null;
  ours: string[];
  suggestedOurs: string[];
  authentication: AuthenticationResult[];
  flags: TraceFlag[];
  subject: string | null;
  from: string | null;
  fromDomain: string | null;
  /** The envelope sender (Return-Path, else an mbox "From " line). */
  envelopeSender: string | null;
  to: string | null;
  date: string | null;
  messageId: string | null;
  xOriginatingIp: string | null;
  /** One plain sentence: what was found and what to do next. */
  sentence: string;
};

export function traceMessage(header: HeaderBlock, ours: readonly string[]): MessageTrace {
  const fields = header.fields;
  const hops = hopList(fields);
  const handover = findHandover(hops, ours);
  const sides = hopSides(hops, handover);
  const handoverHop = handover.status === 'found' ? hops[handover.index]! : null;
  const originatingAddress = handoverHop?.fromAddress ?? null;
  const authentication = [
    ...headerValues(fields, 'Authentication-Results').map((value) =>
      readAuthenticationResult('Authentication-Results', value, ours),
    ),
    ...headerValues(fields, 'ARC-Authentication-Results').map((value) =>
      readAuthenticationResult('ARC-Authentication-Results', value, ours),
    ),
  ].filter((result): result is AuthenticationResult => result !== null);
  const from = addressOfField(headerValue(fields, 'From'));
  const envelopeSender = addressOfField(headerValue(fields, 'Return-Path')) ?? header.mboxSender;
  const xOriginatingIp = readOriginatingIpHeader(headerValue(fields, 'X-Originating-IP'));
  const fromDomain = domainOfAddress(from);
  const flags = traceFlags({
    hops,
    handoverIndex: handover.status === 'found' ? handover.index : null,
    authentication,
    xOriginatingIp,
    fromDomain,
    envelopeDomain: domainOfAddress(envelopeSender),
  });
  return {
    hops: hops.map((hop, at) => ({ ...hop, side: sides[at]! })),
    handover,
    originatingAddress,
    originatingScope: originatingAddress === null ? null : addressScope(originatingAddress),
    ours: [...ours],
    suggestedOurs: suggestOurDomains(hops),
    authentication,
    flags,
    subject: decodedHeader(headerValue(fields, 'Subject')),
    from,
    fromDomain,
    envelopeSender,
    to: decodedHeader(headerValue(fields, 'To')),
    date: headerValue(fields, 'Date'),
    messageId: headerValue(fields, 'Message-ID'),
    xOriginatingIp,
    sentence: traceSentence(handover, hops, originatingAddress, ours),
  };
}

const decodedHeader = (value: string | null) => (value === null ? null : decodeEncodedWords(value));

function traceSentence(
  handover: Handover,
  hops: readonly Hop[],
  originatingAddress: string | null,
  ours: readonly string[],
): string {
  if (handover.status === 'no-hops')
    return 'The message has no Received lines, so its route cannot be traced. Paste the complete headers ("Show original") or use the file as it was received.';
  if (handover.status === 'all-ours')
    return 'Every hop is between your own servers: the message was sent from inside your own network. Find out which account or computer sent it.';
  if (handover.status === 'not-received-by-ours')
    return ours.length === 0
      ? 'Mark which mail domain is yours, so the app can tell where the message entered your servers.'
      : `None of the ${hops.length} hops was received by ${ours.join(', ')}. Check your mail domains: the topmost hops name the servers that delivered the message to you.`;
  const hop = hops[handover.index]!;
  if (originatingAddress === null)
    return `The message entered your servers at hop ${hop.number}, but that line names no address. The lines below it may be forged.`;
  return `The message entered your servers at hop ${hop.number}, from ${originatingAddress}. Look up who owns that address to know whom to tell; the lines below it were written by the sender's side and may be forged.`;
}
